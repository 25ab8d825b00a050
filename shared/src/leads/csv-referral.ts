import type { FieldProblem } from '../errors.js';
import { CSV_COLUMNS } from '../synthetic/csv.js';

// The reading side of the CSV form documented in synthetic/csv.ts: one parsed row (keyed by
// header name) becomes the LeadReferral shape that `validateReferral` checks, so a CSV row,
// a JSON line and a GraphQL input are validated by the same code.

/** Columns a CSV file must have in its header; the others may be left out. */
export const REQUIRED_CSV_COLUMNS: readonly string[] = ['external_id', 'brands', 'infringement_type', 'observed_at', 'seller_account_id'];

const KNOWN_COLUMNS = new Set(CSV_COLUMNS);

/** The outcome of mapping one CSV row: the referral to validate, and any structural problems. */
export interface CsvReferral {
  referral: unknown;
  /** Problems of the CSV form itself (e.g. an address without a role), named by CSV column. */
  problems: FieldProblem[];
}

/**
 * Normalises header names (trimmed, lower case) and checks them: every required column
 * present, no unknown column (a typo would silently drop data), no column twice.
 * Problems name the column, or `(header)`.
 */
export function readCsvHeader(names: readonly string[]): { columns: string[]; problems: FieldProblem[] } {
  const columns = names.map((n) => n.trim().toLowerCase());
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  columns.forEach((name, i) => {
    if (name === '') problems.push({ field: '(header)', reason: `column ${i + 1} has no name` });
    else if (!KNOWN_COLUMNS.has(name)) problems.push({ field: name, reason: `is not a known column; expected some of ${CSV_COLUMNS.join(', ')}` });
    else if (seen.has(name)) problems.push({ field: name, reason: 'appears more than once in the header' });
    seen.add(name);
  });
  for (const required of REQUIRED_CSV_COLUMNS) {
    if (!seen.has(required)) problems.push({ field: required, reason: 'is a required column and is missing from the header' });
  }
  return { columns, problems };
}

/**
 * Maps one parsed CSV row to the LeadReferral shape, exactly as synthetic/csv.ts documents:
 * lists split on '|', `ROLE:text` and `KIND:account` split at the first ':', waybills and
 * evidence at the first two. Empty cells are left out. Values are not trimmed or checked
 * here; `validateReferral` does that and names the JSON field, which {@link csvColumnOf} maps
 * back to the column.
 */
export function csvRowToReferral(row: Record<string, string | undefined>): CsvReferral {
  const problems: FieldProblem[] = [];
  const cell = (column: string): string | undefined => {
    const value = row[column];
    return value === undefined || value === '' ? undefined : value;
  };
  const list = (column: string): string[] | undefined => cell(column)?.split('|');
  const number = (column: string): number | string | undefined => {
    const text = cell(column);
    if (text === undefined) return undefined;
    const n = Number(text.trim());
    // Not a number: pass the text on so that validation reports it against the field.
    return text.trim() !== '' && Number.isFinite(n) ? n : text;
  };
  const pairs = <T>(column: string, shape: string, build: (head: string, tail: string) => T): T[] | undefined =>
    list(column)?.flatMap((item, i) => {
      const at = item.indexOf(':');
      if (at <= 0) {
        problems.push({ field: `${column}[${i}]`, reason: `must be written ${shape}` });
        return [];
      }
      return [build(item.slice(0, at), item.slice(at + 1))];
    });

  const seller = {
    platformAccountId: cell('seller_account_id'),
    shopName: cell('shop_name'),
    registrationName: cell('registration_name'),
    residentIdNumber: cell('resident_id_number'),
  };
  const referral = {
    externalId: cell('external_id'),
    listingUrl: cell('listing_url'),
    listingTitle: cell('listing_title'),
    brands: list('brands'),
    infringementType: cell('infringement_type'),
    riskScore: number('risk_score'),
    observedAt: cell('observed_at'),
    estimatedValueYuan: number('estimated_value_yuan'),
    seller: withoutUndefined(seller),
    phones: list('phones'),
    emails: list('emails'),
    addresses: pairs('addresses', 'ROLE:address, e.g. WAREHOUSE:浙江省金华市义乌市…', (role, text) => ({ role, text })),
    paymentAccounts: pairs('payment_accounts', 'KIND:account, e.g. ALIPAY:13800138000', (kind, account) => ({ kind, account })),
    deviceIds: list('device_ids'),
    ips: list('ips'),
    waybills: pairs('waybills', 'courier:number:sender address', (courier, rest) => {
      const [number, senderAddress] = splitOnce(rest);
      return withoutUndefined({ courier, number, senderAddress: senderAddress || undefined });
    }),
    evidence: pairs('evidence', 'KIND:sha256:description', (kind, rest) => {
      const [sha256, description] = splitOnce(rest);
      return withoutUndefined({ kind, sha256, description: description || undefined });
    }),
    notes: cell('notes'),
  };
  return { referral: withoutUndefined(referral), problems };
}

const FIELD_COLUMNS: Record<string, string> = {
  externalId: 'external_id',
  listingUrl: 'listing_url',
  listingTitle: 'listing_title',
  infringementType: 'infringement_type',
  riskScore: 'risk_score',
  observedAt: 'observed_at',
  estimatedValueYuan: 'estimated_value_yuan',
  seller: 'seller_account_id',
  'seller.platformAccountId': 'seller_account_id',
  'seller.shopName': 'shop_name',
  'seller.registrationName': 'registration_name',
  'seller.residentIdNumber': 'resident_id_number',
  paymentAccounts: 'payment_accounts',
  deviceIds: 'device_ids',
};

/**
 * The CSV column behind a referral field path as `validateReferral` names it:
 * `observedAt` → `observed_at`, `paymentAccounts[1].kind` → `payment_accounts[1].kind`.
 * Item indexes stay 0-based, as in the JSON form. Unknown paths are returned unchanged.
 */
export function csvColumnOf(field: string): string {
  if (FIELD_COLUMNS[field]) return FIELD_COLUMNS[field];
  const root = /^[A-Za-z]+/.exec(field)?.[0] ?? '';
  return FIELD_COLUMNS[root] && root !== 'seller' ? FIELD_COLUMNS[root] + field.slice(root.length) : field;
}

function splitOnce(text: string): [string, string | undefined] {
  const at = text.indexOf(':');
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

function withoutUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
