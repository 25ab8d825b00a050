import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  brandKey,
  deleteRingNodes,
  identifierKindOfLink,
  matchRings,
  readIdentifierDisplays,
  readRingStats,
  writeRingNodes,
  type GraphExecutor,
  type Ring,
  type RingEvent,
} from '@cloudsword/graph';
import { loadRingMembers, replaceRings, updateRingStats, writeRingEvidence, type RetiredRing, type RingShape, type StoredRing } from './ring-store.js';

// One step shared by the full and the incremental analysis: the rings just computed for some
// accounts replace the stored rings of those accounts. Ids carry over by member overlap
// (matchRings), the events become history, the lead statistics are read from the graph, and
// only rings whose members or evidence changed are rewritten, in PostgreSQL and as Ring nodes.

export interface ApplyInput {
  jobId: string | null;
  /** The stored rings being replaced, oldest first. */
  previous: readonly StoredRing[];
  /** The new rings of the same accounts. */
  rings: readonly Ring[];
  /** Rewrite every Ring node, changed or not (the graph was rebuilt). */
  rewriteAllNodes?: boolean;
}

export interface ApplyResult {
  rings: number;
  created: number;
  changed: number;
  retired: number;
  events: RingEvent[];
  /** Ids of the new rings, in the order given. */
  ids: string[];
  /** Ids of the rings written (new or changed): their figures are fresh. */
  rewritten: string[];
}

const EVERYONE = { all: true, orgIds: [] };

/** Applies new rings in the caller's transaction (which holds the ring lock). */
export async function applyRings(em: EntityManager, graph: GraphExecutor, input: ApplyInput): Promise<ApplyResult> {
  const { rings: matched, events } = matchRings(input.previous, input.rings, { newId: randomUUID });
  const previousById = new Map(input.previous.map((r) => [r.id, r]));

  // A ring is rewritten only where it changed: its members, or its evidence and score.
  const rewriteMembers = new Set<string>();
  const rewriteIdentifiers = new Set<string>();
  const hashes = new Map<string, { membersHash: string; evidenceHash: string }>();
  for (const ring of matched) {
    const membersHash = sha1(ring.members.join('\n'));
    const evidence = ring.linkingIdentifiers.map((i) => `${i.identifier}\u001f${i.kind}\u001f${i.weight}\u001f${i.memberCount}`);
    const evidenceHash = sha1([String(ring.score), String(ring.componentSize), ...evidence].join('\n'));
    const before = previousById.get(ring.id);
    if (before?.membersHash !== membersHash) rewriteMembers.add(ring.id);
    if (before?.evidenceHash !== evidenceHash) rewriteIdentifiers.add(ring.id);
    hashes.set(ring.id, { membersHash, evidenceHash });
  }
  const changed = matched.filter((r) => rewriteMembers.has(r.id) || rewriteIdentifiers.has(r.id));

  const kept = new Set(matched.map((r) => r.id));
  const split = new Set(events.filter((e) => e.type === 'SPLIT').map((e) => e.ringId));
  const merged = new Set(events.flatMap((e) => (e.type === 'MERGED' ? e.mergedIds : [])));
  const retired: RetiredRing[] = input.previous
    .filter((r) => !kept.has(r.id))
    .map((r) => ({ id: r.id, status: split.has(r.id) ? 'SPLIT' : merged.has(r.id) ? 'MERGED' : 'DISSOLVED' }));

  // Independent, so at once: the changed rings' lead figures and displays (Neo4j reads), their
  // Ring nodes (a Neo4j write; the graph follows PostgreSQL, and a failure rolls the caller
  // back), and their new shape and members (PostgreSQL). Unchanged rings keep the figures the
  // incremental step maintains.
  const nodes = matched.filter((r) => input.rewriteAllNodes || rewriteMembers.has(r.id));
  const evidence = new Map(changed.flatMap((r) => r.linkingIdentifiers.map((i) => [i.identifier, identifierKindOfLink(i.kind)] as const)));
  const shapes: RingShape[] = changed.map((ring) => ({
    id: ring.id,
    score: ring.score,
    breakdown: ring.breakdown,
    size: ring.members.length,
    componentSize: ring.componentSize,
    platforms: ring.breakdown.platforms,
    members: ring.members,
    ...hashes.get(ring.id)!,
  }));
  const [stats, displays] = await allSettled([
    readRingStats(graph, changed.map((r) => ({ key: r.id, members: r.members })), EVERYONE),
    readIdentifierDisplays(graph, [...evidence].map(([key, kind]) => ({ key, kind }))),
    writeRingNodes(graph, nodes.map((r) => ({ key: r.id, members: r.members }))),
    replaceRings(em, input.jobId, retired, shapes, rewriteMembers, rewriteIdentifiers),
  ] as const);
  const figures = changed.map((ring) => {
    const s = stats.get(ring.id);
    return {
      id: ring.id,
      leadCount: s?.leadCount ?? 0,
      brands: s?.brands ?? [],
      brandKeys: [...new Set((s?.brands ?? []).map(brandKey))].sort(),
      provinces: s?.provinces ?? [],
      estimatedValueYuan: s?.estimatedValueYuan ?? 0,
      firstActivity: s?.firstActivity ?? null,
      lastActivity: s?.lastActivity ?? null,
    };
  });
  const identifiers = changed
    .filter((ring) => rewriteIdentifiers.has(ring.id))
    .map((ring) => ({
      ringId: ring.id,
      identifiers: ring.linkingIdentifiers.map((i) => ({
        identifierKey: i.identifier,
        kind: identifierKindOfLink(i.kind),
        linkKind: i.kind,
        display: displays.get(i.identifier) ?? null,
        weight: i.weight,
        memberCount: i.memberCount,
      })),
    }));
  await writeRingEvidence(em, input.jobId, figures, identifiers, events);
  await deleteRingNodes(graph, retired.map((r) => r.id));

  return {
    rings: matched.length,
    created: events.filter((e) => e.type === 'CREATED').length,
    changed: changed.filter((r) => previousById.has(r.id)).length,
    retired: retired.length,
    events,
    ids: matched.map((r) => r.id),
    rewritten: changed.map((r) => r.id),
  };
}

/** Promise.all that lets every branch finish before it throws: none may still use the transaction. */
async function allSettled<T extends readonly unknown[]>(promises: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results = await Promise.allSettled(promises);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as { -readonly [K in keyof T]: Awaited<T[K]> };
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Re-reads the lead figures of rings whose members did not change (new leads on known edges). */
export async function refreshRingStats(em: EntityManager, graph: GraphExecutor, ringIds: readonly string[]): Promise<void> {
  if (ringIds.length === 0) return;
  const rings = await loadRingMembers(em, ringIds);
  const stats = await readRingStats(graph, rings.map((r) => ({ key: r.id, members: r.members })), EVERYONE);
  await updateRingStats(
    em,
    rings.flatMap((r) => {
      const s = stats.get(r.id);
      if (s === undefined) return [];
      const { leadCount, brands, provinces, estimatedValueYuan, firstActivity, lastActivity } = s;
      return [{ id: r.id, leadCount, brands, brandKeys: [...new Set(brands.map(brandKey))].sort(), provinces, estimatedValueYuan, firstActivity, lastActivity }];
    }),
  );
}
