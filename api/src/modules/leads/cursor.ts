import { AppError } from '../../errors/app-error.js';

/**
 * Opaque keyset cursor over (received_at desc, id desc). It keeps PostgreSQL's own text of the
 * timestamp (microseconds): leads of one batch share it, and a millisecond Date would skip some.
 */
export function encodeCursor(receivedAt: string | Date, id: string): string {
  const at = typeof receivedAt === 'string' ? receivedAt : receivedAt.toISOString();
  return Buffer.from(`${at}|${id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { receivedAt: string; id: string } {
  const [receivedAt, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!receivedAt || !id || Number.isNaN(Date.parse(receivedAt)) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw AppError.badInput('Invalid cursor', [{ field: 'after', reason: 'is not a cursor this API issued' }]);
  }
  return { receivedAt, id };
}
