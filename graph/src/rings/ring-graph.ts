import type { GraphExecutor } from '../neo4j/executor.js';
import { identifierModel, type IdentifierLabel } from '../projection/identifier-model.js';
import {
  countRingNodes,
  deleteRings,
  identifierDisplays,
  ringMemberEdges,
  ringStats,
  writeRingMembership,
  type RingMembershipRow,
  type RingStatsInput,
} from '../queries/rings.js';
import type { GraphVisibility } from '../queries/visibility.js';

/**
 * Rings per write transaction of Ring nodes (~13 INCLUDES each, ~26,000 relationships per
 * transaction: 5,000 rings took 1.4 s), and per statistics query (1,000 rings: ~0.3 s).
 */
export const RING_WRITE_BATCH = 2_000;
export const RING_STATS_BATCH = 1_000;

/** Writes Ring nodes and INCLUDES edges in batches (each batch one transaction). */
export async function writeRingNodes(executor: GraphExecutor, rings: readonly RingMembershipRow[], batchSize = RING_WRITE_BATCH): Promise<void> {
  for (let start = 0; start < rings.length; start += batchSize) {
    await executor.write(writeRingMembership(rings.slice(start, start + batchSize)));
  }
}

export async function deleteRingNodes(executor: GraphExecutor, keys: readonly string[], batchSize = RING_WRITE_BATCH): Promise<void> {
  for (let start = 0; start < keys.length; start += batchSize) {
    await executor.write(deleteRings(keys.slice(start, start + batchSize)));
  }
}

/** How many of these rings have a node in the graph (a rebuilt graph has none). */
export async function countRingNodesIn(executor: GraphExecutor, keys: readonly string[]): Promise<number> {
  let n = 0;
  for (let start = 0; start < keys.length; start += 10_000) {
    const result = await executor.read<{ n: number }>(countRingNodes(keys.slice(start, start + 10_000)));
    n += Number(result.records[0]?.get('n') ?? 0);
  }
  return n;
}

/** What a ring's visible leads add up to. */
export interface RingLeadStats {
  leadCount: number;
  estimatedValueYuan: number;
  /** ISO 8601, or null when no lead is visible. */
  firstActivity: string | null;
  lastActivity: string | null;
  brands: string[];
  provinces: string[];
}

/** Lead statistics of rings, over the leads the viewer may see, by ring key. */
export async function readRingStats(
  executor: GraphExecutor,
  rings: readonly RingStatsInput[],
  visibility: GraphVisibility,
  batchSize = RING_STATS_BATCH,
): Promise<Map<string, RingLeadStats>> {
  type Row = {
    ring: string;
    leadCount: number;
    value: number;
    firstActivity: string | null;
    lastActivity: string | null;
    brands: string[];
    provinces: (string | null)[];
  };
  const stats = new Map<string, RingLeadStats>();
  for (let start = 0; start < rings.length; start += batchSize) {
    const result = await executor.read<Row>(ringStats(rings.slice(start, start + batchSize), visibility));
    for (const record of result.records) {
      stats.set(record.get('ring'), {
        leadCount: Number(record.get('leadCount')),
        estimatedValueYuan: Math.round(Number(record.get('value')) * 100) / 100,
        firstActivity: record.get('firstActivity'),
        lastActivity: record.get('lastActivity'),
        brands: [...record.get('brands')].sort(),
        provinces: record.get('provinces').filter((p): p is string => typeof p === 'string').sort(),
      });
    }
  }
  return stats;
}

/** The masked display of these identifiers (key and IdentifierKind), by key. */
export async function readIdentifierDisplays(
  executor: GraphExecutor,
  identifiers: readonly { key: string; kind: string }[],
  batchSize = 20_000,
): Promise<Map<string, string | null>> {
  const displays = new Map<string, string | null>();
  for (let start = 0; start < identifiers.length; start += batchSize) {
    const byLabel = new Map<IdentifierLabel, string[]>();
    for (const { key, kind } of identifiers.slice(start, start + batchSize)) {
      const label = identifierModel(kind)?.label;
      if (label === undefined) continue;
      const keys = byLabel.get(label);
      if (keys) keys.push(key);
      else byLabel.set(label, [key]);
    }
    const result = await executor.read<{ key: string; display: string | null }>(identifierDisplays(byLabel));
    for (const record of result.records) displays.set(record.get('key'), record.get('display'));
  }
  return displays;
}

/** One visible edge from a ring member to an identifier. */
export interface RingMemberEdge {
  ring: string;
  seller: string;
  identifier: string;
  /** IdentifierKind of the target. */
  kind: string;
  /** HAS_PHONE, PAYS_WITH, … */
  type: string;
  display: string | null;
  /** Visible leads behind the edge. */
  leadCount: number;
}

/** The most edges read per ring: far above a ring of maxRingSize members with their identifiers. */
export const MAX_RING_EDGES = 20_000;

/** The visible edges of the members of these rings, grouped by ring key. */
export async function readRingMemberEdges(
  executor: GraphExecutor,
  ringKeys: readonly string[],
  visibility: GraphVisibility,
  limitPerRing = MAX_RING_EDGES,
): Promise<Map<string, RingMemberEdge[]>> {
  const byRing = new Map<string, RingMemberEdge[]>(ringKeys.map((key) => [key, []]));
  if (ringKeys.length === 0) return byRing;
  type Row = Omit<RingMemberEdge, 'leadCount'> & { leadCount: number };
  const result = await executor.read<Row>(ringMemberEdges(ringKeys, visibility, limitPerRing));
  for (const record of result.records) {
    const edge: RingMemberEdge = {
      ring: record.get('ring'),
      seller: record.get('seller'),
      identifier: record.get('identifier'),
      kind: record.get('kind'),
      type: record.get('type'),
      display: record.get('display'),
      leadCount: Number(record.get('leadCount')),
    };
    byRing.get(edge.ring)?.push(edge);
  }
  return byRing;
}
