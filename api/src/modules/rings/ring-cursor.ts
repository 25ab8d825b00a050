import { decodeCursor, encodeCursor, isUuid } from '../../pagination/opaque-cursor.js';
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
  return encodeCursor([order, value, ring.id]);
}

export function decodeRingCursor(cursor: string, order: RingOrder): { value: number | string; id: string } {
  const [, value, id] = decodeCursor<[string, number | string, string]>(
    cursor,
    (p) =>
      p.length === 3 &&
      p[0] === order &&
      (typeof p[1] === 'number' || (typeof p[1] === 'string' && (p[1] === '-infinity' || !Number.isNaN(Date.parse(p[1]))))) &&
      isUuid(p[2]),
    'is not a cursor this API issued for this order',
  );
  return { value, id };
}
