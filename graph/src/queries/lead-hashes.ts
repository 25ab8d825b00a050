import type { CypherStatement } from '../neo4j/executor.js';

/**
 * The stored `projectionHash` of those of `keys` that are Lead nodes: rows `{ key, hash }`.
 * Read before projecting a batch, so that unchanged leads skip the identifier work.
 */
export function leadHashes(keys: readonly string[]): CypherStatement {
  return {
    text: `UNWIND $keys AS key
MATCH (l:Lead {key: key})
RETURN l.key AS key, l.projectionHash AS hash`,
    params: { keys },
  };
}
