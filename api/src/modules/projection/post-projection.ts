import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../logger.js';

const HOOKS_LOCK = 0x686f6f6b; // "hook"

/** Work that follows the projection of some leads; must be safe to run twice for a lead. */
export type PostProjectionHook = (leadIds: string[]) => Promise<void>;

/**
 * Runs the post-projection hooks (ring re-analysis queue, name keys, repeat-infringer alerts)
 * off the projector's critical path, so that projecting the next batch into Neo4j overlaps
 * with them. Durable: the outbox row of a projected lead keeps `hooks_done_at` empty until the
 * hooks have run for it, in the same transaction that sets it; after a crash or a failed hook
 * the next kick takes the rows up again. One instance at a time works through them (an
 * advisory lock); others return at once.
 */
export class PostProjectionRunner {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
    private readonly hook: PostProjectionHook,
    private readonly batchSize = 5000,
  ) {}

  /** Asks for pending hooks to run soon; calls while a run is under way coalesce into one more run. */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error({ err: error }, 'post-projection hooks failed; they will be retried'))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Resolves when no run of this instance is under way (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Runs the hooks for every projected outbox row that still lacks them; returns the rows done. */
  async drain(): Promise<number> {
    let done = 0;
    for (;;) {
      const rows = await this.orm.em.fork().transactional(async (tx) => {
        const [lock] = await tx.execute<{ locked: boolean }[]>('select pg_try_advisory_xact_lock(?) as locked', [HOOKS_LOCK]);
        if (!lock.locked) return 0;
        const pending = await tx.execute<{ id: string; aggregate_id: string }[]>(
          `select id::text, aggregate_id from outbox
           where processed_at is not null and hooks_done_at is null
           order by id limit ? for update skip locked`,
          [this.batchSize],
        );
        if (pending.length === 0) return 0;
        await this.hook([...new Set(pending.map((r) => r.aggregate_id))]);
        await tx.execute(`update outbox set hooks_done_at = now() where id = any(?::bigint[])`, [`{${pending.map((r) => r.id).join(',')}}`]);
        return pending.length;
      });
      if (rows === 0) return done;
      done += rows;
    }
  }
}
