import type { EntityManager } from '@mikro-orm/postgresql';
import { LeadStatus, parseSellerKey } from '@cloudsword/shared';
import { textArray } from '../../database/sql-params.js';
import { LEAD_SELLER_KEY_SQL } from '../../database/seller-key-sql.js';

/** A record that makes a seller account a known infringer. */
export interface KnownInfringer {
  /** SellerAccount graph key, `<platform code>:<account id>`. */
  sellerKey: string;
  /** What kind of record it is; cases will add `CASE`. */
  source: 'LEAD';
  id: string;
  /** What the holders call it (a lead's external id). */
  label: string;
  status: string;
  /** Organisations holding the record (for a lead: the agencies it is routed to), who decide who may be told more. */
  holderOrgIds: string[];
}

/**
 * Where "already confirmed or actioned" comes from. Leads today (an agency set
 * CONFIRMED_COUNTERFEIT or ACTIONED with `setLeadStatus`); cases and rings plug in later
 * behind the same interface.
 */
export interface KnownInfringerSource {
  /** Whether any known infringer exists at all: when none does, new leads need no graph search. */
  anyKnown(em: EntityManager): Promise<boolean>;
  knownInfringers(em: EntityManager, sellerKeys: readonly string[]): Promise<KnownInfringer[]>;
}

const KNOWN_STATUSES = [LeadStatus.CONFIRMED_COUNTERFEIT, LeadStatus.ACTIONED];

/** Known infringers from leads whose status an agency has set to confirmed or actioned. */
export class LeadKnownInfringerSource implements KnownInfringerSource {
  async anyKnown(em: EntityManager): Promise<boolean> {
    const rows = await em.execute<{ any: boolean }[]>(`select exists (select 1 from lead where status = any(?::text[])) as any`, [textArray(KNOWN_STATUSES)]);
    return rows[0].any;
  }

  async knownInfringers(em: EntityManager, sellerKeys: readonly string[]): Promise<KnownInfringer[]> {
    const pairs = [...new Set(sellerKeys)].map(splitSellerKey).filter((p): p is [string, string] => p !== null);
    if (pairs.length === 0) return [];
    // (platform_org_id, seller_account_id) is indexed; the platform is found by its code.
    const rows = await em.execute<{ seller_key: string; id: string; external_id: string; status: string; holders: string[] }[]>(
      `select ${LEAD_SELLER_KEY_SQL} as seller_key, l.id, l.external_id, l.status,
              coalesce(array_agg(g.grantee_org_id::text) filter (where g.grantee_org_id is not null), '{}') as holders
       from unnest(?::text[], ?::text[]) as k(code, account)
       join organisation o on o.code = k.code
       join lead l on l.platform_org_id = o.id and l.seller_account_id = k.account
       left join access_grant g on g.object_kind = 'LEAD' and g.object_id = l.id and g.revoked_at is null
       where l.status = any(?::text[])
       group by o.code, l.seller_account_id, l.id, l.external_id, l.status`,
      [textArray(pairs.map((p) => p[0])), textArray(pairs.map((p) => p[1])), textArray(KNOWN_STATUSES)],
    );
    return rows.map((r) => ({ sellerKey: r.seller_key, source: 'LEAD', id: r.id, label: r.external_id, status: r.status, holderOrgIds: r.holders }));
  }
}

/** A seller key's two parts when both are present. */
function splitSellerKey(key: string): [string, string] | null {
  const parts = parseSellerKey(key);
  return parts && parts.platformCode !== '' && parts.accountId !== '' ? [parts.platformCode, parts.accountId] : null;
}
