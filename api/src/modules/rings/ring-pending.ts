import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../database/sql-params.js';

// Coordination of ring writers: the lock that keeps a full and an incremental analysis (on any
// API instance) from interleaving, and the leads waiting for an incremental re-analysis.

/** Serialises ring writers (full and incremental analyses) across API instances. */
export const RING_LOCK = 0x72696e67; // "ring"

/** Leads projected since the last incremental analysis. */
export async function queuePendingLeads(em: EntityManager, leadIds: readonly string[]): Promise<void> {
  if (leadIds.length === 0) return;
  await em.execute(
    `insert into ring_pending_lead (lead_id) select unnest(?::uuid[]) on conflict (lead_id) do nothing`,
    [uuidArray(leadIds)],
  );
}

/** Claims up to `limit` pending leads in the caller's transaction; returns their ids. */
export async function claimPendingLeads(em: EntityManager, limit: number): Promise<string[]> {
  const rows = await em.execute<{ lead_id: string }[]>(
    `select lead_id from ring_pending_lead order by queued_at, lead_id limit ? for update skip locked`,
    [limit],
  );
  return rows.map((r) => r.lead_id);
}

/** Which of these leads are still waiting for an incremental analysis. */
export async function pendingAmong(em: EntityManager, leadIds: readonly string[]): Promise<string[]> {
  const ids = leadIds.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (ids.length === 0) return [];
  const rows = await em.execute<{ lead_id: string }[]>(`select lead_id from ring_pending_lead where lead_id = any(?::uuid[])`, [uuidArray(ids)]);
  return rows.map((r) => r.lead_id);
}

export async function deletePendingLeads(em: EntityManager, leadIds: readonly string[]): Promise<void> {
  if (leadIds.length === 0) return;
  await em.execute(`delete from ring_pending_lead where lead_id = any(?::uuid[])`, [uuidArray(leadIds)]);
}

/** Takes the ring lock for the caller's transaction if it is free; false when another writer has it. */
export async function tryRingLock(em: EntityManager): Promise<boolean> {
  const rows = await em.execute<{ locked: boolean }[]>(`select pg_try_advisory_xact_lock(?) as locked`, [RING_LOCK]);
  return rows[0].locked;
}

/** Waits for the ring lock, for the caller's transaction. */
export async function takeRingLock(em: EntityManager): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(?)`, [RING_LOCK]);
}
