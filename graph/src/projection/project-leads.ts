import type { GraphExecutor } from '../neo4j/executor.js';
import { leadHashes } from '../queries/lead-hashes.js';
import type { LeadGraphRecord } from './lead-record.js';
import { leadProjectionStatements } from './lead-projection.js';
import { buildLeadRows, leadRecordProblem } from './lead-rows.js';

/**
 * Records per write transaction. Measured against Neo4j 5.26 (1 GiB heap, 512 MiB transaction
 * limit) on the shared two-core box with ~7 identifiers per lead: 2,000 and 5,000 ran alike
 * (~1,000 new leads/s), 1,000 was slower, 10,000 exceeded `db.memory.transaction.max`.
 */
export const DEFAULT_PROJECTION_BATCH_SIZE = 2000;

// A batch also closes at this many identifiers per record on average, so that a few leads with
// hundreds of identifiers cannot push one transaction past Neo4j's memory limit.
const IDENTIFIERS_PER_RECORD_BUDGET = 10;

export interface ProjectLeadsOptions {
  batchSize?: number;
  /**
   * Re-merge every node and edge of every lead, even leads the graph already holds unchanged:
   * repairs drift found by the consistency check. Slower; the default trusts `projectionHash`.
   */
  force?: boolean;
  /** Called after each committed batch, e.g. to report job progress. */
  onBatch?: (progress: { projected: number; total: number }) => void;
}

export interface ProjectLeadsResult {
  /** Records projected (a lead present twice counts twice). */
  projected: number;
  /** Of those, leads the graph already held with the same assertions: only their properties were written. */
  unchanged: number;
  /** Records that cannot be projected, with the reason; they never block the others. */
  rejected: { id: string; reason: string }[];
  /** Write transactions committed. */
  batches: number;
  /** Parameter rows sent (nodes, identifier rows, retractions): a measure of the work done. */
  rows: number;
}

/**
 * Projects lead records into Neo4j, one write transaction per batch, in the order given (so a
 * later version of a lead wins). Idempotent: a failed run can simply be repeated. Assumes one
 * projector at a time (the outbox job): each batch reads its leads' stored hashes just before
 * writing. Throws the executor's graph errors; batches committed before a failure stay committed.
 */
export async function projectLeads(
  executor: GraphExecutor,
  records: readonly LeadGraphRecord[],
  options: ProjectLeadsOptions = {},
): Promise<ProjectLeadsResult> {
  const batchSize = options.batchSize ?? DEFAULT_PROJECTION_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);

  const rejected: ProjectLeadsResult['rejected'] = [];
  const valid = records.filter((record) => {
    const reason = leadRecordProblem(record);
    if (reason) rejected.push({ id: String(record?.id), reason });
    return reason === null;
  });

  const result: ProjectLeadsResult = { projected: valid.length, unchanged: 0, rejected, batches: 0, rows: 0 };
  for (let start = 0; start < valid.length; ) {
    const batch = nextBatch(valid, start, batchSize);
    start += batch.length;
    const previous = options.force ? undefined : await storedHashes(executor, batch);
    const rows = buildLeadRows(batch, previous);
    const statements = leadProjectionStatements(rows);
    await executor.writeAll(statements);
    result.batches += 1;
    result.unchanged += rows.leadProps.length;
    result.rows += statements.reduce((sum, s) => sum + (s.params?.rows as unknown[]).length, 0);
    options.onBatch?.({ projected: start, total: valid.length });
  }
  return result;
}

function nextBatch(records: readonly LeadGraphRecord[], start: number, batchSize: number): LeadGraphRecord[] {
  let identifiers = 0;
  let end = start;
  while (end < records.length && end - start < batchSize) {
    identifiers += records[end].identifiers.length;
    end += 1;
    if (identifiers >= batchSize * IDENTIFIERS_PER_RECORD_BUDGET) break;
  }
  return records.slice(start, end);
}

async function storedHashes(executor: GraphExecutor, batch: readonly LeadGraphRecord[]): Promise<Map<string, string | null>> {
  const result = await executor.read<{ key: string; hash: string | null }>(leadHashes([...new Set(batch.map((r) => r.id))]));
  return new Map(result.records.map((record) => [record.get('key'), record.get('hash')]));
}
