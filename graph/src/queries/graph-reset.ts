import type { CypherStatement } from '../neo4j/executor.js';
import { NODE_LABELS, type NodeLabel } from '../schema/constraints.js';
import { assertSafeName, SELLER_EDGE_TYPES } from '../projection/identifier-model.js';

// Emptying the graph for a rebuild, in bounded transactions. `CALL { … } IN TRANSACTIONS` would
// need an implicit transaction and the executor runs only managed ones, so the caller loops
// until a batch deletes nothing. Each loop reads through a label or relationship-type lookup
// index, where deleted entries are gone; a scan of all nodes would step over every record
// already deleted, again on every batch. Relationships of the projection go first, by type, so
// that no DETACH DELETE of a hub has to drop hundreds of thousands of edges at once.
// Constraints and indexes stay.

/** Relationship types the projection writes, deleted before the nodes. */
export const PROJECTION_RELATIONSHIP_TYPES = [...SELLER_EDGE_TYPES, 'REFERS', 'ALLEGES', 'ON', 'IN'] as const;

/** Deletes up to `limit` relationships of one type: one row `{ deleted }`. */
export function deleteRelationshipsBatch(type: (typeof PROJECTION_RELATIONSHIP_TYPES)[number], limit: number): CypherStatement {
  if (!PROJECTION_RELATIONSHIP_TYPES.includes(type)) throw new Error(`not a projection relationship type: ${JSON.stringify(type)}`);
  return {
    text: `MATCH ()-[r:${assertSafeName(type)}]->()
WITH r LIMIT toInteger($limit)
DELETE r
RETURN count(*) AS deleted`,
    params: { limit },
  };
}

/**
 * Deletes up to `limit` nodes of one schema label, or of any label when `label` is null (the
 * final sweep), with whatever relationships they still have: one row `{ deleted }`.
 */
export function deleteNodesBatch(label: NodeLabel | null, limit: number): CypherStatement {
  if (label !== null && !NODE_LABELS.includes(label)) throw new Error(`not a schema label: ${JSON.stringify(label)}`);
  return {
    text: `MATCH (n${label === null ? '' : `:${assertSafeName(label)}`})
WITH n LIMIT toInteger($limit)
DETACH DELETE n
RETURN count(*) AS deleted`,
    params: { limit },
  };
}
