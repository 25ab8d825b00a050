import type { CypherStatement } from '../neo4j/executor.js';
import { assertSafeName, SELLER_EDGE_TYPES } from '../projection/identifier-model.js';
import { ENTITY_LABELS, MAX_EDGE_LEAD_IDS } from './exploration.js';
import { visibilityParams, visibleEdgePredicate, visibleLeadPredicate, type GraphVisibility } from './visibility.js';

const EDGE_PATTERN = SELLER_EDGE_TYPES.map(assertSafeName).join('|');

/** Longest evidence path the builder accepts, in edges. */
export const MAX_PATH_HOPS = 8;

export interface PathEnd {
  label: string;
  key: string;
}

/** One row: the path's nodes in order and its edges, each with the lead ids the viewer may see. */
export interface EvidencePathRow {
  nodes: { key: string; label: string; display: string | null }[];
  edges: { source: string; target: string; type: string; leadIds: string[] }[];
}

/**
 * The shortest path between two entities through seller→identifier edges the viewer may see:
 * one {@link EvidencePathRow}, or none. Neo4j's bidirectional `shortestPath` evaluates the
 * visibility predicate on each relationship while it expands (5.26 plans it inside the
 * ShortestPath operator, with no exhaustive fallback), so an invisible edge is never walked.
 * The two ends must differ. `maxHops` becomes part of the text (Cypher takes no parameter
 * there); it is checked to be a small integer first.
 */
export function evidencePathStatement(from: PathEnd, to: PathEnd, visibility: GraphVisibility, maxHops: number): CypherStatement {
  if (!ENTITY_LABELS.includes(from.label) || !ENTITY_LABELS.includes(to.label)) throw new Error('not an entity label');
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) throw new Error(`maxHops must be 1..${MAX_PATH_HOPS}`);
  return {
    text: `MATCH (a:${assertSafeName(from.label)} {key: $from}), (b:${assertSafeName(to.label)} {key: $to})
MATCH p = shortestPath((a)-[:${EDGE_PATTERN}*..${maxHops}]-(b))
WHERE all(e IN relationships(p) WHERE ${visibleEdgePredicate('e')})
RETURN [n IN nodes(p) | {key: n.key, label: head(labels(n)), display: coalesce(n.display, n.accountId)}] AS nodes,
  [e IN relationships(p) | {source: startNode(e).key, target: endNode(e).key, type: type(e),
    leadIds: [leadId IN e.leads WHERE EXISTS { MATCH (vl:Lead {key: leadId}) WHERE ${visibleLeadPredicate('vl')} }][..toInteger($maxLeadIds)]}] AS edges`,
    params: { from: from.key, to: to.key, maxLeadIds: MAX_EDGE_LEAD_IDS, ...visibilityParams(visibility) },
  };
}
