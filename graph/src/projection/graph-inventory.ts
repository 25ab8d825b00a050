import type { CypherStatement, GraphExecutor } from '../neo4j/executor.js';
import { identifierKeysPage, leadKeysPage, sellerEdgesPage, type PageArgs } from '../queries/inventory.js';
import type { IdentifierLabel } from './identifier-model.js';
import { compareCodePoints } from './sorted-streams.js';

// Reads what Neo4j holds, for the consistency check against PostgreSQL: Lead keys, identifier
// keys per label and seller→identifier edges, each as an ascending stream of strings in code
// point order (PostgreSQL: ORDER BY … COLLATE "C"), fetched one page at a time.

export const DEFAULT_INVENTORY_PAGE_SIZE = 5_000;

/**
 * Separates the fields of an edge line. It sorts below every character of a key, so ordering
 * lines as strings orders edges by (seller, type, identifier), the order pages are read in;
 * with '|' the seller `taobao:1234` would sort before `taobao:123`.
 */
export const EDGE_LINE_SEPARATOR = '\u001f';

export interface InventoryPage {
  items: string[];
  /** The `after` of the next page, or null when this was the last one. */
  next: string | null;
}

/**
 * `<sellerKey>␟<edgeType>␟<identifierKey>␟<lead ids sorted, comma-separated>`: one line per
 * seller→identifier edge. The PostgreSQL side must build its lines with this same function.
 */
export function formatEdgeLine(sellerKey: string, edgeType: string, identifierKey: string, leads: readonly string[]): string {
  return [sellerKey, edgeType, identifierKey, [...leads].sort(compareCodePoints).join(',')].join(EDGE_LINE_SEPARATOR);
}

/** One page of Lead keys after `after`. */
export async function readLeadKeyPage(executor: GraphExecutor, args: PageArgs): Promise<InventoryPage> {
  return readKeyPage(executor, leadKeysPage(args), args.limit);
}

/** One page of identifier keys of `label` after `after`. */
export async function readIdentifierKeyPage(executor: GraphExecutor, label: IdentifierLabel, args: PageArgs): Promise<InventoryPage> {
  return readKeyPage(executor, identifierKeysPage(label, args), args.limit);
}

/** The edge lines of the next `limit` sellers after the seller key `after`. */
export async function readSellerEdgePage(executor: GraphExecutor, args: PageArgs): Promise<InventoryPage> {
  type Row = { seller: string; edges: { type: string; target: string; leads: string[] | null }[] };
  const result = await executor.read<Row>(sellerEdgesPage(args));
  const items: string[] = [];
  for (const record of result.records) {
    const seller = record.get('seller');
    const lines = record.get('edges').map((e) => formatEdgeLine(seller, e.type, e.target, e.leads ?? []));
    items.push(...lines.sort(compareCodePoints));
  }
  const last = result.records.at(-1)?.get('seller');
  return { items, next: result.records.length === args.limit && last !== undefined ? last : null };
}

export interface InventoryStreamOptions {
  pageSize?: number;
  /** Start after this key (a seller key for edge lines); '' (the default) starts at the beginning. */
  after?: string;
}

/** All Lead keys, ascending, fetched a page at a time. */
export function leadKeys(executor: GraphExecutor, options: InventoryStreamOptions = {}): AsyncIterable<string> {
  return paged((args) => readLeadKeyPage(executor, args), options);
}

/** All identifier keys of one label, ascending, fetched a page at a time. */
export function identifierKeys(executor: GraphExecutor, label: IdentifierLabel, options: InventoryStreamOptions = {}): AsyncIterable<string> {
  return paged((args) => readIdentifierKeyPage(executor, label, args), options);
}

/** All seller→identifier edge lines ({@link formatEdgeLine}), ascending, a page of sellers at a time. */
export function sellerEdgeLines(executor: GraphExecutor, options: InventoryStreamOptions = {}): AsyncIterable<string> {
  return paged((args) => readSellerEdgePage(executor, args), options);
}

async function readKeyPage(executor: GraphExecutor, statement: CypherStatement, limit: number): Promise<InventoryPage> {
  const result = await executor.read<{ key: string }>(statement);
  const items = result.records.map((record) => record.get('key'));
  return { items, next: items.length === limit ? items[items.length - 1] : null };
}

async function* paged(
  read: (args: PageArgs) => Promise<InventoryPage>,
  { pageSize = DEFAULT_INVENTORY_PAGE_SIZE, after: start = '' }: InventoryStreamOptions,
): AsyncGenerator<string, void> {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a positive integer, got ${pageSize}`);
  let after: string | null = start;
  while (after !== null) {
    const page: InventoryPage = await read({ after, limit: pageSize });
    yield* page.items;
    after = page.next;
  }
}
