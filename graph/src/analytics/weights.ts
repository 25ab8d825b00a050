import { IdentifierKind } from '@cloudsword/shared';

/** Evidence weight of one shared identifier, by identifier kind. Kinds not listed weigh 0. */
export type KindWeights = Readonly<Record<string, number>>;

/**
 * How much sharing one identifier says about two seller accounts being run by the same people.
 *
 * - 1.0: a payment account, a resident ID or a device is, on its own, enough to join two accounts.
 * - 0.6: a phone or an email is not enough alone (recycled numbers, agents, typos), but two of
 *   them, or one of them plus a shared address, are.
 * - 0.4 / 0.3 / 0.2: a warehouse or shipping address, a waybill sender, an IP are circumstantial;
 *   it takes several of them together (e.g. two addresses and an IP) to reach the threshold.
 * - 0: a shared city or district (`LOCATION`) says nothing about who runs an account; it is
 *   ignored by the projection, so it never costs any pair work either.
 */
export const DEFAULT_KIND_WEIGHTS: KindWeights = {
  [IdentifierKind.PAYMENT_ACCOUNT]: 1,
  [IdentifierKind.RESIDENT_ID]: 1,
  [IdentifierKind.DEVICE]: 1,
  [IdentifierKind.PHONE]: 0.6,
  [IdentifierKind.EMAIL]: 0.6,
  [IdentifierKind.ADDRESS]: 0.4,
  [IdentifierKind.WAYBILL]: 0.3,
  [IdentifierKind.IP]: 0.2,
  LOCATION: 0,
};

/**
 * Two accounts are joined ("strong link") when the weights of the identifiers they share sum to
 * at least this. With the default weights: one payment account / resident ID / device; or
 * phone + email; or phone/email + address; or two addresses + an IP or a waybill. Not: one
 * address, one IP, phone + IP, address + waybill + IP.
 */
export const DEFAULT_LINK_THRESHOLD = 1;

/**
 * Weights are compared and summed as integers in thousandths, so that a pair's weight is exact
 * and does not depend on the order in which its shared identifiers were read (0.4 + 0.4 + 0.2
 * must reach 1.0 whatever the order).
 */
export const WEIGHT_SCALE = 1000;

/** The weight of a kind, in thousandths (see WEIGHT_SCALE); unknown kinds and negatives give 0. */
export function scaledKindWeight(kind: string, weights: KindWeights): number {
  const weight = weights[kind];
  return weight !== undefined && weight > 0 ? Math.round(weight * WEIGHT_SCALE) : 0;
}

/** A threshold in thousandths (see WEIGHT_SCALE). */
export function scaledThreshold(threshold: number): number {
  return Math.max(1, Math.round(threshold * WEIGHT_SCALE));
}
