import type { AccountLink } from '../analytics/index.js';
import type { GraphExecutor } from '../neo4j/executor.js';
import {
  accountLinksPage,
  identifierNeighbours,
  platformKeyRange,
  sellerCount,
  sellerLinks,
  sellersOfLeads,
  type LinkScope,
} from '../queries/account-links.js';
import { identifierKindOfEdge, linkKindOf } from './link-kinds.js';

/**
 * Sellers per page of the full read. Measured over 200,000 accounts (2.9 M relationships; Neo4j
 * 5.26 with 2 GiB heap and page cache, two shared cores): the whole read took 6.0 s with pages of
 * 1,000, 4.9 s with 2,000, 5.0–5.5 s with 5,000 and 5.5 s with 20,000. The time is Neo4j's
 * expansion (Node spends ~1.5 s of it decoding), so beyond ~2,000 the size hardly matters; 5,000
 * keeps each result well under a megabyte. Two ranges read concurrently were no faster.
 */
export const DEFAULT_LINK_PAGE_SIZE = 5_000;

/** The links of one page of sellers, compactly: `targets[offsets[i] .. offsets[i+1])` are seller i's. */
export interface LinkPage {
  sellers: string[];
  offsets: Int32Array;
  targets: string[];
  /** Link kind of each target (see linkKindOf). */
  kinds: string[];
}

export interface ReadLinksProgress {
  sellers: number;
  links: number;
  /** Sellers in scope when the read started (for a percentage). */
  total: number;
}

/**
 * Reads every seller→identifier link in scope, page by page (keyset on the seller key, one
 * platform's key range after another), fetching the next page while the caller handles the
 * current one. Only identifiers shared by at least two sellers are returned.
 */
export async function* readLinkPages(
  executor: GraphExecutor,
  scope: LinkScope,
  options: { pageSize?: number; onProgress?: (progress: ReadLinksProgress) => void } = {},
): AsyncGenerator<LinkPage> {
  const pageSize = options.pageSize ?? DEFAULT_LINK_PAGE_SIZE;
  const total = Number((await executor.read<{ n: number }>(sellerCount(scope))).records[0]?.get('n') ?? 0);
  const ranges = scope.all ? [{ after: '', before: null }] : [...new Set(scope.platforms)].sort().map(platformKeyRange);
  const progress: ReadLinksProgress = { sellers: 0, links: 0, total };
  for (const range of ranges) {
    const fetch = (after: string) => {
      const page = readPage(executor, after, range.before, pageSize);
      page.catch(() => undefined); // awaited below; this only keeps an abandoned prefetch quiet
      return page;
    };
    let pending: Promise<LinkPage> | null = fetch(range.after);
    while (pending !== null) {
      const page: LinkPage = await pending;
      pending = page.sellers.length === pageSize ? fetch(maxKey(page.sellers)) : null;
      progress.sellers += page.sellers.length;
      progress.links += page.targets.length;
      options.onProgress?.(progress);
      yield page;
    }
  }
}

/** The links of pages as AccountLink objects, one at a time (what computeRings iterates). */
export function* linksOfPages(pages: Iterable<LinkPage>): Generator<AccountLink> {
  for (const page of pages) {
    for (let i = 0; i < page.sellers.length; i++) {
      const account = page.sellers[i];
      for (let k = page.offsets[i]; k < page.offsets[i + 1]; k++) {
        yield { account, kind: page.kinds[k], identifier: page.targets[k] };
      }
    }
  }
}

async function readPage(executor: GraphExecutor, after: string, before: string | null, limit: number): Promise<LinkPage> {
  type Row = { seller: string; targets: string[]; types: string[] };
  const result = await executor.read<Row>(accountLinksPage({ after, before, limit }));
  const sellers: string[] = [];
  const offsets = new Int32Array(result.records.length + 1);
  const targets: string[] = [];
  const kinds: string[] = [];
  result.records.forEach((record, i) => {
    sellers.push(record.get('seller'));
    const rowTargets = record.get('targets');
    const rowTypes = record.get('types');
    for (let k = 0; k < rowTargets.length; k++) {
      const kind = identifierKindOfEdge(rowTypes[k]);
      if (kind === undefined) continue;
      targets.push(rowTargets[k]);
      kinds.push(linkKindOf(kind, rowTargets[k]));
    }
    offsets[i + 1] = targets.length;
  });
  return { sellers, offsets, targets, kinds };
}

// Neo4j returns the page in key order, but a page is only trusted for its largest key.
function maxKey(keys: readonly string[]): string {
  let max = keys[0];
  for (const key of keys) if (key > max) max = key;
  return max;
}

/** The sellers in scope that these leads refer to. */
export async function readSellersOfLeads(executor: GraphExecutor, leadIds: readonly string[], scope: LinkScope): Promise<string[]> {
  if (leadIds.length === 0) return [];
  const result = await executor.read<{ seller: string }>(sellersOfLeads(leadIds, scope));
  return result.records.map((r) => r.get('seller'));
}

/** A link with the identifier's degree among the sellers in scope (capped), and the leads on the edge if asked. */
export interface DegreeLink extends AccountLink {
  degree: number;
  leads?: string[];
}

/** The links of these sellers to shared identifiers, each with its capped degree in scope. */
export async function readSellerLinks(
  executor: GraphExecutor,
  sellers: readonly string[],
  scope: LinkScope,
  degreeCap: number,
  options: { withLeads?: boolean; batchSize?: number } = {},
): Promise<DegreeLink[]> {
  type Row = { identifier: string; accounts: string[]; types: string[]; degree: number; leads?: (string[] | null)[] };
  const batchSize = options.batchSize ?? 2_000;
  const links: DegreeLink[] = [];
  for (let start = 0; start < sellers.length; start += batchSize) {
    const result = await executor.read<Row>(sellerLinks(sellers.slice(start, start + batchSize), scope, degreeCap, options.withLeads));
    for (const record of result.records) {
      const identifier = record.get('identifier');
      const types = record.get('types');
      const degree = Number(record.get('degree'));
      const leads = options.withLeads ? record.get('leads') : undefined;
      record.get('accounts').forEach((account, k) => {
        const kind = identifierKindOfEdge(types[k]);
        if (kind === undefined) return;
        const link: DegreeLink = { account, kind: linkKindOf(kind, identifier), identifier, degree };
        if (leads) link.leads = leads[k] ?? [];
        links.push(link);
      });
    }
  }
  return links;
}

/** The sellers in scope linked to these identifiers of these sellers, at most `cap` per identifier. */
export async function readIdentifierNeighbours(
  executor: GraphExecutor,
  sellers: readonly string[],
  identifiers: readonly string[],
  scope: LinkScope,
  cap: number,
): Promise<AccountLink[]> {
  if (sellers.length === 0 || identifiers.length === 0) return [];
  type Row = { identifier: string; accounts: string[]; types: string[] };
  const result = await executor.read<Row>(identifierNeighbours(sellers, identifiers, scope, cap));
  const links: AccountLink[] = [];
  for (const record of result.records) {
    const identifier = record.get('identifier');
    const types = record.get('types');
    record.get('accounts').forEach((account, k) => {
      const kind = identifierKindOfEdge(types[k]);
      if (kind !== undefined) links.push({ account, kind: linkKindOf(kind, identifier), identifier });
    });
  }
  return links;
}
