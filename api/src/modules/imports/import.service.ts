import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { OrgKind } from '@cloudsword/shared';
import type { AppConfig } from '../../config.js';
import type { Logger } from '../../logger.js';
import { AuditLog, AuditOutcome } from '../../audit/audit-log.js';
import type { Viewer } from '../../auth/viewer.js';
import { AppError } from '../../errors/app-error.js';
import { requireIntInRange } from '../../errors/input-checks.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import type { LeadIntakeService } from '../leads/lead-intake.service.js';
import { csvLine, UTF8_BOM } from './csv-text.js';
import { saveUpload, UploadTooLargeError } from './import-upload.js';
import { ImportRunner } from './import-runner.js';
import * as store from './import-store.js';
import { ImportFormat, ImportStatus } from './import-enums.js';
import type { ImportJobConnection, ImportJobView, ImportRowErrorConnection } from './import.types.js';

export interface ImportLimits {
  /** Largest upload accepted, in bytes. */
  maxUploadBytes: number;
  /** Referrals sent to intake at a time (at most intake's MAX_BATCH). */
  chunkSize: number;
}

/** Referrals sent to intake at a time: small enough to keep memory flat while streaming. */
export const IMPORT_CHUNK_SIZE = 250;

export const MAX_PAGE = 100;

export interface UploadInput {
  body: Readable;
  format: ImportFormat;
  fileName: string;
  /** Content-Length, when the client sent one: refused at once if over the limit. */
  declaredBytes: number | null;
  ip: string | null;
}

/**
 * Bulk import of referrals: uploads are streamed to disk and queued; a worker streams each
 * file through intake in chunks (ImportRunner). Reads are limited to the viewer's platform.
 */
export class ImportService {
  private readonly runner: ImportRunner;

  constructor(
    private readonly config: AppConfig,
    private readonly logger: Logger,
    orm: MikroORM,
    private readonly audit: AuditLog,
    intake: LeadIntakeService,
    private readonly jobs: JobQueue,
    readonly limits: ImportLimits = { maxUploadBytes: config.importMaxBytes, chunkSize: IMPORT_CHUNK_SIZE },
  ) {
    this.runner = new ImportRunner(orm, logger, audit, intake, limits.chunkSize);
  }

  /** Saves an upload and queues it; the answer comes before any row is read. */
  async upload(em: EntityManager, viewer: Viewer, input: UploadInput): Promise<ImportJobView> {
    const orgId = platformOf(viewer);
    if (input.declaredBytes !== null && input.declaredBytes > this.limits.maxUploadBytes) {
      throw new UploadTooLargeError(this.limits.maxUploadBytes);
    }
    const id = randomUUID();
    const dir = path.resolve(this.config.uploadDir);
    await mkdir(dir, { recursive: true });
    const filePath = path.join(dir, id);
    const bytesTotal = await saveUpload(input.body, filePath, this.limits.maxUploadBytes);
    if (bytesTotal === 0) {
      await this.runner.removeFile(filePath);
      throw AppError.badInput('The file is empty', [{ field: 'body', reason: 'is empty' }]);
    }

    const row = await em.transactional(async (tx) => {
      const job = await store.insertJob(tx, { id, orgId, userId: viewer.userId, format: input.format, fileName: input.fileName, filePath, bytesTotal });
      await this.audit.append(tx, {
        actor: { userId: viewer.userId, orgId },
        action: 'IMPORT_UPLOADED',
        targetType: 'ImportJob',
        targetId: id,
        outcome: AuditOutcome.SUCCESS,
        details: { fileName: input.fileName, format: input.format, bytes: bytesTotal },
        ip: input.ip,
      });
      return job;
    });
    try {
      await this.jobs.enqueueImport(id);
    } catch (error) {
      this.logger.error({ err: error, importJobId: id }, 'could not queue an import');
      await store.finishJob(em, id, 'FAILED', 'The file was received but could not be queued; please upload it again');
      await this.runner.removeFile(filePath);
      throw error;
    }
    return toView(row);
  }

  /** Processes one queued job (the `lead-import` worker). Safe to run again after a crash. */
  run(importJobId: string): Promise<void> {
    return this.runner.run(importJobId);
  }

  async get(em: EntityManager, viewer: Viewer, id: string): Promise<ImportJobView> {
    return toView(await store.findOrgJob(em, platformOf(viewer), id));
  }

  async list(em: EntityManager, viewer: Viewer, first = 20, after?: string): Promise<ImportJobConnection> {
    checkPageSize(first);
    const page = await store.listOrgJobs(em, platformOf(viewer), first, after);
    const edges = page.rows.map((row) => ({ node: toView(row), cursor: page.cursor(row) }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  async rowErrors(em: EntityManager, viewer: Viewer, jobId: string, first = 50, after?: string): Promise<ImportRowErrorConnection> {
    checkPageSize(first);
    await store.findOrgJob(em, platformOf(viewer), jobId);
    const page = await store.rowErrorPage(em, jobId, first, after);
    const edges = page.rows.map((node) => ({ node, cursor: store.encodeRowCursor(node) }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /**
   * The error report of a job as CSV text (`row,field,reason`, UTF-8 with a BOM for Excel),
   * produced a page at a time. Scope is checked and the export audited before the first line.
   */
  async errorReport(em: EntityManager, viewer: Viewer, jobId: string, ip: string | null): Promise<{ fileName: string; lines: AsyncIterable<string> }> {
    const job = await store.findOrgJob(em, platformOf(viewer), jobId);
    await this.audit.appendAlone(em, {
      actor: { userId: viewer.userId, orgId: viewer.orgId },
      action: 'IMPORT_ERRORS_EXPORTED',
      targetType: 'ImportJob',
      targetId: jobId,
      outcome: AuditOutcome.SUCCESS,
      details: { rejected: job.rejected },
      ip,
    });
    async function* lines(): AsyncGenerator<string> {
      yield UTF8_BOM + csvLine(['row', 'field', 'reason']);
      let after: string | undefined;
      for (;;) {
        const page = await store.rowErrorPage(em, jobId, 5000, after);
        if (page.rows.length > 0) yield page.rows.map((e) => csvLine([e.row, e.field, e.reason])).join('');
        if (!page.hasNextPage) return;
        after = store.encodeRowCursor(page.rows[page.rows.length - 1]);
      }
    }
    return { fileName: `${path.parse(job.file_name).name}-errors.csv`, lines: lines() };
  }
}

/** Only platform staff have import jobs, and only their own platform's. */
function platformOf(viewer: Viewer): string {
  if (viewer.orgKind !== OrgKind.PLATFORM) throw AppError.forbidden('Only platforms import referrals');
  return viewer.orgId;
}

function checkPageSize(first: number): void {
  requireIntInRange('first', first, 1, MAX_PAGE);
}

export function toView(row: store.ImportJobRow): ImportJobView {
  const bytesTotal = Number(row.bytes_total);
  const bytesRead = Number(row.bytes_read);
  const done = row.status === ImportStatus.SUCCEEDED;
  return {
    id: row.id,
    fileName: row.file_name,
    format: row.format,
    status: row.status,
    rowsRead: row.rows_read,
    accepted: row.accepted,
    rejected: row.rejected,
    bytesRead,
    bytesTotal,
    percent: done ? 100 : bytesTotal > 0 ? Math.min(100, Math.floor((bytesRead / bytesTotal) * 1000) / 10) : 0,
    createdAt: new Date(row.created_at),
    startedAt: row.started_at ? new Date(row.started_at) : null,
    finishedAt: row.finished_at ? new Date(row.finished_at) : null,
    error: row.error,
  };
}
