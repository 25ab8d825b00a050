import { IdentifierKind } from '@cloudsword/shared';
import type { AccountLink } from '../../../graph/src/analytics/index.js';

/** `link('tb:a', 'PAYMENT_ACCOUNT', 'p1')` → identifier key `PAYMENT_ACCOUNT:p1`. */
export function link(account: string, kind: IdentifierKind | string, id: string): AccountLink {
  return { account, kind, identifier: `${kind}:${id}` };
}

/** Every account linked to the same identifier. */
export function share(accounts: readonly string[], kind: IdentifierKind | string, id: string): AccountLink[] {
  return accounts.map((account) => link(account, kind, id));
}

export function names(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, k) => `${prefix}${String(k).padStart(3, '0')}`);
}

export { IdentifierKind };
