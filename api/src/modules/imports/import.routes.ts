import path from 'node:path';
import type { Express, Request, Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ErrorCode } from '@cloudsword/shared';
import { assertGate, Gate } from '../../auth/authorization.js';
import { AppError } from '../../errors/app-error.js';
import type { Logger } from '../../logger.js';
import type { Services } from '../../services.js';
import { UploadTooLargeError } from './import-upload.js';
import { ImportFormat } from './import-enums.js';

/**
 * The REST side of imports, for what GraphQL does badly: streaming files in and out.
 *
 * POST /api/imports — body: the raw file (not multipart); `Authorization: Bearer <token>`;
 *   format from `?format=csv|jsonl`, else `Content-Type: text/csv | application/x-ndjson`,
 *   else the file name's extension; `X-File-Name`: the file's name (percent-encoded if not ASCII).
 *   → 202 `{ importJob: { id, status, … } }`; then poll the GraphQL `importJob(id)`.
 * GET /api/imports/:id/errors.csv — the rejected rows as `row,field,reason` (UTF-8 with BOM).
 *   `row` is the CSV data row number (1-based, header and blank lines not counted) or the
 *   JSON Lines line number.
 * Errors: `{ errors: [{ message, extensions: { code } }] }` with 400, 401, 403, 404 or 413.
 */
export function registerImportRoutes(app: Express, services: Services, orm: MikroORM): void {
  app.post('/api/imports', (req, res) =>
    respond(req, res, services.logger, async () => {
      const em = orm.em.fork();
      const viewer = assertGate(Gate.PLATFORM_REFERRER, await services.session.viewerFromToken(em, bearerToken(req)));
      const fileName = fileNameOf(req);
      const importJob = await services.imports.upload(em, viewer, {
        body: req,
        format: formatOf(req, fileName),
        fileName: fileName ?? 'upload',
        declaredBytes: contentLength(req),
        ip: req.ip ?? null,
      });
      res.status(202).json({ importJob });
    }),
  );

  app.get('/api/imports/:id/errors.csv', (req, res) =>
    respond(req, res, services.logger, async () => {
      const em = orm.em.fork();
      const viewer = assertGate(Gate.PLATFORM_REFERRER, await services.session.viewerFromToken(em, bearerToken(req)));
      const report = await services.imports.errorReport(em, viewer, String(req.params.id), req.ip ?? null);
      res.status(200);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="errors.csv"; filename*=UTF-8''${encodeURIComponent(report.fileName)}`);
      res.setHeader('Cache-Control', 'no-store');
      for await (const text of report.lines) {
        if (!res.write(text) && !(await drained(res))) return;
      }
      res.end();
    }),
  );
}

async function respond(req: Request, res: Response, logger: Logger, handle: () => Promise<void>): Promise<void> {
  try {
    await handle();
  } catch (error) {
    if (res.headersSent) {
      logger.error({ err: error }, 'import route failed while streaming');
      res.destroy();
      return;
    }
    const { status, body } = errorResponse(error, logger);
    // An upload refused before its body was read: close the connection rather than read on.
    if (!req.complete) res.setHeader('Connection', 'close');
    res.status(status).json(body);
  }
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
};

function errorResponse(error: unknown, logger: Logger): { status: number; body: object } {
  if (error instanceof UploadTooLargeError) {
    return { status: 413, body: { errors: [{ message: error.message, extensions: { code: ErrorCode.BAD_USER_INPUT, maxBytes: error.maxBytes } }] } };
  }
  if (error instanceof AppError) {
    const extensions = { code: error.code, ...(error.problems.length ? { problems: error.problems } : {}) };
    return { status: STATUS[error.code] ?? 500, body: { errors: [{ message: error.message, extensions }] } };
  }
  logger.error({ err: error }, 'import route failed');
  return { status: 500, body: { errors: [{ message: 'Internal error', extensions: { code: ErrorCode.INTERNAL } }] } };
}

function bearerToken(req: Request): string | null {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : null;
}

const CONTENT_TYPES: Record<string, ImportFormat> = {
  'text/csv': ImportFormat.CSV,
  'application/csv': ImportFormat.CSV,
  'application/x-ndjson': ImportFormat.JSONL,
  'application/jsonl': ImportFormat.JSONL,
  'application/x-jsonlines': ImportFormat.JSONL,
};

const EXTENSIONS: Record<string, ImportFormat> = { '.csv': ImportFormat.CSV, '.jsonl': ImportFormat.JSONL, '.ndjson': ImportFormat.JSONL };

function formatOf(req: Request, fileName: string | null): ImportFormat {
  const asked = typeof req.query.format === 'string' ? req.query.format.toLowerCase() : undefined;
  if (asked !== undefined) {
    if (asked === 'csv') return ImportFormat.CSV;
    if (asked === 'jsonl') return ImportFormat.JSONL;
    throw AppError.badInput('Unknown format', [{ field: 'format', reason: 'must be csv or jsonl' }]);
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const byExtension = fileName ? EXTENSIONS[path.extname(fileName).toLowerCase()] : undefined;
  const format = CONTENT_TYPES[type] ?? byExtension;
  if (!format) {
    throw AppError.badInput('Say which format the file is in', [
      { field: 'Content-Type', reason: 'must be text/csv or application/x-ndjson (or pass ?format=csv|jsonl)' },
    ]);
  }
  return format;
}

/** The file's own name, without any path, control characters or more than 255 characters. */
function fileNameOf(req: Request): string | null {
  const raw = req.headers['x-file-name'];
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // Not percent-encoded: keep it as sent.
  }
  name = path.basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 255);
  return name === '' || name === '.' || name === '..' ? null : name;
}

function contentLength(req: Request): number | null {
  const value = Number(req.headers['content-length']);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

// Waits for the socket to take more; false when the client went away.
function drained(res: Response): Promise<boolean> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve(!res.destroyed);
    };
    res.once('drain', done);
    res.once('close', done);
  });
}
