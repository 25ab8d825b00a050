import type { MikroORM } from '@mikro-orm/postgresql';
import { projectLeads, type GraphExecutor } from '@cloudsword/graph';
import type { Logger } from '../../logger.js';
import { loadLeadGraphRecords } from './lead-records.js';

const PROJECTOR_LOCK = 0x70726f6a; // "proj"

export interface DrainResult {
  entries: number;
  leads: number;
  batches: number;
}

/**
 * Applies pending outbox entries to Neo4j, batch by batch, until none is left. Each batch
 * takes the projector lock (instances drain one after another) and claims its rows,
 * projects the leads' current state and marks the rows done in the same PostgreSQL
 * transaction; if Neo4j fails the rows stay pending and the job retries. Re-applying is safe:
 * the projection is idempotent.
 */
export async function drainOutbox(
  orm: MikroORM,
  graph: GraphExecutor,
  logger: Logger,
  options: {
    batchSize?: number;
    /**
     * Called after each committed batch, synchronously: e.g. to kick the post-projection
     * hooks, which run beside the next batch (their pending rows are in the outbox).
     */
    afterBatch?: () => void;
  } = {},
): Promise<DrainResult> {
  // 5,000 leads per Neo4j transaction: a third faster than 2,000 here; 10,000 exceeds the
  // launcher's 512 MiB transaction memory limit.
  const batchSize = options.batchSize ?? 5000;
  const total: DrainResult = { entries: 0, leads: 0, batches: 0 };
  for (;;) {
    const done = await orm.em.fork().transactional(async (tx) => {
      // One writer at a time: edges' provenance lists are read and written back, and two
      // projectors would overwrite each other's additions (and deadlock on hub nodes).
      await tx.execute('select pg_advisory_xact_lock(?)', [PROJECTOR_LOCK]);
      const rows = await tx.execute<{ id: string; aggregate_id: string }[]>(
        `select id::text, aggregate_id from outbox where processed_at is null order by id limit ? for update skip locked`,
        [batchSize],
      );
      if (rows.length === 0) return null;
      const leadIds = [...new Set(rows.map((r) => r.aggregate_id))];
      const records = await loadLeadGraphRecords(tx, leadIds);
      await projectLeads(graph, records, { batchSize });
      await tx.execute(`update outbox set processed_at = now() where id = any(?::bigint[])`, [`{${rows.map((r) => r.id).join(',')}}`]);
      return { entries: rows.length, leads: records.length };
    });
    if (!done) return total;
    options.afterBatch?.();
    total.entries += done.entries;
    total.leads += done.leads;
    total.batches++;
    logger.debug({ entries: done.entries, leads: done.leads }, 'projected outbox batch');
  }
}

/** Entries not yet applied to Neo4j (what `health` and `graph:check` report as lag). */
export async function outboxBacklog(orm: MikroORM): Promise<number> {
  const rows = await orm.em.fork().execute<{ n: string }[]>(`select count(*)::text as n from outbox where processed_at is null`);
  return Number(rows[0].n);
}
