import type { CypherStatement } from '../neo4j/executor.js';
import { assertSafeName, SELLER_EDGE_TYPES } from '../projection/identifier-model.js';

// Seller→identifier edges as the ring analysis reads them. Every statement returns one row per
// seller (or identifier) with parallel lists — `targets` and `types` — rather than one row per
// edge: a tenth of the records for the same strings, which is what Bolt decoding costs.
// Identifiers with a single incoming edge cannot link two accounts and are left out in Neo4j
// (`COUNT { (t)<--() }` is answered from the node's degree, without reading the edges).

const EDGE_PATTERN = SELLER_EDGE_TYPES.map(assertSafeName).join('|');

/** Which seller accounts an analysis covers: every one, or those of some platforms (by org code). */
export type LinkScope = { all: true } | { all: false; platforms: readonly string[] };

export const ALL_ACCOUNTS: LinkScope = { all: true };

function scopeParams(scope: LinkScope): { all: boolean; platforms: string[] } {
  return scope.all ? { all: true, platforms: [] } : { all: false, platforms: [...scope.platforms] };
}

export interface AccountLinksPageArgs {
  /** Exclusive lower bound on the seller key: the last key of the previous page. */
  after: string;
  /** Exclusive upper bound on the seller key, or null for none. */
  before: string | null;
  limit: number;
}

/**
 * The next `limit` sellers by key in (after, before), each with its edges to identifiers shared
 * with at least one other seller: rows `{ seller, targets, types }`. Sellers without such edges
 * are returned too, so that an empty page means the range is exhausted. Both bounds make it an
 * index range seek, so page k costs what page 1 does.
 */
export function accountLinksPage({ after, before, limit }: AccountLinksPageArgs): CypherStatement {
  return {
    text: `MATCH (s:SellerAccount) WHERE s.key > $after${before === null ? '' : ' AND s.key < $before'}
WITH s ORDER BY s.key LIMIT toInteger($limit)
CALL (s) {
  MATCH (s)-[e:${EDGE_PATTERN}]->(t)
  WHERE COUNT { (t)<--() } > 1
  RETURN collect(t.key) AS targets, collect(type(e)) AS types
}
RETURN s.key AS seller, targets, types`,
    params: before === null ? { after, limit } : { after, before, limit },
  };
}

/** The key range of one platform's sellers: keys are `<platform code>:<account id>`. */
export function platformKeyRange(platform: string): { after: string; before: string } {
  // ';' follows ':' in code point order, so every `<platform>:…` key lies strictly between.
  return { after: `${platform}:`, before: `${platform};` };
}

/** The sellers in scope that these leads refer to: rows `{ seller }`. */
export function sellersOfLeads(leadIds: readonly string[], scope: LinkScope): CypherStatement {
  return {
    text: `UNWIND $leadIds AS id
MATCH (:Lead {key: id})-[:REFERS]->(s:SellerAccount)
WHERE $all OR s.platform IN $platforms
RETURN DISTINCT s.key AS seller`,
    params: { leadIds: [...leadIds], ...scopeParams(scope) },
  };
}

/**
 * The edges of these sellers to shared identifiers, grouped by identifier: rows `{ identifier,
 * accounts, types, degree }` (plus `leads`, the lead ids on each edge, when asked), where
 * `degree` counts the identifier's sellers in scope, capped at `degreeCap`, once per identifier.
 * The degree tells a super node apart when only part of the graph is read.
 */
export function sellerLinks(sellers: readonly string[], scope: LinkScope, degreeCap: number, withLeads = false): CypherStatement {
  return {
    text: `UNWIND $sellers AS key
MATCH (s:SellerAccount {key: key})-[e:${EDGE_PATTERN}]->(t)
WHERE COUNT { (t)<--() } > 1
WITH t, collect(s.key) AS accounts, collect(type(e)) AS types${withLeads ? ', collect(e.leads) AS leads' : ''}
CALL (t) {
  MATCH (t)<-[:${EDGE_PATTERN}]-(x:SellerAccount)
  WHERE $all OR x.platform IN $platforms
  WITH x LIMIT toInteger($cap)
  RETURN count(x) AS degree
}
RETURN t.key AS identifier, accounts, types, degree${withLeads ? ', leads' : ''}`,
    params: { sellers: [...sellers], cap: degreeCap, ...scopeParams(scope) },
  };
}

/**
 * For the identifiers of these sellers that are in `identifiers`, the sellers in scope linked to
 * them, at most `cap` per identifier: rows `{ identifier, accounts, types }`.
 */
export function identifierNeighbours(
  sellers: readonly string[],
  identifiers: readonly string[],
  scope: LinkScope,
  cap: number,
): CypherStatement {
  return {
    text: `UNWIND $sellers AS key
MATCH (:SellerAccount {key: key})-[:${EDGE_PATTERN}]->(t)
WHERE t.key IN $identifiers
WITH DISTINCT t
CALL (t) {
  MATCH (t)<-[e:${EDGE_PATTERN}]-(x:SellerAccount)
  WHERE $all OR x.platform IN $platforms
  WITH x, e LIMIT toInteger($cap)
  RETURN collect(x.key) AS accounts, collect(type(e)) AS types
}
RETURN t.key AS identifier, accounts, types`,
    params: { sellers: [...sellers], identifiers: [...identifiers], cap, ...scopeParams(scope) },
  };
}

/** How many sellers are in scope (for progress): rows `{ n }`. */
export function sellerCount(scope: LinkScope): CypherStatement {
  return scope.all
    ? { text: 'MATCH (s:SellerAccount) RETURN count(s) AS n' }
    : { text: 'MATCH (s:SellerAccount) WHERE s.platform IN $platforms RETURN count(s) AS n', params: scopeParams(scope) };
}
