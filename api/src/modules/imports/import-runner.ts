import { open, unlink } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { OrgId, OrgKind, Role, UserId } from '@cloudsword/shared';
import { AuditLog, AuditOutcome } from '../../audit/audit-log.js';
import { decideGate, Gate } from '../../auth/authorization.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Logger } from '../../logger.js';
import type { LeadIntakeService } from '../leads/lead-intake.service.js';
import { openImportSource, UnreadableFileError, type ImportItem, type ImportSource } from './import-reader.js';
import * as store from './import-store.js';

/**
 * Runs one import job: streams the file through intake a chunk at a time, awaiting each
 * chunk before reading on, and records progress and row errors after every chunk.
 * A retry starts the file again from the top: re-referral updates, never duplicates.
 */
export class ImportRunner {
  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
    private readonly audit: AuditLog,
    private readonly intake: LeadIntakeService,
    private readonly chunkSize: number,
  ) {}

  async run(importJobId: string): Promise<void> {
    const em = this.orm.em.fork();
    const job = await store.findJob(em, importJobId);
    if (!job) {
      this.logger.warn({ importJobId }, 'import job not found; nothing to run');
      return;
    }
    if (!(await store.startRun(em, importJobId))) return; // already finished

    const viewer = await this.uploader(job);
    if (!viewer) return this.fail(job, 'The uploader may no longer refer leads for this platform');
    let file: Readable;
    try {
      file = (await open(job.file_path, 'r')).createReadStream({ highWaterMark: 256 * 1024 });
    } catch {
      return this.fail(job, 'The uploaded file is no longer available; please upload it again');
    }

    const started = Date.now();
    try {
      const totals = await this.process(job, viewer, openImportSource(file, job.format));
      await store.finishJob(em, job.id, 'SUCCEEDED', null, totals.bytesRead);
      await this.appendAudit(job, 'IMPORT_FINISHED', AuditOutcome.SUCCESS, { ...totals });
      await this.removeFile(job.file_path);
      const seconds = (Date.now() - started) / 1000;
      this.logger.info({ importJobId, ...totals, seconds, rowsPerSecond: Math.round(totals.rowsRead / Math.max(seconds, 0.001)) }, 'import finished');
    } catch (error) {
      if (error instanceof UnreadableFileError) return this.fail(job, error.message);
      const reason = error instanceof Error ? error.message.split('\n')[0].slice(0, 200) : String(error);
      await store.markRetrying(em, job.id, `An attempt stopped (${reason}); it will be retried from the start`).catch(() => undefined);
      throw error;
    } finally {
      file.destroy();
    }
  }

  private async process(job: store.ImportJobRow, viewer: Viewer, source: ImportSource): Promise<store.ImportProgress> {
    const totals: store.ImportProgress = { rowsRead: 0, accepted: 0, rejected: 0, bytesRead: 0 };
    let pending: ImportItem[] = [];
    let referrals = 0;
    const flush = async () => {
      await this.processChunk(job, viewer, source, pending, totals);
      pending = [];
      referrals = 0;
    };
    const rows = source.items[Symbol.asyncIterator]();
    try {
      for (;;) {
        const next = await rows.next().catch((error: unknown) => {
          throw error instanceof UnreadableFileError ? error : new UnreadableFileError(`The file could not be read: ${(error as Error).message}`);
        });
        if (next.done) break;
        pending.push(next.value);
        if (next.value.problems === undefined) referrals++;
        // Rejected rows count too, so that a file of nothing but bad rows still shows progress.
        if (referrals >= this.chunkSize || pending.length >= this.chunkSize * 4) await flush();
      }
      await flush();
      totals.bytesRead = source.bytesRead(); // the whole file, trailing line break and all
    } finally {
      await rows.return?.();
    }
    return totals;
  }

  private async processChunk(
    job: store.ImportJobRow,
    viewer: Viewer,
    source: ImportSource,
    items: ImportItem[],
    totals: store.ImportProgress,
  ): Promise<void> {
    const toRefer = items.filter((i) => i.problems === undefined);
    const results = toRefer.length
      ? await this.intake.refer(this.orm.em.fork(), viewer, toRefer.map((i) => i.referral), { importJobId: job.id, rowOffset: toRefer[0].row - 1 })
      : [];
    const errors: store.RowError[] = [];
    results.forEach((result, i) => {
      if (result.problems.length > 0) {
        totals.rejected++;
        for (const p of result.problems) errors.push({ row: toRefer[i].row, field: source.fieldOf(p.field), reason: p.reason });
      } else if (result.leadId) {
        totals.accepted++;
      }
    });
    for (const item of items) {
      if (item.problems === undefined) continue;
      totals.rejected++;
      for (const p of item.problems) errors.push({ row: item.row, field: p.field, reason: p.reason });
    }
    totals.rowsRead += items.length;
    totals.bytesRead = items.at(-1)?.end ?? totals.bytesRead;
    await store.saveProgress(this.orm.em.fork(), job.id, totals, errors);
  }

  /** The job's uploader as a viewer, if they still may refer leads for the job's platform. */
  private async uploader(job: store.ImportJobRow): Promise<Viewer | null> {
    const rows = await this.orm.em.fork().execute<
      { id: string; roles: Role[]; disabled: boolean; org_id: string; kind: OrgKind; province_code: string | null; city_code: string | null }[]
    >(
      `select u.id, u.roles, u.disabled, o.id as org_id, o.kind, o.province_code, o.city_code
       from app_user u join organisation o on o.id = u.organisation_id where u.id = ?`,
      [job.user_id],
    );
    const user = rows[0];
    if (!user || user.disabled || user.org_id !== job.platform_org_id) return null;
    const viewer: Viewer = {
      userId: user.id as UserId,
      orgId: user.org_id as OrgId,
      orgKind: user.kind,
      roles: user.roles,
      provinceCode: user.province_code,
      cityCode: user.city_code,
    };
    return decideGate(Gate.PLATFORM_REFERRER, viewer) === 'ALLOW' ? viewer : null;
  }

  private async fail(job: store.ImportJobRow, error: string): Promise<void> {
    // A failed job is never retried, so its file goes first: once FAILED is visible the upload is gone.
    await this.removeFile(job.file_path);
    await store.finishJob(this.orm.em.fork(), job.id, 'FAILED', error);
    await this.appendAudit(job, 'IMPORT_FAILED', AuditOutcome.FAILURE, { error });
    this.logger.warn({ importJobId: job.id, error }, 'import failed');
  }

  private appendAudit(job: store.ImportJobRow, action: string, outcome: AuditOutcome, details: Record<string, unknown>): Promise<void> {
    return this.audit.appendAlone(this.orm.em.fork(), {
      actor: { userId: job.user_id, orgId: job.platform_org_id },
      action,
      targetType: 'ImportJob',
      targetId: job.id,
      outcome,
      details,
    });
  }

  async removeFile(filePath: string): Promise<void> {
    await unlink(filePath).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') this.logger.warn({ err: error, filePath }, 'could not remove an upload');
    });
  }
}
