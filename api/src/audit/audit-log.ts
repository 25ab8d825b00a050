import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditOutcome } from './audit-event.entity.js';
import { stableJson } from './stable-json.js';

export { AuditOutcome };

export interface AuditActor {
  userId?: string | null;
  orgId?: string | null;
}

export interface AuditEntry {
  actor: AuditActor | null;
  action: string;
  targetType?: string;
  targetId?: string;
  outcome: AuditOutcome;
  details?: Record<string, unknown>;
  ip?: string | null;
}

/** What a viewer did: the actor comes from the viewer, success unless said otherwise. */
export type ViewerEvent = Omit<AuditEntry, 'actor' | 'outcome'> & { outcome?: AuditOutcome };

export const GENESIS_HASH = '0'.repeat(64);
// One lock id for the chain: appends are serialised so that seq order is chain order.
const CHAIN_LOCK = 0x617564; // "aud"

interface HashedFields {
  occurredAt: string;
  actorUserId: string | null;
  actorOrgId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: string;
  details: Record<string, unknown>;
  ip: string | null;
}

function chainHash(prevHash: string, fields: HashedFields): string {
  return createHash('sha256').update(prevHash).update(stableJson(fields)).digest('hex');
}

/**
 * Append-only, hash-chained audit log. `append` must run inside the caller's transaction, so
 * the audit row commits or rolls back with the write it records.
 */
export class AuditLog {
  async append(em: EntityManager, entry: AuditEntry): Promise<void> {
    const fields: HashedFields = {
      occurredAt: new Date().toISOString(),
      actorUserId: entry.actor?.userId ?? null,
      actorOrgId: entry.actor?.orgId ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      outcome: entry.outcome,
      details: entry.details ?? {},
      ip: entry.ip ?? null,
    };
    await em.execute('select pg_advisory_xact_lock(?)', [CHAIN_LOCK]);
    const last = await em.execute<{ hash: string }[]>('select hash from audit_event order by seq desc limit 1');
    const prevHash = last[0]?.hash ?? GENESIS_HASH;
    await em.execute(
      `insert into audit_event (occurred_at, actor_user_id, actor_org_id, action, target_type, target_id, outcome, details, ip, prev_hash, hash)
       values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)`,
      [
        fields.occurredAt,
        fields.actorUserId,
        fields.actorOrgId,
        fields.action,
        fields.targetType,
        fields.targetId,
        fields.outcome,
        JSON.stringify(fields.details),
        fields.ip,
        prevHash,
        chainHash(prevHash, fields),
      ],
    );
  }

  /** Appends an event done by a signed-in viewer (the common case), inside the caller's transaction. */
  async record(em: EntityManager, viewer: { userId: string; orgId: string }, event: ViewerEvent): Promise<void> {
    await this.append(em, { ...event, actor: { userId: viewer.userId, orgId: viewer.orgId }, outcome: event.outcome ?? AuditOutcome.SUCCESS });
  }

  /** `record` in a transaction of its own (reads, which write nothing else). */
  async recordAlone(em: EntityManager, viewer: { userId: string; orgId: string }, event: ViewerEvent): Promise<void> {
    await em.transactional((tx) => this.record(tx, viewer, event));
  }

  /** Appends in a transaction of its own (for events with no other write, e.g. a failed login). */
  async appendAlone(em: EntityManager, entry: AuditEntry): Promise<void> {
    await em.transactional((tx) => this.append(tx, entry));
  }

  /** Re-computes the chain in batches; reports the first row whose hash or link is wrong. */
  async verify(em: EntityManager, batchSize = 5000): Promise<{ ok: boolean; checked: number; firstBadSeq?: string }> {
    let prevHash = GENESIS_HASH;
    let afterSeq = '0';
    let checked = 0;
    for (;;) {
      const rows = await em.execute<AuditRow[]>(
        `select seq::text, occurred_at, actor_user_id, actor_org_id, action, target_type, target_id, outcome, details, ip, prev_hash, hash
         from audit_event where seq > ?::bigint order by audit_event.seq limit ?`,
        [afterSeq, batchSize],
      );
      if (rows.length === 0) return { ok: true, checked };
      for (const row of rows) {
        const fields: HashedFields = {
          occurredAt: new Date(row.occurred_at).toISOString(),
          actorUserId: row.actor_user_id,
          actorOrgId: row.actor_org_id,
          action: row.action,
          targetType: row.target_type,
          targetId: row.target_id,
          outcome: row.outcome,
          details: row.details,
          ip: row.ip,
        };
        if (row.prev_hash !== prevHash || chainHash(prevHash, fields) !== row.hash) {
          return { ok: false, checked, firstBadSeq: row.seq };
        }
        prevHash = row.hash;
        afterSeq = row.seq;
        checked++;
      }
    }
  }
}

interface AuditRow {
  seq: string;
  occurred_at: string | Date;
  actor_user_id: string | null;
  actor_org_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  outcome: string;
  details: Record<string, unknown>;
  ip: string | null;
  prev_hash: string;
  hash: string;
}
