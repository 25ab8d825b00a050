import { decodeCursor as decode, encodeCursor as encode, isUuid } from '../../pagination/opaque-cursor.js';

/**
 * Opaque keyset cursor over (received_at desc, id desc). It keeps PostgreSQL's own text of the
 * timestamp (microseconds): leads of one batch share it, and a millisecond Date would skip some.
 */
export function encodeCursor(receivedAt: string | Date, id: string): string {
  return encode([typeof receivedAt === 'string' ? receivedAt : receivedAt.toISOString(), id]);
}

export function decodeCursor(cursor: string): { receivedAt: string; id: string } {
  const [receivedAt, id] = decode<[string, string]>(cursor, (p) => p.length === 2 && typeof p[0] === 'string' && !Number.isNaN(Date.parse(p[0])) && isUuid(p[1]));
  return { receivedAt, id };
}
