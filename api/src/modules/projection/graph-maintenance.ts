import type { MikroORM } from '@mikro-orm/postgresql';
import {
  clearGraph,
  compareSortedStreams,
  ensureGraphSchema,
  identifierKeys,
  IDENTIFIER_LABELS,
  leadKeys,
  projectLeads,
  sellerEdgeLines,
  type GraphExecutor,
  type SortedStreamDiff,
} from '@cloudsword/graph';
import { loadLeadGraphRecords } from './lead-records.js';
import { pgIdentifierKeys, pgLeadKeys, pgSellerEdgeLines } from './pg-inventory.js';

export type Progress = (done: number, total: number) => void;

/**
 * Drops the graph and projects every lead again from PostgreSQL, in id order. Outbox entries
 * written meanwhile are applied afterwards by the projector (the projection is idempotent).
 */
export async function rebuildGraph(orm: MikroORM, graph: GraphExecutor, progress: Progress, batchSize = 2000): Promise<number> {
  await clearGraph(graph);
  await ensureGraphSchema(graph);
  const em = orm.em.fork();
  const total = Number((await em.execute<{ n: string }[]>('select count(*)::text as n from lead'))[0].n);
  let after = '00000000-0000-0000-0000-000000000000';
  let done = 0;
  for (;;) {
    const ids = await em.execute<{ id: string }[]>(`select id from lead where id > ? order by id limit ?`, [after, batchSize]);
    if (ids.length === 0) break;
    await projectLeads(graph, await loadLeadGraphRecords(em, ids.map((r) => r.id)));
    done += ids.length;
    after = ids[ids.length - 1].id;
    progress(done, total);
  }
  return done;
}

export interface GraphCheckReport {
  ok: boolean;
  sections: { name: string; diff: SortedStreamDiff }[];
  pendingOutbox: number;
}

/** Compares what Neo4j holds with what PostgreSQL says it should hold, in constant memory. */
export async function checkGraph(orm: MikroORM, graph: GraphExecutor): Promise<GraphCheckReport> {
  const em = orm.em.fork();
  const sections: GraphCheckReport['sections'] = [];
  sections.push({ name: 'Lead nodes', diff: await compareSortedStreams(pgLeadKeys(em), leadKeys(graph)) });
  for (const label of IDENTIFIER_LABELS) {
    sections.push({ name: `${label} nodes`, diff: await compareSortedStreams(pgIdentifierKeys(em, label), identifierKeys(graph, label)) });
  }
  sections.push({ name: 'seller→identifier edges with provenance', diff: await compareSortedStreams(pgSellerEdgeLines(em), sellerEdgeLines(graph)) });
  const pending = Number((await em.execute<{ n: string }[]>('select count(*)::text as n from outbox where processed_at is null'))[0].n);
  return { ok: sections.every((s) => s.diff.onlyInA === 0 && s.diff.onlyInB === 0), sections, pendingOutbox: pending };
}
