import type { CypherStatement } from '../neo4j/executor.js';
import { assertSafeName, IDENTIFIER_LABELS, SELLER_EDGE_TYPES } from '../projection/identifier-model.js';
import { visibilityParams, visibleEdgePredicate, visibleLeadPredicate, type GraphVisibility } from './visibility.js';

// Reads of the entity graph for exploration: resolve an entity, expand a frontier one hop.
// Only seller→identifier edges are walked (the evidence graph); every edge is filtered by its
// provenance in the Cypher itself, and its lead list, count and dates are recomputed from the
// leads the viewer may see (DESIGN.md invariant 6). Texts are constant: values travel as parameters.

/** Labels an exploration node can have: a seller account or one of the identifier labels. */
export const ENTITY_LABELS: readonly string[] = ['SellerAccount', ...IDENTIFIER_LABELS];

const EDGE_PATTERN = SELLER_EDGE_TYPES.map(assertSafeName).join('|');

/** The most lead ids one edge reports; `leadCount` still counts all of the visible ones. */
export const MAX_EDGE_LEAD_IDS = 50;

/** A node to expand from: its label (one of ENTITY_LABELS) and key. */
export interface FrontierNode {
  label: string;
  key: string;
}

/** One visible edge found by an expansion, seen from the frontier node it was reached from. */
export interface ExpansionRow {
  from: string;
  source: string;
  target: string;
  type: string;
  key: string;
  label: string;
  display: string | null;
  leadIds: string[];
  leadCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** One index seek per label, so a key of unknown label is found without a scan. */
const RESOLVE_BY_KEY = ENTITY_LABELS.map(assertSafeName)
  .map((label) => `  MATCH (n:${label} {key: $key}) RETURN n, '${label}' AS label`)
  .join('\n  UNION\n');

// Frontier rows carry their label; each branch keeps only its own rows before the index seek.
const RESOLVE_FRONTIER = ENTITY_LABELS.map(assertSafeName)
  .map((label) => `  WITH f WHERE f.label = '${label}' MATCH (n:${label} {key: f.key}) RETURN n`)
  .join('\n  UNION\n');

/**
 * The node with this key if the viewer may see it (it has at least one visible seller edge):
 * rows `{ key, label, display }`, none otherwise.
 */
export function entityStatement(key: string, visibility: GraphVisibility): CypherStatement {
  return {
    text: `CALL () {
${RESOLVE_BY_KEY}
}
WITH n, label
WHERE EXISTS { MATCH (n)-[e:${EDGE_PATTERN}]-() WHERE ${visibleEdgePredicate('e')} }
RETURN n.key AS key, label, coalesce(n.display, n.accountId) AS display
LIMIT 1`,
    params: { key, ...visibilityParams(visibility) },
  };
}

export interface ExpansionOptions {
  /** Keys never returned as neighbours (already visited). */
  exclude: readonly string[];
  /** Most visible edges taken from one frontier node (bounds a hub). */
  perNode: number;
  /** Most rows in all. */
  limit: number;
}

/**
 * One hop out of `frontier` through visible seller edges, to nodes not in `exclude`: rows
 * {@link ExpansionRow}. Lazy: a node stops being read after `perNode` visible edges and the
 * whole expansion after `limit` rows, so which edges come back when a limit bites is not defined.
 */
export function expansionStatement(frontier: readonly FrontierNode[], visibility: GraphVisibility, options: ExpansionOptions): CypherStatement {
  return {
    text: `UNWIND $frontier AS f
CALL (f) {
${RESOLVE_FRONTIER}
}
CALL (n) {
  MATCH (n)-[e:${EDGE_PATTERN}]-(m)
  WHERE NOT m.key IN $exclude
  CALL (e) {
    UNWIND e.leads AS leadId
    MATCH (vl:Lead {key: leadId})
    WHERE ${visibleLeadPredicate('vl')}
    RETURN collect(vl.key) AS leadIds, min(vl.observedAt) AS firstSeen, max(vl.observedAt) AS lastSeen
  }
  WITH e, m, leadIds, firstSeen, lastSeen
  WHERE size(leadIds) > 0
  RETURN e, m, leadIds, firstSeen, lastSeen
  LIMIT toInteger($perNode)
}
RETURN n.key AS from, startNode(e).key AS source, endNode(e).key AS target, type(e) AS type,
  m.key AS key, head(labels(m)) AS label, coalesce(m.display, m.accountId) AS display,
  leadIds[..toInteger($maxLeadIds)] AS leadIds, size(leadIds) AS leadCount, firstSeen, lastSeen
LIMIT toInteger($limit)`,
    params: {
      frontier: frontier.map((f) => ({ label: f.label, key: f.key })),
      exclude: [...options.exclude],
      perNode: options.perNode,
      limit: options.limit,
      maxLeadIds: MAX_EDGE_LEAD_IDS,
      ...visibilityParams(visibility),
    },
  };
}
