import type { EntityManager } from '@mikro-orm/postgresql';

// analysis_job rows: a full ring analysis is a job whose progress the API shows while it runs.
// Progress is written on its own connection, outside the analysis transaction, so that readers
// see it as it moves.

export type AnalysisJobStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
export type AnalysisPhase = 'QUEUED' | 'READING' | 'ANALYSING' | 'SAVING' | 'DONE' | 'FAILED';

export interface AnalysisJobRow {
  id: string;
  kind: 'FULL' | 'INCREMENTAL';
  status: AnalysisJobStatus;
  phase: AnalysisPhase;
  percent: number;
  accounts_read: number;
  links_read: string;
  rings_found: number;
  rings_created: number;
  rings_changed: number;
  rings_retired: number;
  super_nodes: number;
  error: string | null;
  created_at: string | Date;
  started_at: string | Date | null;
  finished_at: string | Date | null;
}

export interface AnalysisCounts {
  accountsRead?: number;
  linksRead?: number;
  ringsFound?: number;
  ringsCreated?: number;
  ringsChanged?: number;
  ringsRetired?: number;
  superNodes?: number;
}

const COUNT_COLUMNS: Record<keyof AnalysisCounts, string> = {
  accountsRead: 'accounts_read',
  linksRead: 'links_read',
  ringsFound: 'rings_found',
  ringsCreated: 'rings_created',
  ringsChanged: 'rings_changed',
  ringsRetired: 'rings_retired',
  superNodes: 'super_nodes',
};

/**
 * A queued full analysis, or the one already queued or running (at most one at a time):
 * `created` tells which.
 */
export async function createFullJob(em: EntityManager, requestedBy: string | null): Promise<{ id: string; created: boolean }> {
  // A job whose process died never finishes: after the queue's expiry it no longer blocks a new one.
  await em.execute(
    `update analysis_job set status = 'FAILED', phase = 'FAILED', error = 'abandoned: not finished within 2 hours', finished_at = now()
     where kind = 'FULL' and status in ('QUEUED','RUNNING') and created_at < now() - interval '2 hours'`,
  );
  const inserted = await em.execute<{ id: string }[]>(
    `insert into analysis_job (kind, requested_by) values ('FULL', ?) on conflict do nothing returning id`,
    [requestedBy],
  );
  if (inserted.length > 0) return { id: inserted[0].id, created: true };
  const active = await em.execute<{ id: string }[]>(
    `select id from analysis_job where kind = 'FULL' and status in ('QUEUED','RUNNING') limit 1`,
  );
  if (active.length === 0) throw new Error('no full analysis job could be created or found');
  return { id: active[0].id, created: false };
}

/**
 * For a change to the blocklist, in the caller's transaction: a full analysis that is sure to
 * see the change. A new job runs after the commit; an active one is returned locked (FOR
 * UPDATE) until the commit, and a running job takes that lock before it decides that it is done
 * (`lockJob`), so it then sees the change and analyses again (RingAnalysisService.runFull).
 */
export async function fullJobSeeingChange(em: EntityManager, requestedBy: string | null): Promise<{ id: string; created: boolean }> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const job = await createFullJob(em, requestedBy);
    if (job.created) return job;
    const [row] = await em.execute<{ status: AnalysisJobStatus }[]>(`select status from analysis_job where id = ? for update`, [job.id]);
    if (row?.status === 'QUEUED' || row?.status === 'RUNNING') return job;
    // It finished meanwhile: the next attempt queues a new one.
  }
  throw new Error('no full analysis job could be created or locked');
}

/** Locks a job row for the caller's transaction (see fullJobSeeingChange). */
export async function lockJob(em: EntityManager, id: string): Promise<void> {
  await em.execute(`select id from analysis_job where id = ? for update`, [id]);
}

export async function getJob(em: EntityManager, id: string): Promise<AnalysisJobRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const rows = await em.execute<AnalysisJobRow[]>(`select * from analysis_job where id = ?`, [id]);
  return rows[0] ?? null;
}

export async function updateJob(
  em: EntityManager,
  id: string,
  change: { status?: AnalysisJobStatus; phase?: AnalysisPhase; percent?: number; error?: string; counts?: AnalysisCounts },
): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [];
  const set = (column: string, value: unknown) => {
    sets.push(`${column} = ?`);
    params.push(value);
  };
  if (change.status !== undefined) {
    set('status', change.status);
    if (change.status === 'RUNNING') sets.push('started_at = coalesce(started_at, now())');
    if (change.status === 'SUCCEEDED' || change.status === 'FAILED') sets.push('finished_at = now()');
  }
  if (change.phase !== undefined) set('phase', change.phase);
  if (change.percent !== undefined) set('percent', Math.max(0, Math.min(100, Math.round(change.percent * 10) / 10)));
  if (change.error !== undefined) set('error', change.error.slice(0, 2000));
  for (const [key, value] of Object.entries(change.counts ?? {})) {
    if (value !== undefined) set(COUNT_COLUMNS[key as keyof AnalysisCounts], value);
  }
  if (sets.length === 0) return;
  await em.execute(`update analysis_job set ${sets.join(', ')} where id = ?`, [...params, id]);
}
