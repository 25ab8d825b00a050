import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, encodeCursor } from '../../pagination/opaque-cursor.js';

// ring_blocklist rows: the identifiers the ring analysis never uses as evidence. The list is
// curated by hand, so it stays small; pages are keyset pages all the same.

export interface BlocklistRow {
  identifier_key: string;
  reason: string;
  added_at: string | Date;
  /** added_at as UTC text to the microsecond, for cursors (a JS Date would drop microseconds). */
  added_key: string;
  added_by_name: string | null;
  /** The display a visible lead stored for the identifier, if any. */
  lead_display: string | null;
}

/** Where a display may come from: the viewer's lead scope as SQL over `lead l`. */
export interface DisplayScope {
  sql: string;
  params: unknown[];
}

const SELECT_ROWS = (scope: DisplayScope) => `
  select b.identifier_key, b.reason, b.added_at,
         to_char(b.added_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as added_key,
         u.display_name as added_by_name,
         (select li.display from lead_identifier li join lead l on l.id = li.lead_id
          where li.key = b.identifier_key and (${scope.sql}) limit 1) as lead_display
  from ring_blocklist b left join app_user u on u.id = b.added_by`;

/** Newest first (added_at desc, key desc), `first + 1` rows to tell whether more follow. */
export async function pageBlocklist(em: EntityManager, scope: DisplayScope, first: number, after?: string): Promise<BlocklistRow[]> {
  const cursor = after === undefined ? null : decodeBlocklistCursor(after);
  const where = cursor ? `where (b.added_at, b.identifier_key) < (?::timestamptz, ?)` : '';
  return em.execute<BlocklistRow[]>(
    `${SELECT_ROWS(scope)} ${where} order by b.added_at desc, b.identifier_key desc limit ?`,
    [...scope.params, ...(cursor ? [cursor.addedKey, cursor.key] : []), first + 1],
  );
}

export async function countBlocklist(em: EntityManager): Promise<number> {
  const rows = await em.execute<{ n: number }[]>(`select count(*)::int as n from ring_blocklist`);
  return rows[0].n;
}

export async function loadBlocklistEntry(em: EntityManager, scope: DisplayScope, key: string): Promise<BlocklistRow | null> {
  const rows = await em.execute<BlocklistRow[]>(`${SELECT_ROWS(scope)} where b.identifier_key = ?`, [...scope.params, key]);
  return rows[0] ?? null;
}

/** Blocks a key, or replaces the reason of a key already blocked (who added it and when stay). */
export async function upsertBlocklistEntry(em: EntityManager, key: string, reason: string, addedBy: string): Promise<{ created: boolean }> {
  const rows = await em.execute<{ created: boolean }[]>(
    `insert into ring_blocklist (identifier_key, reason, added_by) values (?, ?, ?)
     on conflict (identifier_key) do update set reason = excluded.reason
     returning (xmax = 0) as created`,
    [key, reason, addedBy],
  );
  return { created: rows[0].created };
}

/** Removes a key; returns its reason, or null when it was not blocked. */
export async function deleteBlocklistEntry(em: EntityManager, key: string): Promise<{ reason: string } | null> {
  const rows = await em.execute<{ reason: string }[]>(`delete from ring_blocklist where identifier_key = ? returning reason`, [key]);
  return rows[0] ?? null;
}

/** Opaque keyset cursor: the entry's added_at (UTC text, microseconds) and key. */
export function encodeBlocklistCursor(row: Pick<BlocklistRow, 'added_key' | 'identifier_key'>): string {
  return encodeCursor([row.added_key, row.identifier_key]);
}

function decodeBlocklistCursor(cursor: string): { addedKey: string; key: string } {
  const [addedKey, key] = decodeCursor<[string, string]>(
    cursor,
    (p) => p.length === 2 && typeof p[0] === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(p[0]) && typeof p[1] === 'string',
  );
  return { addedKey, key };
}
