import { AddressRole, IdentifierKind, PaymentKind } from '../enums.js';
import type { FieldProblem } from '../errors.js';
import {
  identifierKey,
  normalizeAddress,
  normalizeDeviceId,
  normalizeEmail,
  normalizeIp,
  normalizePaymentAccount,
  normalizePhone,
  normalizeWaybill,
  type NormalizedAddress,
} from '../normalize/index.js';
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
    add({ kind: IdentifierKind.ADDRESS, key: identifierKey(IdentifierKind.ADDRESS, address.value.key), role, display: displayAddress(address.value), detail: addressDetail(address.value) });
    if (ORIGIN_ROLES.has(role)) origins.push(originOf(address.value));
  };

  reader.array('phones', MAX_PER_KIND).forEach((value, i) => {
    const phone = normalizePhone(text(value) ?? '');
    if (!phone.ok) return warn(`phones[${i}]`, phone.reason);
    add({ kind: IdentifierKind.PHONE, key: identifierKey(IdentifierKind.PHONE, phone.value.e164), role: '', display: phone.value.masked, detail: { phoneKind: phone.value.kind } });
  });
  reader.array('emails', MAX_PER_KIND).forEach((value, i) => {
    const email = normalizeEmail(text(value) ?? '');
    if (!email.ok) return warn(`emails[${i}]`, email.reason);
    add({ kind: IdentifierKind.EMAIL, key: identifierKey(IdentifierKind.EMAIL, email.value.canonical), role: '', display: email.value.masked, detail: {} });
  });
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
    const account = normalizePaymentAccount(kind, text(value.account) ?? '');
    if (!account.ok) return warn(`paymentAccounts[${i}].account`, account.reason);
    add({ kind: IdentifierKind.PAYMENT_ACCOUNT, key: identifierKey(IdentifierKind.PAYMENT_ACCOUNT, `${kind}:${account.value.canonical}`), role: kind, display: account.value.masked, detail: { paymentKind: kind } });
  });
  reader.array('deviceIds', MAX_PER_KIND).forEach((value, i) => {
    const device = normalizeDeviceId(text(value) ?? '');
    if (!device.ok) return warn(`deviceIds[${i}]`, device.reason);
    add({ kind: IdentifierKind.DEVICE, key: identifierKey(IdentifierKind.DEVICE, device.value.canonical), role: '', display: maskTail(device.value.canonical), detail: {} });
  });
  reader.array('ips', MAX_PER_KIND).forEach((value, i) => {
    const ip = normalizeIp(text(value) ?? '');
    if (!ip.ok) return warn(`ips[${i}]`, ip.reason);
    add({ kind: IdentifierKind.IP, key: identifierKey(IdentifierKind.IP, ip.value.canonical), role: '', display: ip.value.canonical, detail: { version: ip.value.version } });
  });
  reader.array('waybills', MAX_PER_KIND).forEach((value, i) => {
    if (!isRecord(value)) return reader.problem(`waybills[${i}]`, 'must be an object with courier and number');
    const waybill = normalizeWaybill(text(value.courier) ?? '', text(value.number) ?? '');
    if (!waybill.ok) return warn(`waybills[${i}]`, waybill.reason);
    add({ kind: IdentifierKind.WAYBILL, key: identifierKey(IdentifierKind.WAYBILL, waybill.value.key), role: '', display: `${waybill.value.courier} ${maskTail(waybill.value.number)}`, detail: { courier: waybill.value.courier } });
    const sender = text(value.senderAddress);
    if (sender) addAddress(sender, 'WAYBILL_SENDER', `waybills[${i}].senderAddress`);
  });
  return { identifiers: [...out.values()], origins, warnings };
}

function displayAddress(a: NormalizedAddress): string {
  // Street and district are shown; building and room are the private part.
  return [a.provinceName, a.cityName, a.districtName, a.townshipName, a.street].filter(Boolean).join('');
}

function addressDetail(a: NormalizedAddress): Record<string, unknown> {
  return {
    provinceCode: a.provinceCode,
    cityCode: a.cityCode ?? null,
    districtCode: a.districtCode ?? null,
    townshipCode: a.townshipCode ?? null,
    clusterCode: a.clusterCode,
    level: a.level,
    street: a.street ?? null,
  };
}

function originOf(a: NormalizedAddress): OriginPlace {
  return { provinceCode: a.provinceCode, cityCode: a.cityCode, districtCode: a.districtCode, clusterCode: a.clusterCode };
}

function maskTail(value: string): string {
  return value.length <= 6 ? `${value.slice(0, 1)}***` : `${value.slice(0, 3)}****${value.slice(-3)}`;
}
