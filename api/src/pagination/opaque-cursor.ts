import { AppError } from '../errors/app-error.js';

/**
 * Opaque keyset cursors: the sort values of a page's last row, as base64url JSON. Clients
 * pass them back as `after`; they are not meant to be read or built by hand.
 */
export function encodeCursor(parts: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/**
 * The parts of a cursor this API issued, if `valid` accepts them; anything else (garbage, a
 * cursor of another list or order) is BAD_USER_INPUT on `after`, never a server error.
 */
export function decodeCursor<T extends readonly unknown[]>(cursor: string, valid: (parts: readonly unknown[]) => boolean, reason = 'is not a cursor this API issued'): T {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    parts = null;
  }
  if (!Array.isArray(parts) || !valid(parts)) throw AppError.badInput('Invalid cursor', [{ field: 'after', reason }]);
  return parts as unknown as T;
}

export const isUuid = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value);
