import type { EntityManager } from '@mikro-orm/postgresql';
import {
  entityStatement,
  expansionStatement,
  IDENTIFIER_MODEL,
  type ExpansionRow,
  type FrontierNode,
  type GraphExecutor,
  type GraphVisibility,
} from '@cloudsword/graph';
import { leadScopeSql, type Audience } from '../access/index.js';
import { uuidArray } from '../../database/sql-params.js';
import { isUuid } from '../../pagination/opaque-cursor.js';
import { AppError } from '../../errors/app-error.js';
import { GraphEntityKind, GraphEntityView, type GraphEdge, type GraphNode } from './exploration.types.js';
import { LEAD_SELLER_KEY_SQL } from '../../database/seller-key-sql.js';

const KIND_BY_LABEL = new Map<string, GraphEntityKind>([
  ['SellerAccount', GraphEntityKind.SELLER_ACCOUNT],
  ...Object.entries(IDENTIFIER_MODEL).map(([kind, model]) => [model.label, kind as GraphEntityKind] as const),
]);

export function kindOfLabel(label: string): GraphEntityKind {
  const kind = KIND_BY_LABEL.get(label);
  if (!kind) throw new Error(`no entity kind for label ${label}`);
  return kind;
}

/** The entity with this graph key, if the viewer may see it; NOT_FOUND otherwise (never FORBIDDEN: that would confirm it exists). */
export async function resolveEntity(graph: GraphExecutor, visibility: GraphVisibility, key: string): Promise<GraphEntityView> {
  if (key.length === 0 || key.length > 500) throw AppError.notFound('Entity');
  const result = await graph.read<{ key: string; label: string; display: string | null }>(entityStatement(key, visibility));
  const row = result.records[0]?.toObject();
  if (!row) throw AppError.notFound('Entity');
  return Object.assign(new GraphEntityView(), { id: row.key, label: row.label, kind: kindOfLabel(row.label), display: row.display });
}

/** One visible hop out of `frontier`, never to a key in `exclude`. */
export async function expandFrontier(
  graph: GraphExecutor,
  visibility: GraphVisibility,
  frontier: FrontierNode[],
  exclude: string[],
  perNode: number,
  limit: number,
): Promise<ExpansionRow[]> {
  if (frontier.length === 0) return [];
  const result = await graph.read<ExpansionRow & Record<string, unknown>>(expansionStatement(frontier, visibility, { exclude, perNode, limit }));
  return result.records.map((r) => r.toObject() as ExpansionRow);
}

export function toGraphEdge(row: ExpansionRow): GraphEdge {
  return {
    source: row.source,
    target: row.target,
    type: row.type,
    leadIds: row.leadIds,
    leadCount: row.leadCount,
    firstSeen: row.firstSeen ? new Date(row.firstSeen) : null,
    lastSeen: row.lastSeen ? new Date(row.lastSeen) : null,
  };
}

/**
 * Sellers are shown by the shop name of the newest lead behind them that the viewer may see
 * (the graph keeps the newest of all leads, which may not be theirs); else the account id.
 */
export async function showSellers(em: EntityManager, audience: Audience, nodes: GraphNode[], edges: { source: string; leadIds: string[] }[]): Promise<void> {
  const sellers = nodes.filter((n) => n.kind === GraphEntityKind.SELLER_ACCOUNT);
  if (sellers.length === 0) return;
  const sellerKeys = new Set(sellers.map((s) => s.id));
  const leadIds = [...new Set(edges.filter((e) => sellerKeys.has(e.source)).flatMap((e) => e.leadIds))];
  const names = new Map<string, string>();
  if (leadIds.length > 0) {
    const predicate = leadScopeSql(audience);
    const rows = await em.execute<{ seller: string; shop_name: string }[]>(
      `select distinct on (o.code, l.seller_account_id) ${LEAD_SELLER_KEY_SQL} as seller, l.shop_name
       from lead l join organisation o on o.id = l.platform_org_id
       where l.id = any(?::uuid[]) and l.shop_name is not null and (${predicate.sql})
       order by o.code, l.seller_account_id, l.observed_at desc`,
      [uuidArray(leadIds), ...predicate.params],
    );
    for (const row of rows) names.set(row.seller, row.shop_name);
  }
  for (const seller of sellers) seller.display = names.get(seller.id) ?? seller.display;
}

/** Lead ids → external ids, keeping only leads in the viewer's scope (the graph said so too; this is the system of record). */
export async function externalIds(em: EntityManager, audience: Audience, leadIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(leadIds)].filter(isUuid);
  if (ids.length === 0) return new Map();
  const predicate = leadScopeSql(audience);
  const rows = await em.execute<{ id: string; external_id: string }[]>(
    `select l.id, l.external_id from lead l where l.id = any(?::uuid[]) and (${predicate.sql})`,
    [uuidArray(ids), ...predicate.params],
  );
  return new Map(rows.map((r) => [r.id, r.external_id]));
}
