import { IdentifierKind } from '@cloudsword/shared';
import { DEFAULT_KIND_WEIGHTS, RING_DEFAULTS, type KindWeights, type RingOptions } from '../analytics/index.js';
import { IDENTIFIER_MODEL } from '../projection/identifier-model.js';

/**
 * Link kinds finer than the identifier kind, read off the normalised key, so that evidence is
 * weighed by what it says about who runs an account:
 * - a mobile number (`PHONE`) is personal; a landline may be a shop's or a market's
 *   (`PHONE_LANDLINE`); a 400/800/95xxx number is a company hotline — a platform's service line —
 *   and never evidence (`PHONE_SERVICE`);
 * - an address down to a building or room (`ADDRESS`) names premises; one that stops at the door
 *   number or street (`ADDRESS_STREET`) is a courier outlet, a market or an industrial park.
 */
export const LinkKind = {
  PHONE_LANDLINE: 'PHONE_LANDLINE',
  PHONE_SERVICE: 'PHONE_SERVICE',
  ADDRESS_STREET: 'ADDRESS_STREET',
} as const;

const MOBILE = /^PHONE:\+861[3-9]\d{9}$/;
const SERVICE = /^PHONE:\+86(?:400|800|95)/;

/** The link kind of an edge to identifier `key` of identifier kind `kind`. */
export function linkKindOf(kind: string, key: string): string {
  if (kind === IdentifierKind.PHONE) {
    if (MOBILE.test(key)) return IdentifierKind.PHONE;
    return SERVICE.test(key) ? LinkKind.PHONE_SERVICE : LinkKind.PHONE_LANDLINE;
  }
  if (kind === IdentifierKind.ADDRESS) {
    // `ADDRESS:<division>|<place>|<number>|<building>|<room>` (shared normalizeAddress).
    const fields = key.split('|');
    return fields[3] || fields[4] ? IdentifierKind.ADDRESS : LinkKind.ADDRESS_STREET;
  }
  return kind;
}

/** The identifier kind behind a link kind. */
export function identifierKindOfLink(linkKind: string): IdentifierKind {
  if (linkKind === LinkKind.PHONE_LANDLINE || linkKind === LinkKind.PHONE_SERVICE) return IdentifierKind.PHONE;
  if (linkKind === LinkKind.ADDRESS_STREET) return IdentifierKind.ADDRESS;
  return linkKind as IdentifierKind;
}

const KIND_OF_EDGE_TYPE = new Map<string, IdentifierKind>(
  (Object.keys(IDENTIFIER_MODEL) as IdentifierKind[]).map((kind) => [IDENTIFIER_MODEL[kind].relationship, kind]),
);

/** The identifier kind a seller→identifier relationship type points to (HAS_PHONE → PHONE). */
export function identifierKindOfEdge(type: string): IdentifierKind | undefined {
  return KIND_OF_EDGE_TYPE.get(type);
}

/**
 * Weights of the link kinds (the analytics' defaults refined). A mobile number, an e-mail and
 * premises are each enough to join two accounts — accounts reopened after a ban carry one of
 * them over, often only one; a landline, a street address, a waybill sender and an IP take
 * several together; a service line nothing.
 */
export const RING_LINK_WEIGHTS: KindWeights = {
  ...DEFAULT_KIND_WEIGHTS,
  [IdentifierKind.PHONE]: 1,
  [IdentifierKind.EMAIL]: 1,
  [IdentifierKind.ADDRESS]: 1,
  [LinkKind.PHONE_LANDLINE]: 0.4,
  [LinkKind.PHONE_SERVICE]: 0,
  [LinkKind.ADDRESS_STREET]: 0.3,
};

/** The ring analysis settings Cloudsword runs with (see RING_DEFAULTS for each option). */
export const RING_ANALYSIS_DEFAULTS: RingOptions = { ...RING_DEFAULTS, weights: RING_LINK_WEIGHTS };

/** The largest maxDegree of any kind: reading one more account per identifier tells a super node. */
export function degreeCap(settings: Pick<RingOptions, 'maxDegree' | 'maxDegreeByKind'>): number {
  return Math.max(settings.maxDegree, ...Object.values(settings.maxDegreeByKind)) + 1;
}

/** Whether an identifier of this link kind read with this (capped) degree is a super node. */
export function exceedsMaxDegree(settings: Pick<RingOptions, 'maxDegree' | 'maxDegreeByKind'>, linkKind: string, degree: number): boolean {
  return degree > (settings.maxDegreeByKind[linkKind] ?? settings.maxDegree);
}
