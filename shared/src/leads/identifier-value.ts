import { IdentifierKind, PaymentKind } from '../enums.js';
import {
  identifierKey,
  normalizeAddress,
  normalizeDeviceId,
  normalizeEmail,
  normalizeIp,
  normalizePaymentAccount,
  normalizePhone,
  normalizeResidentId,
  normalizeWaybill,
  type Normalized,
  type NormalizedAddress,
} from '../normalize/index.js';

/** One identifier value after normalisation: its graph key, a masked display and kind-specific detail. */
export interface IdentifierValue {
  key: string;
  display: string;
  detail: Record<string, unknown>;
}

/** What some kinds need besides the value itself. */
export interface IdentifierQualifier {
  /** PAYMENT_ACCOUNT: the wallet or card the account belongs to (required). */
  paymentKind?: PaymentKind;
  /** WAYBILL: the courier; may be left out when the number tells it (`SF…`, `JT…`). */
  courier?: string;
  /** RESIDENT_ID: the keyed hash of the canonical number (required); the number itself is never a key. */
  hashResidentId?(canonical: string): string;
}

/**
 * Normalises one identifier as a person writes it (a phone in any spelling, an address, …)
 * into the key the intake stores and the graph uses, so that every path that names an
 * identifier reaches the same node. The reason of a refusal is fit to show to that person.
 */
export function normalizeIdentifier(kind: IdentifierKind, raw: string, qualifier: IdentifierQualifier = {}): Normalized<IdentifierValue> {
  switch (kind) {
    case IdentifierKind.PHONE: {
      const phone = normalizePhone(raw);
      if (!phone.ok) return phone;
      return ok({ key: identifierKey(kind, phone.value.e164), display: phone.value.masked, detail: { phoneKind: phone.value.kind } });
    }
    case IdentifierKind.EMAIL: {
      const email = normalizeEmail(raw);
      if (!email.ok) return email;
      return ok({ key: identifierKey(kind, email.value.canonical), display: email.value.masked, detail: {} });
    }
    case IdentifierKind.ADDRESS: {
      const address = normalizeAddress(raw);
      return address.ok ? ok(addressValue(address.value)) : address;
    }
    case IdentifierKind.PAYMENT_ACCOUNT: {
      const paymentKind = qualifier.paymentKind;
      if (paymentKind === undefined) return refuse(`Say which kind of payment account: ${Object.values(PaymentKind).join(', ')}.`);
      const account = normalizePaymentAccount(paymentKind, raw);
      if (!account.ok) return account;
      return ok({ key: identifierKey(kind, `${paymentKind}:${account.value.canonical}`), display: account.value.masked, detail: { paymentKind } });
    }
    case IdentifierKind.DEVICE: {
      const device = normalizeDeviceId(raw);
      if (!device.ok) return device;
      return ok({ key: identifierKey(kind, device.value.canonical), display: maskTail(device.value.canonical), detail: {} });
    }
    case IdentifierKind.IP: {
      const ip = normalizeIp(raw);
      if (!ip.ok) return ip;
      return ok({ key: identifierKey(kind, ip.value.canonical), display: ip.value.canonical, detail: { version: ip.value.version } });
    }
    case IdentifierKind.WAYBILL: {
      const waybill = normalizeWaybill(qualifier.courier ?? '', raw);
      if (!waybill.ok) return waybill;
      const { courier, number, key } = waybill.value;
      return ok({ key: identifierKey(kind, key), display: `${courier} ${maskTail(number)}`, detail: { courier } });
    }
    case IdentifierKind.RESIDENT_ID: {
      if (qualifier.hashResidentId === undefined) return refuse('Resident ID numbers are matched by a keyed hash that is not available here.');
      const id = normalizeResidentId(raw);
      if (!id.ok) return id;
      return ok({ key: identifierKey(kind, qualifier.hashResidentId(id.value.canonical)), display: id.value.masked, detail: {} });
    }
    default:
      return refuse(`Unknown identifier kind ${String(kind)}.`);
  }
}

/** An address that is already normalised, as an identifier value. */
export function addressValue(a: NormalizedAddress): IdentifierValue {
  return { key: identifierKey(IdentifierKind.ADDRESS, a.key), display: displayAddress(a), detail: addressDetail(a) };
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

function maskTail(value: string): string {
  return value.length <= 6 ? `${value.slice(0, 1)}***` : `${value.slice(0, 3)}****${value.slice(-3)}`;
}

function ok(value: IdentifierValue): Normalized<IdentifierValue> {
  return { ok: true, value };
}

function refuse(reason: string): Normalized<IdentifierValue> {
  return { ok: false, reason };
}
