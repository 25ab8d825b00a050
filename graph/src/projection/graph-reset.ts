import type { CypherStatement, GraphExecutor } from '../neo4j/executor.js';
import { deleteNodesBatch, deleteRelationshipsBatch, PROJECTION_RELATIONSHIP_TYPES } from '../queries/graph-reset.js';
import { NODE_LABELS } from '../schema/constraints.js';

export const DEFAULT_CLEAR_BATCH_SIZE = 10_000;

export interface ClearGraphResult {
  /** Relationships deleted by type (the rest went with their nodes). */
  relationships: number;
  nodes: number;
}

/**
 * Deletes every node and relationship of the graph database, one bounded write transaction at
 * a time, so that the projection can be rebuilt from PostgreSQL. Constraints and indexes stay.
 * Destructive and database-wide: only for the rebuild job, never on a shared database.
 */
export async function clearGraph(executor: GraphExecutor, options: { batchSize?: number } = {}): Promise<ClearGraphResult> {
  const batchSize = options.batchSize ?? DEFAULT_CLEAR_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  let relationships = 0;
  for (const type of PROJECTION_RELATIONSHIP_TYPES) relationships += await deleteUntilNone(executor, () => deleteRelationshipsBatch(type, batchSize));
  let nodes = 0;
  for (const label of NODE_LABELS) nodes += await deleteUntilNone(executor, () => deleteNodesBatch(label, batchSize));
  // Whatever carries no schema label.
  nodes += await deleteUntilNone(executor, () => deleteNodesBatch(null, batchSize));
  return { relationships, nodes };
}

async function deleteUntilNone(executor: GraphExecutor, statement: () => CypherStatement): Promise<number> {
  let total = 0;
  for (;;) {
    const result = await executor.write<{ deleted: number }>(statement());
    const deleted = Number(result.records[0]?.get('deleted') ?? 0);
    if (deleted === 0) return total;
    total += deleted;
  }
}
