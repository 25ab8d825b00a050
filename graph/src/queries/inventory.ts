import type { CypherStatement } from '../neo4j/executor.js';
import { assertSafeName, IDENTIFIER_LABELS, SELLER_EDGE_TYPES, type IdentifierLabel } from '../projection/identifier-model.js';

// What Neo4j holds, in key order, one page at a time: the consistency check diffs these pages
// against PostgreSQL without loading either side whole. Every page is an index-backed range
// seek on the unique `key` (`key > $after ORDER BY key LIMIT n`), so page k costs the same as page 1.

export interface PageArgs {
  /** Exclusive lower bound: the last key of the previous page, '' for the first page. */
  after: string;
  limit: number;
}

/** Lead keys after `after`, ascending: rows `{ key }`. */
export function leadKeysPage(args: PageArgs): CypherStatement {
  return keysPage('Lead', args);
}

/** Keys of one identifier label after `after`, ascending: rows `{ key }`. */
export function identifierKeysPage(label: IdentifierLabel, args: PageArgs): CypherStatement {
  if (!IDENTIFIER_LABELS.includes(label)) throw new Error(`not an identifier label: ${JSON.stringify(label)}`);
  return keysPage(label, args);
}

/**
 * The seller→identifier edges of the next `limit` sellers (by key) after `after`: rows
 * `{ seller, edges: [{ type, target, leads }] }`, one per seller, sellers without edges included
 * so that paging can tell "no edges" from "no more sellers".
 */
export function sellerEdgesPage(args: PageArgs): CypherStatement {
  return {
    text: `MATCH (s:SellerAccount) WHERE s.key > $after
WITH s ORDER BY s.key LIMIT toInteger($limit)
CALL (s) {
  MATCH (s)-[e:${SELLER_EDGE_TYPES.map(assertSafeName).join('|')}]->(t)
  RETURN collect({type: type(e), target: t.key, leads: e.leads}) AS edges
}
RETURN s.key AS seller, edges
ORDER BY seller`,
    params: { after: args.after, limit: args.limit },
  };
}

function keysPage(label: string, { after, limit }: PageArgs): CypherStatement {
  return {
    text: `MATCH (n:${assertSafeName(label)}) WHERE n.key > $after
RETURN n.key AS key
ORDER BY key
LIMIT toInteger($limit)`,
    params: { after, limit },
  };
}
