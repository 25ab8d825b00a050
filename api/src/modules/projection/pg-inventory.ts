import type { EntityManager } from '@mikro-orm/postgresql';
import { compareCodePoints, formatEdgeLine, IDENTIFIER_MODEL, type IdentifierLabel } from '@cloudsword/graph';
import { sellerKey, type IdentifierKind } from '@cloudsword/shared';
import { LEAD_SELLER_KEY_SQL } from '../../database/seller-key-sql.js';
import { textArray } from '../../database/sql-params.js';

// What Neo4j should hold, read from PostgreSQL in the same order and shape as the graph
// inventory (graph/src/projection/graph-inventory.ts), a page at a time. Keyset pages in
// code-point order (COLLATE "C"), so both sides can be merged in constant memory.

const PAGE = 5000;

export async function* pgLeadKeys(em: EntityManager): AsyncGenerator<string> {
  let after = '';
  for (;;) {
    const rows = await em.execute<{ k: string }[]>(
      `select id::text as k from lead where id::text collate "C" > ? order by id::text collate "C" limit ?`,
      [after, PAGE],
    );
    for (const r of rows) yield r.k;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1].k;
  }
}

export async function* pgIdentifierKeys(em: EntityManager, label: IdentifierLabel): AsyncGenerator<string> {
  const kind = (Object.keys(IDENTIFIER_MODEL) as IdentifierKind[]).find((k) => IDENTIFIER_MODEL[k].label === label)!;
  let after = '';
  for (;;) {
    const rows = await em.execute<{ k: string }[]>(
      `select distinct key collate "C" as k from lead_identifier where kind = ? and key collate "C" > ?
       order by 1 limit ?`,
      [kind, after, PAGE],
    );
    for (const r of rows) yield r.k;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1].k;
  }
}

/** Seller→identifier edges with the leads asserting them, one line per edge. */
export async function* pgSellerEdgeLines(em: EntityManager): AsyncGenerator<string> {
  let after = '';
  for (;;) {
    // A page of sellers, then all of their edges.
    const sellers = await em.execute<{ s: string }[]>(
      `select distinct ${LEAD_SELLER_KEY_SQL} collate "C" as s
       from lead l join organisation o on o.id = l.platform_org_id
       where exists (select 1 from lead_identifier i where i.lead_id = l.id)
         and ${LEAD_SELLER_KEY_SQL} collate "C" > ?
       order by 1 limit ?`,
      [after, PAGE],
    );
    if (sellers.length === 0) return;
    const rows = await em.execute<{ platform: string; account: string; kind: IdentifierKind; key: string; leads: string[] }[]>(
      `select o.code as platform, l.seller_account_id as account, i.kind, i.key, array_agg(distinct l.id::text) as leads
       from lead l join organisation o on o.id = l.platform_org_id join lead_identifier i on i.lead_id = l.id
       where ${LEAD_SELLER_KEY_SQL} = any(?::text[])
       group by 1, 2, 3, 4`,
      [textArray(sellers.map((x) => x.s))],
    );
    const lines = rows.map((r) => formatEdgeLine(sellerKey(r.platform, r.account), IDENTIFIER_MODEL[r.kind].relationship, r.key, r.leads));
    // Per seller in seller order, each seller's lines sorted: the graph side's order.
    const order = new Map(sellers.map((x, i) => [x.s, i]));
    const seller = (line: string) => order.get(line.slice(0, line.indexOf('\u001f')))!;
    lines.sort((a, b) => seller(a) - seller(b) || compareCodePoints(a, b));
    yield* lines;
    if (sellers.length < PAGE) return;
    after = sellers[sellers.length - 1].s;
  }
}
