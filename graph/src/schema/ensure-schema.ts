import type { GraphExecutor } from '../neo4j/executor.js';
import { graphSchemaStatements } from './constraints.js';

/** Creates constraints and indexes if missing; safe to run at every start. */
export async function ensureGraphSchema(executor: GraphExecutor): Promise<void> {
  // Schema statements cannot share a transaction with each other's index population.
  for (const statement of graphSchemaStatements()) await executor.write(statement);
}
