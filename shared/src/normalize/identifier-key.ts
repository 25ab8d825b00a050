import type { IdentifierKind } from '../enums.js';

/**
 * The graph node key of an identifier: `${kind}:${canonical}`, e.g. `PHONE:+8613800138000`.
 * `canonical` must already be normalised: `e164` of a phone, `canonical` of an e-mail, device,
 * IP or resident id, `key` of an address or waybill. For a payment account pass
 * `${paymentKind}:${canonical}`, because the same phone can be an Alipay and a WeChat account.
 */
export function identifierKey(kind: IdentifierKind, canonical: string): string {
  return `${kind}:${canonical}`;
}
