/**
 * A seller account's key across the system: `<platform code>:<account id>` (the SellerAccount
 * node key in Neo4j, ring members, known infringers). Platform codes have no colon; account ids
 * may, so a key splits at its first colon.
 */
export function sellerKey(platformCode: string, accountId: string): string {
  return `${platformCode}:${accountId}`;
}

/** The two parts of a seller key, or null when it has no colon. */
export function parseSellerKey(key: string): { platformCode: string; accountId: string } | null {
  const colon = key.indexOf(':');
  return colon < 0 ? null : { platformCode: key.slice(0, colon), accountId: key.slice(colon + 1) };
}
