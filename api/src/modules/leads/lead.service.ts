import type { EntityManager } from '@mikro-orm/postgresql';
import { LeadStatus, searchIdentifierKeys } from '@cloudsword/shared';
import type { AuditLog } from '../../audit/audit-log.js';
import { isUuid } from '../../pagination/opaque-cursor.js';
import { leadScopeSql, worksLeads, type AccessService } from '../access/index.js';
import type { Viewer } from '../../auth/viewer.js';
import { AppError } from '../../errors/app-error.js';
import { requireIntInRange } from '../../errors/input-checks.js';
import { setLeadStatuses } from './lead-status.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { LEAD_COLUMNS, toLeadViews, type LeadRow } from './lead-views.js';
import type { LeadConnection, LeadFilter, LeadView } from './lead.types.js';

export const MAX_PAGE = 100;

// What an agency may set; RECEIVED and ROUTED belong to intake.
const SETTABLE = new Set([
  LeadStatus.UNDER_INVESTIGATION,
  LeadStatus.CONFIRMED_COUNTERFEIT,
  LeadStatus.NOT_CONFIRMED,
  LeadStatus.ACTIONED,
]);

/** Reads and status changes of leads, always within the viewer's lead scope. */
export class LeadService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditLog,
    private readonly notifyProjection: () => void,
  ) {}

  async list(em: EntityManager, viewer: Viewer, filter: LeadFilter = {}, first = 20, after?: string): Promise<LeadConnection> {
    requireIntInRange('first', first, 1, MAX_PAGE);
    const audience = await this.access.leadAudience(em, viewer);
    const where = [leadScopeSql(audience)];
    if (filter.status?.length) where.push({ sql: 'l.status = any(?::text[])', params: [`{${filter.status.join(',')}}`] });
    if (filter.receivedFrom) where.push({ sql: 'l.received_at >= ?', params: [filter.receivedFrom] });
    if (filter.receivedTo) where.push({ sql: 'l.received_at < ?', params: [filter.receivedTo] });
    if (filter.search?.trim()) where.push(searchPredicate(filter.search.trim()));
    if (after) {
      const c = decodeCursor(after);
      where.push({ sql: '(l.received_at, l.id) < (?::timestamptz, ?::uuid)', params: [c.receivedAt, c.id] });
    }
    const rows = await em.execute<(LeadRow & { received_at_text: string })[]>(
      `select ${LEAD_COLUMNS}, l.received_at::text as received_at_text from lead l where ${where.map((w) => `(${w.sql})`).join(' and ')}
       order by l.received_at desc, l.id desc limit ?`,
      [...where.flatMap((w) => w.params), first + 1],
    );
    const page = rows.slice(0, first);
    const views = await toLeadViews(em, page, worksLeads(audience));
    const edges = views.map((node, i) => ({ node, cursor: encodeCursor(page[i].received_at_text, node.id) }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** One lead, if the viewer may see it; the read is audited. Out of scope reads as NOT_FOUND. */
  async get(em: EntityManager, viewer: Viewer, id: string, ip: string | null): Promise<LeadView> {
    const lead = await this.findInScope(em, viewer, id);
    await this.audit.recordAlone(em, viewer, { action: 'READ_LEAD', targetType: 'Lead', targetId: id, ip });
    return lead;
  }

  async setStatus(em: EntityManager, viewer: Viewer, id: string, status: LeadStatus, note: string | undefined, ip: string | null): Promise<LeadView> {
    if (!worksLeads(await this.access.leadAudience(em, viewer))) throw AppError.forbidden('Only the agencies a lead is routed to may change its status');
    if (!SETTABLE.has(status)) {
      throw AppError.badInput('This status is set by intake', [{ field: 'status', reason: `must be one of ${[...SETTABLE].join(', ')}` }]);
    }
    const before = await this.findInScope(em, viewer, id);
    await em.transactional(async (tx) => {
      await setLeadStatuses(tx, [id], status);
      await this.audit.record(tx, viewer, {
        action: 'SET_LEAD_STATUS',
        targetType: 'Lead',
        targetId: id,
        details: { from: before.status, to: status, note: note ?? null },
        ip,
      });
    });
    this.notifyProjection();
    return this.findInScope(em, viewer, id);
  }

  private async findInScope(em: EntityManager, viewer: Viewer, id: string): Promise<LeadView> {
    if (!isUuid(id)) throw AppError.notFound('Lead');
    const audience = await this.access.audience(em, viewer);
    const predicate = leadScopeSql(audience);
    const rows = await em.execute<LeadRow[]>(
      `select ${LEAD_COLUMNS} from lead l where l.id = ? and (${predicate.sql})`,
      [id, ...predicate.params],
    );
    if (rows.length === 0) throw AppError.notFound('Lead');
    return (await toLeadViews(em, rows, worksLeads(audience)))[0];
  }
}

function searchPredicate(text: string): { sql: string; params: unknown[] } {
  const keys = searchIdentifierKeys(text);
  const byKey = keys.length
    ? ` or l.id in (select i.lead_id from lead_identifier i where i.key = any(?::text[]))`
    : '';
  const keyArray = `{${keys.map((k) => `"${k.replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
  return {
    sql: `l.external_id = ? or l.seller_account_id = ?${byKey}`,
    params: keys.length ? [text, text, keyArray] : [text, text],
  };
}
