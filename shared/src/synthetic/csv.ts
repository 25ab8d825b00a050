/*
 * The flat CSV form of a referral, as a platform's spreadsheet export would have it. The bulk
 * importer parses exactly this format.
 *
 * One row per referral, columns in CSV_COLUMNS order, UTF-8, header row with these names:
 *
 *   external_id           text, unique per platform (required)
 *   listing_url           text
 *   listing_title         text
 *   brands                list: brand|brand (required, at least one)
 *   infringement_type     one of InfringementType (COUNTERFEIT, TRADEMARK, …) (required)
 *   risk_score            decimal 0..1
 *   observed_at           ISO 8601 with offset, e.g. 2026-03-14T09:21:05+08:00 (required)
 *   estimated_value_yuan  decimal, yuan
 *   seller_account_id     text (required)
 *   shop_name             text
 *   registration_name     text
 *   resident_id_number    text (as the platform wrote it: may contain spaces, x, full-width)
 *   phones                list: phone|phone
 *   emails                list: email|email
 *   addresses             list of ROLE:text, ROLE one of AddressRole, e.g.
 *                         WAREHOUSE:浙江省金华市义乌市稠城街道工业路8号工业园3栋402|RETURN:…
 *                         (split each item at its FIRST ':'; the text may contain ':' or '：')
 *   payment_accounts      list of KIND:account, KIND one of PaymentKind, e.g.
 *                         ALIPAY:13800138000|BANK_CARD:6222 0212 3456 7890 123
 *                         (split at the first ':'; the account is as the platform wrote it, so it
 *                         may contain spaces or full-width digits; the holder name is not part of
 *                         the CSV form)
 *   device_ids            list: IMEI or IDFA as written
 *   ips                   list
 *   waybills              list of courier:number:sender address, e.g. 中通快递:78xxxxxxxxxxxx:广东省…
 *                         (split at the first two ':'; the sender address may be empty or contain ':')
 *   evidence              list of KIND:sha256:description, KIND one of EvidenceKind
 *                         (split at the first two ':'; the description may be empty or contain ':')
 *   notes                 text
 *
 * Lists are separated by '|' with no spaces around it; an empty cell means none. Values never
 * contain '|' (a '|' in a source value is written as the full-width '｜') nor line breaks (written
 * as a space). Values are not trimmed: spaces around a value are formatting noise the importer
 * must tolerate. Quoting of commas and quotes is the CSV writer's job, per RFC 4180.
 */
import type { GeneratedLead } from './types.js';

/** The CSV header, in column order. */
export const CSV_COLUMNS: readonly string[] = [
  'external_id',
  'listing_url',
  'listing_title',
  'brands',
  'infringement_type',
  'risk_score',
  'observed_at',
  'estimated_value_yuan',
  'seller_account_id',
  'shop_name',
  'registration_name',
  'resident_id_number',
  'phones',
  'emails',
  'addresses',
  'payment_accounts',
  'device_ids',
  'ips',
  'waybills',
  'evidence',
  'notes',
];

function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  return String(value).replace(/\|/g, '｜').replace(/[\r\n]+/g, ' ');
}

function list(values: readonly string[] | undefined): string {
  return (values ?? []).map(cell).join('|');
}

/** The referral of `lead` as one CSV row, keyed by the names in {@link CSV_COLUMNS}. */
export function toCsvRow(lead: GeneratedLead): Record<string, string> {
  const r = lead.referral;
  return {
    external_id: cell(r.externalId),
    listing_url: cell(r.listingUrl),
    listing_title: cell(r.listingTitle),
    brands: list(r.brands),
    infringement_type: cell(r.infringementType),
    risk_score: cell(r.riskScore),
    observed_at: cell(r.observedAt),
    estimated_value_yuan: cell(r.estimatedValueYuan),
    seller_account_id: cell(r.seller.platformAccountId),
    shop_name: cell(r.seller.shopName),
    registration_name: cell(r.seller.registrationName),
    resident_id_number: cell(r.seller.residentIdNumber),
    phones: list(r.phones),
    emails: list(r.emails),
    addresses: list(r.addresses?.map((a) => `${a.role}:${a.text}`)),
    payment_accounts: list(r.paymentAccounts?.map((p) => `${p.kind}:${p.account}`)),
    device_ids: list(r.deviceIds),
    ips: list(r.ips),
    waybills: list(r.waybills?.map((w) => `${w.courier}:${w.number}:${w.senderAddress ?? ''}`)),
    evidence: list(r.evidence?.map((e) => `${e.kind}:${e.sha256}:${e.description ?? ''}`)),
    notes: cell(r.notes),
  };
}
