import pg from 'pg';
import PgBoss from 'pg-boss';
import type { Logger } from '../logger.js';

export const QUEUES = {
  /** Drains the outbox into Neo4j. Stately: at most one queued and one running. */
  project: 'graph-project',
  /** Processes one uploaded import file. */
  importFile: 'lead-import',
  /** Runs one full ring analysis (its progress is on its analysis_job row). */
  ringAnalysis: 'ring-analysis',
} as const;

const QUEUE_SETUP_LOCK = 0x71756575; // "queu"

/** Runs `work` while holding a PostgreSQL advisory lock on a connection of its own. */
async function withSessionLock(databaseUrl: string, key: number, work: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [key]);
    await work();
  } finally {
    await client.end();
  }
}

export interface JobHandlers {
  project(): Promise<void>;
  importFile(importJobId: string): Promise<void>;
  analyseRings(analysisJobId: string): Promise<void>;
}

/**
 * The job queue on PostgreSQL (pg-boss). Work survives restarts and runs on whichever API
 * instance picks it up; Neo4j being down only makes projection jobs retry.
 */
export class JobQueue {
  private projectionRequested = false;

  private constructor(
    private readonly boss: PgBoss,
    private readonly logger: Logger,
  ) {}

  static async start(databaseUrl: string, logger: Logger): Promise<JobQueue> {
    const boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', max: 4, supervise: true, schedule: true });
    boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
    await boss.start();
    // pg-boss creates a queue's table on first use; two instances doing it at once deadlock
    // (the app and a worker starting together on a fresh database), so one at a time.
    await withSessionLock(databaseUrl, QUEUE_SETUP_LOCK, async () => {
      await boss.createQueue(QUEUES.project, { name: QUEUES.project, policy: 'stately', retryLimit: 100_000, retryDelay: 2 });
      await boss.createQueue(QUEUES.importFile, { name: QUEUES.importFile, retryLimit: 3, retryDelay: 5, expireInHours: 4 });
      await boss.createQueue(QUEUES.ringAnalysis, { name: QUEUES.ringAnalysis, retryLimit: 0, expireInHours: 2 });
    });
    return new JobQueue(boss, logger);
  }

  /**
   * Starts the workers of the given queues on this instance (all by default), plus a
   * once-a-minute projection as a safety net where projection is worked.
   */
  async work(handlers: JobHandlers, queues: readonly string[] = Object.values(QUEUES)): Promise<void> {
    if (queues.includes(QUEUES.project)) {
      await this.boss.work(QUEUES.project, { pollingIntervalSeconds: 0.5 }, async () => handlers.project());
      await this.boss.schedule(QUEUES.project, '* * * * *');
    }
    if (queues.includes(QUEUES.importFile)) {
      await this.boss.work<{ importJobId: string }>(QUEUES.importFile, { pollingIntervalSeconds: 0.5 }, async ([job]) =>
        handlers.importFile(job.data.importJobId),
      );
    }
    if (queues.includes(QUEUES.ringAnalysis)) {
      await this.boss.work<{ analysisJobId: string }>(QUEUES.ringAnalysis, { pollingIntervalSeconds: 0.5 }, async ([job]) =>
        handlers.analyseRings(job.data.analysisJobId),
      );
    }
  }

  /** Asks for the outbox to be drained soon; many calls in one tick make one job. */
  requestProjection(): void {
    if (this.projectionRequested) return;
    this.projectionRequested = true;
    setImmediate(() => {
      this.projectionRequested = false;
      this.boss.send(QUEUES.project, {}).catch((error: unknown) => this.logger.warn({ err: error }, 'could not queue projection'));
    });
  }

  async enqueueImport(importJobId: string): Promise<void> {
    await this.boss.send(QUEUES.importFile, { importJobId });
  }

  async enqueueRingAnalysis(analysisJobId: string): Promise<void> {
    await this.boss.send(QUEUES.ringAnalysis, { analysisJobId });
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 10_000 });
  }
}
