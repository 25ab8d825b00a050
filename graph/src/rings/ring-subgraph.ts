import { parseSellerKey, type IdentifierKind } from '@cloudsword/shared';
import { IDENTIFIER_MODEL } from '../projection/identifier-model.js';
import type { RingMemberEdge } from './ring-graph.js';

export interface RingGraphNode {
  /** Graph key: `<platform>:<account id>` or the identifier key. */
  id: string;
  /** Neo4j label: SellerAccount, Phone, PaymentAccount, … */
  label: string;
  /** SELLER_ACCOUNT or the identifier kind. */
  kind: string;
  display: string | null;
}

export interface RingGraphEdge {
  source: string;
  target: string;
  type: string;
  leadCount: number;
}

export interface RingGraph {
  nodes: RingGraphNode[];
  edges: RingGraphEdge[];
  /** Some visible nodes were left out to stay within the limit. */
  truncated: boolean;
}

/**
 * The drawable subgraph of a ring from its members' visible edges: the members, the linking
 * identifiers (most shared first), then identifiers held by a single member. Identifiers two
 * members share that are not linking ones (suppressed super nodes, service lines) are left out:
 * they are not evidence and would draw the ring around a courier hub. At most `limit` nodes;
 * only edges between kept nodes.
 */
export function buildRingSubgraph(edges: readonly RingMemberEdge[], linkingKeys: ReadonlySet<string>, limit: number): RingGraph {
  const members = [...new Set(edges.map((e) => e.seller))].sort();
  const holders = new Map<string, { kind: string; display: string | null; members: Set<string> }>();
  for (const edge of edges) {
    let entry = holders.get(edge.identifier);
    if (entry === undefined) holders.set(edge.identifier, (entry = { kind: edge.kind, display: edge.display, members: new Set() }));
    entry.members.add(edge.seller);
  }
  const linking: string[] = [];
  const leaves: string[] = [];
  for (const [key, entry] of holders) {
    if (linkingKeys.has(key)) linking.push(key);
    else if (entry.members.size === 1) leaves.push(key);
  }
  const count = (key: string) => holders.get(key)!.members.size;
  linking.sort((x, y) => count(y) - count(x) || (x < y ? -1 : 1));
  leaves.sort();

  const ordered: RingGraphNode[] = [
    ...members.map((key) => ({ id: key, label: 'SellerAccount', kind: 'SELLER_ACCOUNT', display: parseSellerKey(key)?.accountId ?? key })),
    ...[...linking, ...leaves].map((key) => {
      const { kind, display } = holders.get(key)!;
      const model = IDENTIFIER_MODEL[kind as IdentifierKind];
      return { id: key, label: model?.label ?? 'Identifier', kind, display };
    }),
  ];
  const nodes = ordered.slice(0, Math.max(0, limit));
  const kept = new Set(nodes.map((n) => n.id));
  const graphEdges = edges
    .filter((e) => kept.has(e.seller) && kept.has(e.identifier))
    .map((e) => ({ source: e.seller, target: e.identifier, type: e.type, leadCount: e.leadCount }))
    .sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : x.target > y.target ? 1 : 0));
  return { nodes, edges: graphEdges, truncated: ordered.length > nodes.length };
}
