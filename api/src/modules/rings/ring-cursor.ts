import { AppError } from '../../errors/app-error.js';
import { RingOrder } from './ring.types.js';

/** The stored value each order sorts on (descending, then id descending), as SQL. */
export const ORDER_SQL: Record<RingOrder, { expression: string; type: string }> = {
  [RingOrder.SCORE_DESC]: { expression: 'rg.score', type: 'real' },
  [RingOrder.SIZE_DESC]: { expression: 'rg.size', type: 'int' },
  // Rings with no activity at all come last (matches the ring_activity_idx expression).
  [RingOrder.LAST_ACTIVITY_DESC]: { expression: `coalesce(rg.last_activity, '-infinity'::timestamptz)`, type: 'timestamptz' },
};

interface Sortable {
  id: string;
  sort: { score: number; size: number; lastActivity: Date | null };
}

/** Opaque keyset cursor: the order it belongs to, the sort value and the ring id. */
export function encodeRingCursor(order: RingOrder, ring: Sortable): string {
  const value =
    order === RingOrder.SCORE_DESC ? ring.sort.score : order === RingOrder.SIZE_DESC ? ring.sort.size : (ring.sort.lastActivity?.toISOString() ?? '-infinity');
  return Buffer.from(JSON.stringify([order, value, ring.id])).toString('base64url');
}

export function decodeRingCursor(cursor: string, order: RingOrder): { value: number | string; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    parsed = null;
  }
  const ok =
    Array.isArray(parsed) &&
    parsed.length === 3 &&
    parsed[0] === order &&
    (typeof parsed[1] === 'number' || (typeof parsed[1] === 'string' && (parsed[1] === '-infinity' || !Number.isNaN(Date.parse(parsed[1]))))) &&
    typeof parsed[2] === 'string' &&
    /^[0-9a-f-]{36}$/i.test(parsed[2]);
  if (!ok) throw AppError.badInput('Invalid cursor', [{ field: 'after', reason: 'is not a cursor this API issued for this order' }]);
  const [, value, id] = parsed as [string, number | string, string];
  return { value, id };
}
