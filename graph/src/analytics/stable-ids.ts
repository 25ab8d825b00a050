import { compareStrings } from './supernodes.js';

export interface PreviousRing {
  id: string;
  members: readonly string[];
}

export interface RingMatchOptions {
  /** Gives a fresh id to a ring that matches no previous one. */
  newId: () => string;
  /** A new ring takes an old id only if their member sets have at least this Jaccard index. */
  minJaccard: number;
  /** An old ring whose id is gone counts as MERGED into the new ring holding at least this
   * share of its members (else it DISSOLVED). */
  mergeShare: number;
  /** A part of an old ring counts for a SPLIT if it holds at least this share of the old
   * ring's members, and at least two members. */
  splitShare: number;
}

export const RING_MATCH_DEFAULTS: Omit<RingMatchOptions, 'newId'> = {
  minJaccard: 0.3,
  mergeShare: 0.5,
  splitShare: 0.2,
};

export type RingEvent =
  | { type: 'CREATED'; ringId: string; members: string[] }
  | { type: 'GREW'; ringId: string; added: string[] }
  | { type: 'SHRANK'; ringId: string; removed: string[] }
  | { type: 'MERGED'; ringId: string; mergedIds: string[] }
  | { type: 'SPLIT'; ringId: string; intoIds: string[] }
  | { type: 'DISSOLVED'; ringId: string; members: string[] };

export interface RingMatch<T> {
  /** The next rings, in the order given, each with its id. */
  rings: Array<T & { id: string }>;
  /**
   * For each next ring in order: CREATED, or GREW and/or SHRANK (member diff of a kept id), then
   * MERGED; then for each previous ring in order: SPLIT, DISSOLVED.
   */
  events: RingEvent[];
}

/**
 * Gives the rings of a new analysis the ids of the previous one. Candidate (old, new) pairs with
 * Jaccard ≥ minJaccard are taken greedily, best first: higher Jaccard, then larger overlap, then
 * the larger old ring, then the older one — `previous` is expected oldest first. Each old id is
 * used at most once. So in a merge the new ring keeps the id of the larger (then older) old
 * ring, and in a split the largest part keeps the id. Previous rings are expected to be
 * disjoint, as computeRings returns them.
 */
export function matchRings<T extends { members: readonly string[] }>(
  previous: readonly PreviousRing[],
  next: readonly T[],
  options: Partial<RingMatchOptions> & Pick<RingMatchOptions, 'newId'>,
): RingMatch<T> {
  const settings = { ...RING_MATCH_DEFAULTS, ...options };
  const previousOf = new Map<string, number>();
  previous.forEach((ring, p) => ring.members.forEach((member) => previousOf.set(member, p)));

  // overlaps[n]: previous ring → members in common with next ring n
  const overlaps = next.map((ring) => {
    const counts = new Map<number, number>();
    for (const member of new Set(ring.members)) {
      const p = previousOf.get(member);
      if (p !== undefined) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    return counts;
  });

  const previousSize = previous.map((ring) => new Set(ring.members).size);
  const candidates: Array<{ p: number; n: number; overlap: number; jaccard: number }> = [];
  overlaps.forEach((counts, n) => {
    const nextSize = new Set(next[n].members).size;
    counts.forEach((overlap, p) => {
      const jaccard = overlap / (previousSize[p] + nextSize - overlap);
      if (jaccard >= settings.minJaccard) candidates.push({ p, n, overlap, jaccard });
    });
  });
  candidates.sort(
    (x, y) =>
      y.jaccard - x.jaccard || y.overlap - x.overlap || previousSize[y.p] - previousSize[x.p] || x.p - y.p || x.n - y.n,
  );
  const matchOfNext = new Map<number, number>();
  const matchOfPrevious = new Map<number, number>();
  for (const { p, n } of candidates) {
    if (matchOfNext.has(n) || matchOfPrevious.has(p)) continue;
    matchOfNext.set(n, p);
    matchOfPrevious.set(p, n);
  }

  const rings = next.map((ring, n) => {
    const p = matchOfNext.get(n);
    return { ...ring, id: p === undefined ? settings.newId() : previous[p].id };
  });

  // Where the members of each previous ring went: next rings by overlap, largest first.
  const destinations = previous.map(() => [] as Array<{ n: number; overlap: number }>);
  overlaps.forEach((counts, n) => counts.forEach((overlap, p) => destinations[p].push({ n, overlap })));
  for (const list of destinations) list.sort((x, y) => y.overlap - x.overlap || x.n - y.n);

  const mergedInto = new Map<number, string[]>();
  const previousEvents: RingEvent[] = [];
  previous.forEach((ring, p) => {
    const parts = destinations[p].filter(
      ({ overlap }) => overlap >= 2 && overlap >= settings.splitShare * previousSize[p],
    );
    if (parts.length >= 2) {
      previousEvents.push({ type: 'SPLIT', ringId: ring.id, intoIds: parts.map(({ n }) => rings[n].id) });
      return;
    }
    if (matchOfPrevious.has(p)) return;
    const main = destinations[p][0];
    if (main !== undefined && main.overlap >= settings.mergeShare * previousSize[p]) {
      mergedInto.set(main.n, [...(mergedInto.get(main.n) ?? []), ring.id]);
    } else {
      previousEvents.push({ type: 'DISSOLVED', ringId: ring.id, members: sortedUnique(ring.members) });
    }
  });

  const events: RingEvent[] = [];
  rings.forEach((ring, n) => {
    const p = matchOfNext.get(n);
    if (p === undefined) {
      events.push({ type: 'CREATED', ringId: ring.id, members: sortedUnique(ring.members) });
    } else {
      const before = new Set(previous[p].members);
      const after = new Set(ring.members);
      const added = sortedUnique(ring.members.filter((member) => !before.has(member)));
      const removed = sortedUnique(previous[p].members.filter((member) => !after.has(member)));
      if (added.length > 0) events.push({ type: 'GREW', ringId: ring.id, added });
      if (removed.length > 0) events.push({ type: 'SHRANK', ringId: ring.id, removed });
    }
    const merged = mergedInto.get(n);
    if (merged !== undefined) events.push({ type: 'MERGED', ringId: ring.id, mergedIds: merged });
  });
  return { rings, events: [...events, ...previousEvents] };
}

function sortedUnique(members: readonly string[]): string[] {
  return [...new Set(members)].sort(compareStrings);
}
