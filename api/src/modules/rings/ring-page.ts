import { decodeRingCursor, encodeRingCursor } from './ring-cursor.js';
import { RingOrder, type RingConnection, type RingView } from './ring.types.js';

const valueOf = (order: RingOrder, v: RingView): number =>
  order === RingOrder.SCORE_DESC ? v.sort.score : order === RingOrder.SIZE_DESC ? v.sort.size : (v.sort.lastActivity?.getTime() ?? Number.NEGATIVE_INFINITY);

/** Descending by the order's value, then by id descending: the same order as the SQL path. */
function compare(order: RingOrder, a: RingView, b: RingView): number {
  return valueOf(order, b) - valueOf(order, a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/**
 * A page of ring views already described for one viewer, in the requested order; the cursor
 * holds the sort value the viewer was shown, so it carries nothing beyond the page.
 */
export function pageOfViews(views: readonly RingView[], orderBy: RingOrder, first: number, after?: string): RingConnection {
  const ordered = [...views].sort((a, b) => compare(orderBy, a, b));
  let start = 0;
  if (after) {
    const cursor = decodeRingCursor(after, orderBy);
    const value = typeof cursor.value === 'number' ? cursor.value : cursor.value === '-infinity' ? Number.NEGATIVE_INFINITY : Date.parse(cursor.value);
    start = ordered.findIndex((v) => valueOf(orderBy, v) < value || (valueOf(orderBy, v) === value && v.id < cursor.id));
    if (start < 0) start = ordered.length;
  }
  const page = ordered.slice(start, start + first);
  const edges = page.map((node) => ({ node, cursor: encodeRingCursor(orderBy, node) }));
  return { edges, pageInfo: { hasNextPage: start + first < ordered.length, endCursor: edges.at(-1)?.cursor ?? null } };
}
