import type { EntityManager } from '@mikro-orm/postgresql';
import { identifierKey, IdentifierKind, nameKey, normalizeAddress, normalizeResidentId, searchIdentifierKeys } from '@cloudsword/shared';
import { leadScopeSql, type AccessService } from '../access/index.js';
import type { Viewer } from '../../auth/viewer.js';
import { AppError } from '../../errors/app-error.js';
import { textArray } from '../../database/sql-params.js';
import { IdentifierMatchKind, type GraphEntityKind, type IdentifierMatch } from './exploration.types.js';
import { requireIntInRange } from '../../errors/input-checks.js';
import { residentIdHasher } from '../leads/resident-id-hash.js';
import { LEAD_SELLER_KEY_SQL } from '../../database/seller-key-sql.js';

export const MAX_SEARCH_RESULTS = 50;
// Two pinyin letters match half the country; a name prefix needs a few more.
const MIN_NAME_KEY = 3;

interface MatchRow {
  kind: string;
  key: string;
  display: string | null;
  lead_count: number;
}

/**
 * Identifier search over the viewer's own leads (DESIGN.md invariant 6): exact matches of any
 * identifier after normalisation, addresses on the same street, sellers by pinyin name prefix.
 * Everything is counted inside the lead scope, so nothing says how many others exist.
 */
export class IdentifierSearchService {
  constructor(
    private readonly identityHashSecret: string,
    private readonly access: AccessService,
  ) {}

  async search(em: EntityManager, viewer: Viewer, query: string, first = 20): Promise<IdentifierMatch[]> {
    requireIntInRange('first', first, 1, MAX_SEARCH_RESULTS);
    const text = query.trim();
    if (text.length === 0 || text.length > 300) {
      throw AppError.badInput('query must be 1 to 300 characters', [{ field: 'query', reason: 'must be 1 to 300 characters' }]);
    }
    const inScope = leadScopeSql(await this.access.leadAudience(em, viewer));

    const results: IdentifierMatch[] = [];
    const add = (rows: MatchRow[], match: IdentifierMatchKind) => {
      for (const r of rows) {
        if (results.some((m) => m.id === r.key)) continue;
        results.push({ id: r.key, kind: r.kind as GraphEntityKind, display: r.display, match, leadCount: Number(r.lead_count) });
      }
    };

    const keys = this.exactKeys(text);
    if (keys.length > 0) {
      add(
        await em.execute<MatchRow[]>(
          `select i.kind, i.key, min(i.display) as display, count(distinct i.lead_id)::int as lead_count
           from lead_identifier i join lead l on l.id = i.lead_id
           where i.key = any(?::text[]) and (${inScope.sql})
           group by i.kind, i.key order by lead_count desc, i.key limit ?`,
          [textArray(keys), ...inScope.params, first],
        ),
        IdentifierMatchKind.EXACT,
      );
    }
    const seller = /^([^:\s]+):(\S.*)$/.exec(text);
    if (seller) {
      add(
        await em.execute<MatchRow[]>(
          `select 'SELLER_ACCOUNT' as kind, ${LEAD_SELLER_KEY_SQL} as key,
                  (array_agg(coalesce(l.shop_name, l.seller_account_id) order by l.observed_at desc))[1] as display,
                  count(*)::int as lead_count
           from lead l join organisation o on o.id = l.platform_org_id
           where o.code = ? and l.seller_account_id = ? and (${inScope.sql})
           group by o.code, l.seller_account_id`,
          [seller[1], seller[2], ...inScope.params],
        ),
        IdentifierMatchKind.EXACT,
      );
    }
    const street = streetPrefix(text);
    if (street) {
      add(
        await em.execute<MatchRow[]>(
          `select i.kind, i.key, min(i.display) as display, count(distinct i.lead_id)::int as lead_count
           from lead_identifier i join lead l on l.id = i.lead_id
           where i.kind = 'ADDRESS' and (i.key = ? or i.key like ?) and (${inScope.sql})
           group by i.kind, i.key order by lead_count desc, i.key limit ?`,
          [street, `${escapeLike(street)}|%`, ...inScope.params, first],
        ),
        IdentifierMatchKind.SAME_STREET,
      );
    }
    const name = /\p{L}/u.test(text) ? nameKey(text) : '';
    if (name.length >= MIN_NAME_KEY) {
      add(
        await em.execute<MatchRow[]>(
          `select 'SELLER_ACCOUNT' as kind, ${LEAD_SELLER_KEY_SQL} as key,
                  (array_agg(coalesce(l.shop_name, l.registration_name, l.seller_account_id) order by l.observed_at desc))[1] as display,
                  count(distinct l.id)::int as lead_count
           from lead_name_key n join lead l on l.id = n.lead_id join organisation o on o.id = l.platform_org_id
           where n.name_key like ? and (${inScope.sql})
           group by o.code, l.seller_account_id order by lead_count desc, key limit ?`,
          [`${escapeLike(name)}%`, ...inScope.params, first],
        ),
        IdentifierMatchKind.SIMILAR_NAME,
      );
    }
    return results.slice(0, first);
  }

  /** Every identifier key the text may mean: `searchIdentifierKeys`, plus a resident ID's keyed hash. */
  private exactKeys(text: string): string[] {
    const keys = searchIdentifierKeys(text);
    const resident = normalizeResidentId(text);
    if (resident.ok) {
      const hash = residentIdHasher(this.identityHashSecret)(resident.value.canonical);
      keys.push(identifierKey(IdentifierKind.RESIDENT_ID, hash));
    }
    return keys;
  }
}

/** `ADDRESS:<district>|<street>` for an address that names a street: the key prefix of every door on it. */
function streetPrefix(text: string): string | null {
  if (!/[省市区县镇乡街道路号]/.test(text)) return null;
  const address = normalizeAddress(text);
  if (!address.ok || !address.value.street) return null;
  const [unit, street] = address.value.key.split('|');
  return identifierKey(IdentifierKind.ADDRESS, `${unit}|${street}`);
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
