import type { EntityManager } from '@mikro-orm/postgresql';
import { leadScopeSql, type AccessService } from '../access/index.js';
import type { Viewer } from '../../auth/viewer.js';
import { AppError } from '../../errors/app-error.js';
import { textArray } from '../../database/sql-params.js';
import { LocationLevel, type BaseAddress, type BaseStreet, type ManufacturingBase, type ManufacturingBaseFilter } from './bases.types.js';
import { requireIntInRange } from '../../errors/input-checks.js';

export const MAX_BASES = 100;
const STREETS_PER_BASE = 5;
const EVIDENCE_PER_BASE = 5;

// Where goods are made or sent from; RETURN and REGISTERED addresses say nothing about that.
const ORIGIN_ROWS = `i.kind = 'ADDRESS' and i.role in ('SHIPPING_ORIGIN','WAREHOUSE','WAYBILL_SENDER')`;

interface RankedRow {
  cluster: string;
  rings: number;
  sellers: number;
  leads: number;
  brands: number;
}

interface DetailRow {
  cluster: string;
  province_code: string | null;
  city_code: string | null;
  streets: { street: string; rings: number; sellers: number; leads: number; brands: number }[] | null;
  addresses: { key: string; display: string; street: string | null; sellers: number; leads: number }[] | null;
  leads: { id: string; external_id: string }[] | null;
}

/**
 * Offline manufacturing bases: places that shipping-origin, warehouse and waybill-sender
 * addresses of the viewer's leads point to, ranked by the seller accounts, then leads, behind
 * them. Computed in PostgreSQL inside the viewer's lead scope, so every count is a count of
 * leads the viewer may see (DESIGN.md invariant 6), ranked by rings, sellers, leads, brands.
 */
export class BasesService {
  constructor(private readonly access: AccessService) {}

  async manufacturingBases(em: EntityManager, viewer: Viewer, filter: ManufacturingBaseFilter = {}, first = 20): Promise<ManufacturingBase[]> {
    requireIntInRange('first', first, 1, MAX_BASES);
    for (const field of ['provinceCode', 'cityCode'] as const) {
      const code = filter[field];
      if (code != null && !/^\d{6}$/.test(code)) throw AppError.badInput(`${field} must be six digits`, [{ field, reason: 'must be a six-digit GB/T 2260 code' }]);
    }
    if (filter.ringId != null && !/^[0-9a-f-]{36}$/i.test(filter.ringId)) throw AppError.badInput('ringId is not a ring id', [{ field: 'ringId', reason: 'is not a ring id' }]);
    const minSellers = filter.minSellers ?? 2;
    if (!Number.isInteger(minSellers) || minSellers < 1) throw AppError.badInput('minSellers must be at least 1', [{ field: 'minSellers', reason: 'must be at least 1' }]);
    const inScope = withRing(leadScopeSql(await this.access.leadAudience(em, viewer)), filter.ringId ?? null);

    // Rings are the active rings (ring_member) that a seller the viewer may see belongs to:
    // the same rule as the rings list, which shows a ring to whoever sees one of its members.
    const ranked = await em.execute<RankedRow[]>(
      `select o.cluster, count(distinct rm.ring_id)::int as rings, count(distinct (o.platform_org_id, o.seller_account_id))::int as sellers,
              count(distinct o.lead_id)::int as leads, count(distinct lower(b.brand))::int as brands
       from (select i.detail->>'clusterCode' as cluster, i.lead_id, l.platform_org_id, l.seller_account_id, l.brands, po.code as platform_code
             from lead_identifier i join lead l on l.id = i.lead_id join organisation po on po.id = l.platform_org_id
             where ${ORIGIN_ROWS} and i.detail->>'clusterCode' is not null
               and (?::text is null or i.detail->>'provinceCode' = ?) and (?::text is null or i.detail->>'cityCode' = ?)
               and (${inScope.sql})) o
       left join lateral unnest(o.brands) as b(brand) on true
       left join ring_member rm on rm.platform_code = o.platform_code and rm.account_id = o.seller_account_id
       group by o.cluster
       having count(distinct (o.platform_org_id, o.seller_account_id)) >= ?
       order by rings desc, sellers desc, leads desc, brands desc, o.cluster
       limit ?`,
      [filter.provinceCode ?? null, filter.provinceCode ?? null, filter.cityCode ?? null, filter.cityCode ?? null, ...inScope.params, minSellers, first],
    );
    if (ranked.length === 0) return [];
    const details = await this.details(em, ranked.map((r) => r.cluster), inScope);
    const byCluster = new Map(details.map((d) => [d.cluster, d]));
    return ranked.map((r) => toBase(r, byCluster.get(r.cluster)));
  }

  /** Streets, brands and evidence of the ranked clusters, in one statement. */
  private details(em: EntityManager, clusters: string[], inScope: { sql: string; params: unknown[] }): Promise<DetailRow[]> {
    return em.execute<DetailRow[]>(
      `with origin as materialized (
         select i.detail->>'clusterCode' as cluster, i.detail->>'street' as street, i.key, i.display,
                i.detail->>'provinceCode' as province_code, i.detail->>'cityCode' as city_code,
                i.lead_id, l.platform_org_id, l.seller_account_id, l.brands, l.external_id, l.observed_at, po.code as platform_code
         from lead_identifier i join lead l on l.id = i.lead_id join organisation po on po.id = l.platform_org_id
         where ${ORIGIN_ROWS} and i.detail->>'clusterCode' = any(?::text[]) and (${inScope.sql})
       )
       select c.cluster,
         (select min(o.province_code) from origin o where o.cluster = c.cluster) as province_code,
         (select min(o.city_code) from origin o where o.cluster = c.cluster) as city_code,
         (select jsonb_agg(s) from (
            select o.street, count(distinct rm.ring_id)::int as rings, count(distinct (o.platform_org_id, o.seller_account_id))::int as sellers,
                   count(distinct o.lead_id)::int as leads,
                   (select count(distinct lower(b))::int from origin o2, unnest(o2.brands) b where o2.cluster = c.cluster and o2.street = o.street) as brands
            from origin o left join ring_member rm on rm.platform_code = o.platform_code and rm.account_id = o.seller_account_id
            where o.cluster = c.cluster and o.street is not null
            group by o.street order by rings desc, sellers desc, leads desc, o.street limit ${STREETS_PER_BASE}) s) as streets,
         (select jsonb_agg(a) from (
            select o.key, min(o.display) as display, min(o.street) as street,
                   count(distinct (o.platform_org_id, o.seller_account_id))::int as sellers, count(distinct o.lead_id)::int as leads
            from origin o where o.cluster = c.cluster
            group by o.key order by leads desc, sellers desc, o.key limit ${EVIDENCE_PER_BASE}) a) as addresses,
         (select jsonb_agg(jsonb_build_object('id', y.lead_id, 'external_id', y.external_id) order by y.observed_at desc, y.lead_id) from (
            select distinct o.lead_id, o.external_id, o.observed_at from origin o where o.cluster = c.cluster
            order by o.observed_at desc, o.lead_id limit ${EVIDENCE_PER_BASE}) y) as leads
       from unnest(?::text[]) as c(cluster)`,
      [textArray(clusters), ...inScope.params, textArray(clusters)],
    );
  }
}

/** The scope predicate, narrowed to the sellers of one ring when asked (the lead scope still applies). */
function withRing(scope: { sql: string; params: unknown[] }, ringId: string | null): { sql: string; params: unknown[] } {
  if (ringId === null) return scope;
  return {
    sql: `(${scope.sql}) and exists (select 1 from ring_member rf where rf.ring_id = ?::uuid and rf.platform_code = po.code and rf.account_id = l.seller_account_id)`,
    params: [...scope.params, ringId],
  };
}

function toBase(rank: RankedRow, detail: DetailRow | undefined): ManufacturingBase {
  const addresses: BaseAddress[] = (detail?.addresses ?? []).map((a) => ({ id: a.key, display: a.display, sellerCount: a.sellers, leadCount: a.leads }));
  const streets: BaseStreet[] = (detail?.streets ?? []).map((s) => ({ street: s.street, ringCount: s.rings, sellerCount: s.sellers, leadCount: s.leads, brandCount: s.brands }));
  const top = detail?.addresses?.[0];
  return {
    id: rank.cluster,
    level: levelOf(rank.cluster),
    // An address is shown as its division names followed by its street: the names are the place.
    name: top ? (top.street && top.display.endsWith(top.street) ? top.display.slice(0, -top.street.length) : top.display) : null,
    provinceCode: detail?.province_code ?? null,
    cityCode: detail?.city_code ?? null,
    ringCount: rank.rings,
    sellerCount: rank.sellers,
    leadCount: rank.leads,
    brandCount: rank.brands,
    streets,
    evidence: { addresses, leads: (detail?.leads ?? []).map((l) => ({ id: l.id, externalId: l.external_id })) },
  };
}

/** Township codes have nine digits; six-digit codes end in 00 (city) or 0000 (province) above district level. */
function levelOf(cluster: string): LocationLevel {
  if (cluster.length > 6) return LocationLevel.TOWNSHIP;
  if (cluster.endsWith('0000')) return LocationLevel.PROVINCE;
  if (cluster.endsWith('00')) return LocationLevel.CITY;
  return LocationLevel.DISTRICT;
}
