import type { EntityManager } from '@mikro-orm/postgresql';
import type { LeadStatus } from '@cloudsword/shared';
import { uuidArray } from '../../database/sql-params.js';
import { enqueueProjection } from './lead-writer.js';

/**
 * Sets the status of leads in the caller's transaction, and when it changed (what the referring
 * platform follows), for those whose status differs; queues their re-projection. Returns the
 * ids whose status changed, with the status each had before.
 */
export async function setLeadStatuses(em: EntityManager, leadIds: readonly string[], status: LeadStatus): Promise<{ id: string; before: LeadStatus }[]> {
  if (leadIds.length === 0) return [];
  const changed = await em.execute<{ id: string; before: LeadStatus }[]>(
    `update lead l set status = ?, status_changed_at = now(), updated_at = now()
     from (select id, status as before from lead where id = any(?::uuid[]) and status <> ? for update) old
     where l.id = old.id returning l.id, old.before`,
    [status, uuidArray(leadIds), status],
  );
  await enqueueProjection(em, changed.map((c) => c.id));
  return changed;
}
