import type { EntityManager } from '@mikro-orm/postgresql';
import { jsonRows } from '../../database/sql-params.js';
import { AppError } from '../../errors/app-error.js';
import { decodeCursor as decodeLeadCursor, encodeCursor as encodeLeadCursor } from '../leads/cursor.js';
import { decodeCursor, encodeCursor } from '../../pagination/opaque-cursor.js';
import type { ImportFormat, ImportStatus } from './import-enums.js';

// SQL for import_job and import_row_error. Reads on a request path take the viewer's
// organisation as a parameter of the query itself: a platform reaches only its own jobs.

export interface ImportJobRow {
  id: string;
  platform_org_id: string;
  user_id: string;
  format: ImportFormat;
  file_name: string;
  file_path: string;
  bytes_total: string;
  bytes_read: string;
  status: ImportStatus;
  rows_read: number;
  accepted: number;
  rejected: number;
  error: string | null;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

export interface RowError {
  row: number;
  field: string;
  reason: string;
}

export interface ImportProgress {
  rowsRead: number;
  accepted: number;
  rejected: number;
  bytesRead: number;
}

const JOB_COLUMNS = `id, platform_org_id, user_id, format, file_name, file_path, bytes_total::text, bytes_read::text,
  status, rows_read, accepted, rejected, error, created_at, started_at, finished_at`;

export async function insertJob(
  em: EntityManager,
  job: { id: string; orgId: string; userId: string; format: ImportFormat; fileName: string; filePath: string; bytesTotal: number },
): Promise<ImportJobRow> {
  const rows = await em.execute<ImportJobRow[]>(
    `insert into import_job (id, platform_org_id, user_id, format, file_name, file_path, bytes_total)
     values (?, ?, ?, ?, ?, ?, ?) returning ${JOB_COLUMNS}`,
    [job.id, job.orgId, job.userId, job.format, job.fileName, job.filePath, job.bytesTotal],
  );
  return rows[0];
}

/** Any job by id, for the worker (which acts for the job's uploader, not for a request). */
export async function findJob(em: EntityManager, id: string): Promise<ImportJobRow | null> {
  const rows = await em.execute<ImportJobRow[]>(`select ${JOB_COLUMNS} from import_job where id = ?`, [id]);
  return rows[0] ?? null;
}

/** A job of this organisation, or NOT_FOUND (another platform's job reads as absent). */
export async function findOrgJob(em: EntityManager, orgId: string, id: string): Promise<ImportJobRow> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw AppError.notFound('Import job');
  const rows = await em.execute<ImportJobRow[]>(
    `select ${JOB_COLUMNS} from import_job where id = ? and platform_org_id = ?`,
    [id, orgId],
  );
  if (rows.length === 0) throw AppError.notFound('Import job');
  return rows[0];
}

/** Newest first, keyset-paginated over (created_at desc, id desc). */
export async function listOrgJobs(
  em: EntityManager,
  orgId: string,
  first: number,
  after?: string,
): Promise<{ rows: ImportJobRow[]; cursor(row: ImportJobRow): string; hasNextPage: boolean }> {
  const params: unknown[] = [orgId];
  let keyset = '';
  if (after) {
    const c = decodeLeadCursor(after);
    keyset = 'and (created_at, id) < (?::timestamptz, ?::uuid)';
    params.push(c.receivedAt, c.id);
  }
  const rows = await em.execute<ImportJobRow[]>(
    `select ${JOB_COLUMNS} from import_job where platform_org_id = ? ${keyset}
     order by created_at desc, id desc limit ?`,
    [...params, first + 1],
  );
  return {
    rows: rows.slice(0, first),
    hasNextPage: rows.length > first,
    cursor: (row) => encodeLeadCursor(new Date(row.created_at), row.id),
  };
}

/**
 * Starts (or restarts) a run from the top of the file: counters reset and the row errors of
 * an earlier attempt removed, so a retry after a crash reports each row once.
 * Returns false when the job has already finished.
 */
export async function startRun(em: EntityManager, id: string): Promise<boolean> {
  return em.transactional(async (tx) => {
    const rows = await tx.execute<{ id: string }[]>(
      `update import_job set status = 'RUNNING', started_at = now(), finished_at = null, error = null,
         rows_read = 0, accepted = 0, rejected = 0, bytes_read = 0
       where id = ? and status in ('QUEUED', 'RUNNING') returning id`,
      [id],
    );
    if (rows.length === 0) return false;
    await tx.execute('delete from import_row_error where import_job_id = ?', [id]);
    return true;
  });
}

/** Records one chunk: its rows' errors and the running totals, together. */
export async function saveProgress(em: EntityManager, id: string, progress: ImportProgress, errors: RowError[]): Promise<void> {
  await em.transactional(async (tx) => {
    if (errors.length > 0) {
      await tx.execute(
        `insert into import_row_error (import_job_id, row_number, field, reason)
         select ?::uuid, t.row_number, t.field, t.reason
         from jsonb_to_recordset(?::jsonb) as t(row_number int, field text, reason text)
         on conflict (import_job_id, row_number, field) do update set reason = excluded.reason`,
        [id, jsonRows(mergeByField(errors))],
      );
    }
    await tx.execute(
      `update import_job set rows_read = ?, accepted = ?, rejected = ?, bytes_read = ? where id = ?`,
      [progress.rowsRead, progress.accepted, progress.rejected, progress.bytesRead, id],
    );
  });
}

/** Ends a job; a finished read also records that the whole file was read. */
export async function finishJob(em: EntityManager, id: string, status: 'SUCCEEDED' | 'FAILED', error: string | null, bytesRead?: number): Promise<void> {
  await em.execute(
    `update import_job set status = ?, error = ?, finished_at = now(), bytes_read = coalesce(?, bytes_read) where id = ?`,
    [status, error, bytesRead ?? null, id],
  );
}

/** Puts a job whose attempt broke off back in the queue's hands, saying why. */
export async function markRetrying(em: EntityManager, id: string, error: string): Promise<void> {
  await em.execute(`update import_job set status = 'QUEUED', error = ? where id = ? and status = 'RUNNING'`, [error, id]);
}

/** One page of a job's row errors in file order; the cursor is the last (row, field). */
export async function rowErrorPage(
  em: EntityManager,
  jobId: string,
  first: number,
  after?: string,
): Promise<{ rows: RowError[]; hasNextPage: boolean }> {
  const params: unknown[] = [jobId];
  let keyset = '';
  if (after) {
    const c = decodeRowCursor(after);
    keyset = 'and (row_number, field) > (?, ?)';
    params.push(c.row, c.field);
  }
  const rows = await em.execute<{ row_number: number; field: string; reason: string }[]>(
    `select row_number, field, reason from import_row_error where import_job_id = ? ${keyset}
     order by row_number, field limit ?`,
    [...params, first + 1],
  );
  return {
    rows: rows.slice(0, first).map((r) => ({ row: r.row_number, field: r.field, reason: r.reason })),
    hasNextPage: rows.length > first,
  };
}

export function encodeRowCursor(error: RowError): string {
  return encodeCursor([error.row, error.field]);
}

function decodeRowCursor(cursor: string): { row: number; field: string } {
  const [row, field] = decodeCursor<[number, string]>(cursor, (p) => p.length === 2 && Number.isInteger(p[0]) && typeof p[1] === 'string');
  return { row, field };
}

// The table keeps one reason per (row, field); two problems with one field are joined.
function mergeByField(errors: RowError[]): { row_number: number; field: string; reason: string }[] {
  const merged = new Map<string, { row_number: number; field: string; reason: string }>();
  for (const e of errors) {
    const field = e.field.slice(0, 200);
    const key = `${e.row}\u0000${field}`;
    const seen = merged.get(key);
    if (seen) seen.reason = `${seen.reason}; ${e.reason}`.slice(0, 2000);
    else merged.set(key, { row_number: e.row, field, reason: e.reason.slice(0, 2000) });
  }
  return [...merged.values()];
}
