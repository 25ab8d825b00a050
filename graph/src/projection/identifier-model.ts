import { IdentifierKind } from '@cloudsword/shared';

/**
 * The fixed whitelist that turns an identifier kind into a node label and a seller→identifier
 * relationship type. Labels and types can only reach Cypher text through this map, never from
 * input: a kind missing here is rejected, not interpolated.
 */
export const IDENTIFIER_MODEL = {
  [IdentifierKind.PHONE]: { label: 'Phone', relationship: 'HAS_PHONE' },
  [IdentifierKind.EMAIL]: { label: 'Email', relationship: 'HAS_EMAIL' },
  [IdentifierKind.ADDRESS]: { label: 'Address', relationship: 'HAS_ADDRESS' },
  [IdentifierKind.PAYMENT_ACCOUNT]: { label: 'PaymentAccount', relationship: 'PAYS_WITH' },
  [IdentifierKind.DEVICE]: { label: 'Device', relationship: 'USES_DEVICE' },
  [IdentifierKind.IP]: { label: 'IP', relationship: 'USES_IP' },
  [IdentifierKind.WAYBILL]: { label: 'Waybill', relationship: 'SHIPS_WITH' },
  [IdentifierKind.RESIDENT_ID]: { label: 'ResidentId', relationship: 'OWNED_BY' },
} as const satisfies Record<IdentifierKind, { label: string; relationship: string }>;

export type IdentifierLabel = (typeof IDENTIFIER_MODEL)[IdentifierKind]['label'];
export type SellerEdgeType = (typeof IDENTIFIER_MODEL)[IdentifierKind]['relationship'];

const KINDS = Object.keys(IDENTIFIER_MODEL) as IdentifierKind[];

/** Identifier node labels, in a fixed order (statement order and inventory order follow it). */
export const IDENTIFIER_LABELS: readonly IdentifierLabel[] = KINDS.map((kind) => IDENTIFIER_MODEL[kind].label);

/** Seller→identifier relationship types, the ones that carry lead provenance. */
export const SELLER_EDGE_TYPES: readonly SellerEdgeType[] = KINDS.map((kind) => IDENTIFIER_MODEL[kind].relationship);

/** Address `detail` fields copied onto the Address node (GB/T 2260 codes and the Location cluster). */
export const ADDRESS_DETAIL_FIELDS = ['clusterCode', 'provinceCode', 'cityCode', 'districtCode', 'townshipCode'] as const;

/** The whitelist entry of a kind, or undefined for a kind this projector does not know. */
export function identifierModel(kind: string): (typeof IDENTIFIER_MODEL)[IdentifierKind] | undefined {
  return Object.hasOwn(IDENTIFIER_MODEL, kind) ? IDENTIFIER_MODEL[kind as IdentifierKind] : undefined;
}

/** `Label`s and relationship types are whitelisted identifiers; this guards the builders anyway. */
export function assertSafeName(name: string): string {
  if (!/^[A-Z][A-Za-z_]*$/.test(name)) throw new Error(`not a whitelisted graph name: ${JSON.stringify(name)}`);
  return name;
}
