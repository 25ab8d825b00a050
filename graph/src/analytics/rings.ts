import { COMPONENT_DEFAULTS, labelComponents, type ComponentLabels, type ComponentOptions } from './components.js';
import { buildLinkIndex, platformOf, type AccountLink, type LinkIndex } from './link-index.js';
import { createPairScratch, forEachPartner } from './pair-weights.js';
import { DEFAULT_RING_SCORE_WEIGHTS, scoreRing, type RingScoreBreakdown, type RingScoreWeights } from './ring-score.js';
import { splitComponent } from './ring-split.js';
import { compareStrings, suppressInIndex, type SuperNode } from './supernodes.js';
import { scaledThreshold, WEIGHT_SCALE } from './weights.js';

export interface RingOptions extends ComponentOptions {
  /** Components with more accounts than this are split with Louvain. */
  maxRingSize: number;
  /** Components of at least densityCheckMinSize accounts whose strong-link density is below
   * minDensity are split too (a long chain of one-off links is more likely several groups). */
  minDensity: number;
  densityCheckMinSize: number;
  louvainResolution: number;
  /** Seed of Louvain's random walk: the same links always give the same rings. */
  seed: number;
  /** Louvain levels at most: a community still above maxRingSize is split again until this
   * depth (1: never again). */
  maxSplitDepth: number;
  scoreWeights: RingScoreWeights;
}

export const RING_DEFAULTS: RingOptions = {
  ...COMPONENT_DEFAULTS,
  maxRingSize: 50,
  minDensity: 0.1,
  densityCheckMinSize: 20,
  louvainResolution: 1,
  seed: 20240601,
  maxSplitDepth: 3,
  scoreWeights: DEFAULT_RING_SCORE_WEIGHTS,
};

/** An identifier shared by at least two members of a ring. */
export interface LinkingIdentifier {
  identifier: string;
  kind: string;
  /** Kind weight of the identifier. */
  weight: number;
  /** How many ring members share it. */
  memberCount: number;
}

export interface Ring {
  /** Account keys, sorted. */
  members: string[];
  /** Heaviest evidence first: by weight, then member count, then key. */
  linkingIdentifiers: LinkingIdentifier[];
  /** 0..100, see RingScoreBreakdown. */
  score: number;
  breakdown: RingScoreBreakdown;
  /** Size of the connected component the ring was found in (larger when Louvain split it). */
  componentSize: number;
}

export interface RingStats {
  accounts: number;
  identifiers: number;
  /** Distinct account–identifier links. */
  links: number;
  /** Connected components of two or more accounts. */
  components: number;
  splitComponents: number;
  rings: number;
}

export interface RingsResult {
  /** By score descending, then size descending, then first member. */
  rings: Ring[];
  superNodes: SuperNode[];
  stats: RingStats;
}

/** Ring members as account ids, before they are scored. */
interface Group {
  accounts: Int32Array;
  strongLinks: number;
  componentSize: number;
}

/**
 * Counterfeiting rings: connected components of accounts over strong links (shared identifiers
 * weighing at least linkThreshold, super nodes skipped); components that are too large or too
 * sparse are split with Louvain; singletons are dropped. Runs on typed arrays: a graphology graph
 * is built only for the components that Louvain splits.
 */
export function computeRings(links: Iterable<AccountLink>, options: Partial<RingOptions> = {}): RingsResult {
  const settings = { ...RING_DEFAULTS, ...options };
  const index = buildLinkIndex(links, settings.weights);
  const { superNodes, usable } = suppressInIndex(index, settings);
  const threshold = scaledThreshold(settings.linkThreshold);
  const labels = labelComponents(index, usable, threshold);

  const mayNeedSplit = (size: number) => size > settings.maxRingSize || size >= settings.densityCheckMinSize;
  const { strongLinks, edges } = collectStrongLinks(index, usable, threshold, labels, mayNeedSplit);
  const membership = membersByComponent(labels);

  const groups: Group[] = [];
  let splitComponents = 0;
  const localOf = new Int32Array(index.accountKeys.length);
  for (let c = 0; c < labels.count; c++) {
    const size = labels.sizes[c];
    const members = membership.accounts.subarray(membership.offsets[c], membership.offsets[c + 1]);
    const density = strongLinks[c] / ((size * (size - 1)) / 2);
    const split = size > settings.maxRingSize || (size >= settings.densityCheckMinSize && density < settings.minDensity);
    if (!split) {
      groups.push({ accounts: members, strongLinks: strongLinks[c], componentSize: size });
      continue;
    }
    splitComponents++;
    for (const group of splitIntoGroups(index, members, edges.get(c) ?? [], localOf, settings)) groups.push(group);
    edges.delete(c);
  }

  const rings = describeRings(index, usable, threshold, groups, settings);
  rings.sort((x, y) => y.score - x.score || y.members.length - x.members.length || compareStrings(x.members[0], y.members[0]));
  return {
    rings,
    superNodes,
    stats: {
      accounts: index.accountKeys.length,
      identifiers: index.identifierKeys.length,
      links: index.identifierAccounts.length,
      components: labels.count,
      splitComponents,
      rings: rings.length,
    },
  };
}

/**
 * One pass over every pair of accounts sharing a usable identifier inside a component: counts
 * the strong links of each component, and keeps them as (u, v, weight) triplets only for the
 * components that may be split.
 */
function collectStrongLinks(
  index: LinkIndex,
  usable: Uint8Array,
  threshold: number,
  labels: ComponentLabels,
  mayNeedSplit: (size: number) => boolean,
): { strongLinks: Float64Array; edges: Map<number, number[]> } {
  const strongLinks = new Float64Array(labels.count);
  const edges = new Map<number, number[]>();
  const scratch = createPairScratch(index.accountKeys.length);
  let account = 0;
  let component = 0;
  let kept: number[] | undefined;
  const visit = (partner: number, weight: number): void => {
    if (weight < threshold) return;
    strongLinks[component]++;
    kept?.push(account, partner, weight);
  };
  for (account = 0; account < index.accountKeys.length; account++) {
    component = labels.componentOf[account];
    if (component < 0) continue;
    kept = undefined;
    if (mayNeedSplit(labels.sizes[component])) {
      kept = edges.get(component);
      if (kept === undefined) edges.set(component, (kept = []));
    }
    forEachPartner(index, account, usable, scratch, visit);
  }
  return { strongLinks, edges };
}

/**
 * Louvain on one component. Members are numbered in account-key order so that the split does
 * not depend on the order of the input links; parts of one account are dropped.
 */
function splitIntoGroups(
  index: LinkIndex,
  members: Int32Array,
  edges: readonly number[],
  localOf: Int32Array,
  settings: RingOptions,
): Group[] {
  const keys = index.accountKeys;
  const byKey = Array.from(members).sort((x, y) => compareStrings(keys[x], keys[y]));
  byKey.forEach((account, local) => (localOf[account] = local));
  const parts = splitComponent(members.length, localEdges(edges, localOf), settings);
  return parts
    .filter((part) => part.members.length >= 2)
    .map((part) => ({
      accounts: Int32Array.from(part.members, (local) => byKey[local]),
      strongLinks: part.strongEdges,
      componentSize: members.length,
    }));
}

/** Accounts of each component, contiguous (counting sort by component). */
function membersByComponent(labels: ComponentLabels): { offsets: Int32Array; accounts: Int32Array } {
  const offsets = new Int32Array(labels.count + 1);
  for (let c = 0; c < labels.count; c++) offsets[c + 1] = offsets[c] + labels.sizes[c];
  const cursor = offsets.slice(0, labels.count);
  const accounts = new Int32Array(offsets[labels.count]);
  labels.componentOf.forEach((c, account) => {
    if (c >= 0) accounts[cursor[c]++] = account;
  });
  return { offsets, accounts };
}

/** Global edge triplets to local ones, each (smaller, larger, weight), sorted: input-order free. */
function localEdges(edges: readonly number[], localOf: Int32Array): number[] {
  const count = edges.length / 3;
  const local = new Int32Array(count * 3);
  for (let e = 0; e < count; e++) {
    const u = localOf[edges[3 * e]];
    const v = localOf[edges[3 * e + 1]];
    local[3 * e] = Math.min(u, v);
    local[3 * e + 1] = Math.max(u, v);
    local[3 * e + 2] = edges[3 * e + 2];
  }
  const order = Array.from({ length: count }, (_, e) => e);
  order.sort((x, y) => local[3 * x] - local[3 * y] || local[3 * x + 1] - local[3 * y + 1]);
  const result = new Array<number>(count * 3);
  order.forEach((e, k) => {
    result[3 * k] = local[3 * e];
    result[3 * k + 1] = local[3 * e + 1];
    result[3 * k + 2] = local[3 * e + 2] / WEIGHT_SCALE;
  });
  return result;
}

/** Linking identifiers (one pass over usable identifiers), platforms and score of each group. */
function describeRings(
  index: LinkIndex,
  usable: Uint8Array,
  threshold: number,
  groups: readonly Group[],
  settings: RingOptions,
): Ring[] {
  const ringOf = new Int32Array(index.accountKeys.length).fill(-1);
  groups.forEach((group, g) => group.accounts.forEach((account) => (ringOf[account] = g)));

  const linking: number[][] = groups.map(() => []);
  const counter = new Int32Array(groups.length);
  const touched: number[] = [];
  for (let i = 0; i < usable.length; i++) {
    if (usable[i] === 0) continue;
    const start = index.identifierOffsets[i];
    const end = index.identifierOffsets[i + 1];
    if (end - start < 2) continue;
    for (let k = start; k < end; k++) {
      const g = ringOf[index.identifierAccounts[k]];
      if (g < 0) continue;
      if (counter[g]++ === 0) touched.push(g);
    }
    for (const g of touched) {
      if (counter[g] >= 2) linking[g].push(i, counter[g]);
      counter[g] = 0;
    }
    touched.length = 0;
  }

  return groups.map((group, g) => {
    const members = Array.from(group.accounts, (account) => index.accountKeys[account]).sort(compareStrings);
    const linkingIdentifiers: LinkingIdentifier[] = [];
    let strongIdentifiers = 0;
    for (let k = 0; k < linking[g].length; k += 2) {
      const i = linking[g][k];
      const weight = index.identifierWeight[i];
      if (weight >= threshold) strongIdentifiers++;
      linkingIdentifiers.push({
        identifier: index.identifierKeys[i],
        kind: index.identifierKinds[i],
        weight: weight / WEIGHT_SCALE,
        memberCount: linking[g][k + 1],
      });
    }
    linkingIdentifiers.sort(
      (x, y) => y.weight - x.weight || y.memberCount - x.memberCount || compareStrings(x.identifier, y.identifier),
    );
    const platforms = [...new Set(members.map(platformOf))].sort(compareStrings);
    const { score, breakdown } = scoreRing(
      { size: members.length, strongLinks: group.strongLinks, platforms, strongIdentifiers },
      settings,
    );
    return { members, linkingIdentifiers, score, breakdown, componentSize: group.componentSize };
  });
}
