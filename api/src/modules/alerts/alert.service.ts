import type { EntityManager } from '@mikro-orm/postgresql';
import { LeadStatus } from '@cloudsword/shared';
import { AuditLog, AuditOutcome } from '../../audit/audit-log.js';
import type { Viewer } from '../../auth/viewer.js';
import { AppError } from '../../errors/app-error.js';
import type { GraphEntityKind } from '../exploration/exploration.types.js';
import type { AlertEvidence } from './alert-evidence.js';
import { AlertKind, AlertLinkVia, PlatformNoticeKind, type AlertConnection, type AlertView, type PlatformNoticeConnection } from './alert.types.js';
import { requireIntInRange } from '../../errors/input-checks.js';
import { decodeCursor, encodeCursor, isUuid } from '../../pagination/opaque-cursor.js';

export const MAX_ALERT_PAGE = 100;

interface AlertRow {
  id: string;
  kind: AlertKind;
  lead_id: string;
  external_id: string;
  evidence: AlertEvidence;
  created_at: string | Date;
  created_key: string;
  acknowledged_at: string | Date | null;
}

interface NoticeRow {
  id: string;
  kind: PlatformNoticeKind;
  lead_id: string;
  external_id: string;
  created_at: string | Date;
  created_key: string;
}

/** An agency's own alerts and a platform's own notices, newest first. */
export class AlertService {
  constructor(private readonly audit: AuditLog) {}

  async alerts(em: EntityManager, viewer: Viewer, first = 20, after?: string): Promise<AlertConnection> {
    const page = pageArgs(first, after);
    const rows = await em.execute<AlertRow[]>(
      `select a.id, a.kind, a.lead_id, l.external_id, a.evidence, a.created_at, a.created_at::text as created_key, a.acknowledged_at
       from alert a join lead l on l.id = a.lead_id
       where a.org_id = ? and (?::timestamptz is null or (a.created_at, a.id) < (?::timestamptz, ?::uuid))
       order by a.created_at desc, a.id desc limit ?`,
      [viewer.orgId, page.at, page.at, page.id, first + 1],
    );
    const edges = rows.slice(0, first).map((r) => ({ node: toAlertView(r), cursor: encodeAlertCursor(r.created_key, r.id) }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  async platformNotices(em: EntityManager, viewer: Viewer, first = 20, after?: string): Promise<PlatformNoticeConnection> {
    const page = pageArgs(first, after);
    const rows = await em.execute<NoticeRow[]>(
      `select n.id, n.kind, n.lead_id, l.external_id, n.created_at, n.created_at::text as created_key
       from platform_notice n join lead l on l.id = n.lead_id
       where n.org_id = ? and l.platform_org_id = ? and (?::timestamptz is null or (n.created_at, n.id) < (?::timestamptz, ?::uuid))
       order by n.created_at desc, n.id desc limit ?`,
      [viewer.orgId, viewer.orgId, page.at, page.at, page.id, first + 1],
    );
    const edges = rows.slice(0, first).map((r) => ({
      node: { id: r.id, kind: r.kind, lead: { id: r.lead_id, externalId: r.external_id }, createdAt: new Date(r.created_at) },
      cursor: encodeAlertCursor(r.created_key, r.id),
    }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** Marks one of the viewer's agency's alerts as seen; someone else's alert is NOT_FOUND. Audited. */
  async acknowledge(em: EntityManager, viewer: Viewer, id: string, ip: string | null): Promise<AlertView> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw AppError.notFound('Alert');
    const row = await em.transactional(async (tx) => {
      const updated = await tx.execute<{ id: string }[]>(
        `update alert set acknowledged_at = coalesce(acknowledged_at, now()), acknowledged_by = coalesce(acknowledged_by, ?)
         where id = ? and org_id = ? returning id`,
        [viewer.userId, id, viewer.orgId],
      );
      if (updated.length === 0) throw AppError.notFound('Alert');
      await this.audit.append(tx, {
        actor: { userId: viewer.userId, orgId: viewer.orgId },
        action: 'ACKNOWLEDGE_ALERT',
        targetType: 'Alert',
        targetId: id,
        outcome: AuditOutcome.SUCCESS,
        ip,
      });
      const rows = await tx.execute<AlertRow[]>(
        `select a.id, a.kind, a.lead_id, l.external_id, a.evidence, a.created_at, a.created_at::text as created_key, a.acknowledged_at
         from alert a join lead l on l.id = a.lead_id where a.id = ?`,
        [id],
      );
      return rows[0];
    });
    return toAlertView(row);
  }
}

function pageArgs(first: number, after: string | undefined): { at: string | null; id: string | null } {
  requireIntInRange('first', first, 1, MAX_ALERT_PAGE);
  if (!after) return { at: null, id: null };
  const [at, id] = decodeCursor<[string, string]>(after, (p) => p.length === 2 && typeof p[0] === 'string' && /^\d{4}-\d{2}-\d{2} [\d:.+-]+$/.test(p[0]) && isUuid(p[1]));
  return { at, id };
}

// The cursor keeps PostgreSQL's own text of the timestamp: a JS Date would drop the
// microseconds, and rows created in one transaction share a timestamp to the microsecond.
function encodeAlertCursor(createdKey: string, id: string): string {
  return encodeCursor([createdKey, id]);
}

function toAlertView(r: AlertRow): AlertView {
  return {
    id: r.id,
    kind: r.kind,
    lead: { id: r.lead_id, externalId: r.external_id },
    createdAt: new Date(r.created_at),
    acknowledgedAt: r.acknowledged_at ? new Date(r.acknowledged_at) : null,
    evidence: {
      links: r.evidence.links.map((link) => ({
        via: link.via as AlertLinkVia,
        identifier: link.identifier
          ? { id: link.identifier.key, kind: link.identifier.kind as GraphEntityKind, display: link.identifier.display }
          : null,
        sellerIds: link.sellerKeys,
        knownLeads: link.known.map((k) => ({ id: k.id, externalId: k.label, status: k.status as LeadStatus })),
      })),
      otherAgencies: r.evidence.otherAgencies,
    },
  };
}
