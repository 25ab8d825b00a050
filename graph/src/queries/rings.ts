import type { CypherStatement } from '../neo4j/executor.js';
import { assertSafeName, IDENTIFIER_LABELS, SELLER_EDGE_TYPES, type IdentifierLabel } from '../projection/identifier-model.js';
import { visibilityParams, visibleLeadPredicate, type GraphVisibility } from './visibility.js';

// Rings in the graph: `(:Ring {key: <ring id>, size})-[:INCLUDES]->(:SellerAccount)`,
// written by the analysis (PostgreSQL holds the rings; these nodes are their projection), and
// the reads of a ring's evidence, always filtered by the provenance of each edge (DESIGN.md
// invariant 6): an edge counts only through the leads on it that the viewer may see.

const EDGE_PATTERN = SELLER_EDGE_TYPES.map(assertSafeName).join('|');

/** `e.leads` reduced to the lead ids the viewer may see (needs visibilityParams). */
const VISIBLE_LEADS_OF_E = `[k IN e.leads WHERE $visAll OR EXISTS {
    MATCH (vl:Lead {key: k}) WHERE ${visibleLeadPredicate('vl')} }]`;

export interface RingMembershipRow {
  key: string;
  members: string[];
}

/** Creates or replaces the Ring nodes and their INCLUDES edges. */
export function writeRingMembership(rings: readonly RingMembershipRow[]): CypherStatement {
  return {
    text: `UNWIND $rings AS ring
MERGE (r:Ring {key: ring.key})
SET r.size = size(ring.members)
WITH r, ring
CALL (r) {
  MATCH (r)-[old:INCLUDES]->()
  DELETE old
}
CALL (r, ring) {
  UNWIND ring.members AS member
  MATCH (s:SellerAccount {key: member})
  CREATE (r)-[:INCLUDES]->(s)
}`,
    params: { rings: rings.map((r) => ({ key: r.key, members: r.members })) },
  };
}

/** Removes Ring nodes (rings merged or dissolved). */
export function deleteRings(keys: readonly string[]): CypherStatement {
  return { text: 'UNWIND $keys AS key MATCH (r:Ring {key: key}) DETACH DELETE r', params: { keys: [...keys] } };
}

/** How many of these rings have a Ring node: rows `{ n }`. */
export function countRingNodes(keys: readonly string[]): CypherStatement {
  return { text: 'UNWIND $keys AS key MATCH (r:Ring {key: key}) RETURN count(r) AS n', params: { keys: [...keys] } };
}

export interface RingStatsInput {
  key: string;
  /** The member accounts to count (for a restricted viewer: the members it may see). */
  members: string[];
}

/**
 * Per ring, over the visible leads that refer to its members: `leadCount`, `value` (sum of
 * estimated values), `firstActivity` / `lastActivity` (observedAt), `brands` (names alleged),
 * `provinces` (of the addresses those leads assert). Rows `{ ring, leadCount, value,
 * firstActivity, lastActivity, brands, provinces }`.
 */
export function ringStats(rings: readonly RingStatsInput[], visibility: GraphVisibility): CypherStatement {
  return {
    text: `UNWIND $rings AS ring
CALL (ring) {
  UNWIND ring.members AS member
  MATCH (:SellerAccount {key: member})<-[:REFERS]-(l:Lead)
  WHERE ${visibleLeadPredicate('l')}
  RETURN collect(DISTINCT l) AS leads
}
CALL (leads) {
  UNWIND leads AS l
  RETURN count(l) AS leadCount, sum(coalesce(l.estimatedValueYuan, 0.0)) AS value,
         min(l.observedAt) AS firstActivity, max(l.observedAt) AS lastActivity
}
CALL (leads) {
  UNWIND leads AS l
  MATCH (l)-[:ALLEGES]->(b:Brand)
  RETURN collect(DISTINCT b.name) AS brands
}
CALL (ring, leads) {
  WITH ring, [l IN leads | l.key] AS keys
  UNWIND ring.members AS member
  MATCH (:SellerAccount {key: member})-[e:HAS_ADDRESS]->(a:Address)
  WHERE any(k IN e.leads WHERE k IN keys)
  RETURN collect(DISTINCT a.provinceCode) AS provinces
}
RETURN ring.key AS ring, leadCount, value, firstActivity, lastActivity, brands, provinces`,
    params: { rings: rings.map((r) => ({ key: r.key, members: r.members })), ...visibilityParams(visibility) },
  };
}

/**
 * The masked display of identifiers, one index seek per key (keys grouped by node label):
 * rows `{ key, display }`. Displays describe the identifier, not any lead.
 */
export function identifierDisplays(keysByLabel: ReadonlyMap<IdentifierLabel, readonly string[]>): CypherStatement {
  const labels = IDENTIFIER_LABELS.filter((label) => (keysByLabel.get(label)?.length ?? 0) > 0);
  if (labels.length === 0) return { text: 'RETURN null AS key, null AS display LIMIT 0' };
  const params: Record<string, string[]> = {};
  const branches = labels.map((label, i) => {
    params[`keys${i}`] = [...keysByLabel.get(label)!];
    return `UNWIND $keys${i} AS k MATCH (n:${assertSafeName(label)} {key: k}) RETURN n.key AS key, n.display AS display`;
  });
  return { text: branches.join('\nUNION ALL\n'), params };
}

/**
 * Every edge from a member of these rings to an identifier that the viewer may see, with the
 * number of visible leads behind it: rows `{ ring, seller, identifier, kind, type, display,
 * leadCount }`, at most `limit` per ring (members' edges in key order).
 */
export function ringMemberEdges(ringKeys: readonly string[], visibility: GraphVisibility, limit: number): CypherStatement {
  return {
    text: `UNWIND $rings AS ringKey
CALL (ringKey) {
  MATCH (:Ring {key: ringKey})-[:INCLUDES]->(s:SellerAccount)
  WITH s ORDER BY s.key
  MATCH (s)-[e:${EDGE_PATTERN}]->(t)
  WITH s, e, t, ${visibility.all ? 'e.leads' : VISIBLE_LEADS_OF_E} AS leads
  WHERE size(leads) > 0
  RETURN s.key AS seller, t.key AS identifier, t.kind AS kind, type(e) AS type, t.display AS display, size(leads) AS leadCount
  LIMIT toInteger($limit)
}
RETURN ringKey AS ring, seller, identifier, kind, type, display, leadCount`,
    params: { rings: [...ringKeys], limit, ...visibilityParams(visibility) },
  };
}
