import { AddressRole, IdentifierKind, PaymentKind } from '../enums.js';
import type { FieldProblem } from '../errors.js';
import { normalizeAddress, type NormalizedAddress } from '../normalize/index.js';
import { addressValue, normalizeIdentifier, type IdentifierQualifier } from './identifier-value.js';
import { FieldReader, isRecord } from './field-checks.js';

/** One normalised identifier a lead asserts, ready for `lead_identifier` and the graph. */
export interface NormalizedIdentifier {
  kind: IdentifierKind;
  key: string;
  role: string;
  display: string;
  detail: Record<string, unknown>;
}

/** Where goods ship from: the addresses that decide routing and manufacturing bases. */
export interface OriginPlace {
  provinceCode: string;
  cityCode?: string;
  districtCode?: string;
  clusterCode: string;
}

const MAX_PER_KIND = 50;
const ORIGIN_ROLES = new Set<string>([AddressRole.SHIPPING_ORIGIN, AddressRole.WAREHOUSE, 'WAYBILL_SENDER']);

/**
 * Normalises every identifier of a referral. An identifier that cannot be normalised is
 * dropped with a warning naming it (the raw payload keeps it); a malformed list is a problem.
 */
export function readIdentifiers(reader: FieldReader): {
  identifiers: NormalizedIdentifier[];
  origins: OriginPlace[];
  warnings: FieldProblem[];
} {
  const out = new Map<string, NormalizedIdentifier>();
  const warnings: FieldProblem[] = [];
  const origins: OriginPlace[] = [];
  const add = (id: NormalizedIdentifier) => out.set(`${id.kind}|${id.key}|${id.role}`, id);
  const warn = (field: string, reason: string) => warnings.push({ field, reason });
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;

  const addAddress = (raw: string, role: string, field: string) => {
    const address = normalizeAddress(raw);
    if (!address.ok) return warn(field, address.reason);
    const { key, display, detail } = addressValue(address.value);
    add({ kind: IdentifierKind.ADDRESS, key, role, display, detail });
    if (ORIGIN_ROLES.has(role)) origins.push(originOf(address.value));
  };
  // Every other kind goes through the one normaliser that also serves people naming an identifier.
  const addValue = (kind: IdentifierKind, raw: string, field: string, role = '', qualifier: IdentifierQualifier = {}) => {
    const value = normalizeIdentifier(kind, raw, qualifier);
    if (!value.ok) return warn(field, value.reason);
    const { key, display, detail } = value.value;
    add({ kind, key, role, display, detail });
  };

  reader.array('phones', MAX_PER_KIND).forEach((value, i) => addValue(IdentifierKind.PHONE, text(value) ?? '', `phones[${i}]`));
  reader.array('emails', MAX_PER_KIND).forEach((value, i) => addValue(IdentifierKind.EMAIL, text(value) ?? '', `emails[${i}]`));
  reader.array('addresses', MAX_PER_KIND).forEach((value, i) => {
    if (!isRecord(value)) return reader.problem(`addresses[${i}]`, 'must be an object with role and text');
    const role = text(value.role)?.toUpperCase();
    if (!role || !(Object.values(AddressRole) as string[]).includes(role)) {
      return reader.problem(`addresses[${i}].role`, `must be one of ${Object.values(AddressRole).join(', ')}`);
    }
    addAddress(text(value.text) ?? '', role, `addresses[${i}].text`);
  });
  reader.array('paymentAccounts', MAX_PER_KIND).forEach((value, i) => {
    if (!isRecord(value)) return reader.problem(`paymentAccounts[${i}]`, 'must be an object with kind and account');
    const kind = text(value.kind)?.toUpperCase() as PaymentKind | undefined;
    if (!kind || !Object.values(PaymentKind).includes(kind)) {
      return reader.problem(`paymentAccounts[${i}].kind`, `must be one of ${Object.values(PaymentKind).join(', ')}`);
    }
    addValue(IdentifierKind.PAYMENT_ACCOUNT, text(value.account) ?? '', `paymentAccounts[${i}].account`, kind, { paymentKind: kind });
  });
  reader.array('deviceIds', MAX_PER_KIND).forEach((value, i) => addValue(IdentifierKind.DEVICE, text(value) ?? '', `deviceIds[${i}]`));
  reader.array('ips', MAX_PER_KIND).forEach((value, i) => addValue(IdentifierKind.IP, text(value) ?? '', `ips[${i}]`));
  reader.array('waybills', MAX_PER_KIND).forEach((value, i) => {
    if (!isRecord(value)) return reader.problem(`waybills[${i}]`, 'must be an object with courier and number');
    addValue(IdentifierKind.WAYBILL, text(value.number) ?? '', `waybills[${i}]`, '', { courier: text(value.courier) ?? '' });
    const sender = text(value.senderAddress);
    if (sender) addAddress(sender, 'WAYBILL_SENDER', `waybills[${i}].senderAddress`);
  });
  return { identifiers: [...out.values()], origins, warnings };
}

function originOf(a: NormalizedAddress): OriginPlace {
  return { provinceCode: a.provinceCode, cityCode: a.cityCode, districtCode: a.districtCode, clusterCode: a.clusterCode };
}
