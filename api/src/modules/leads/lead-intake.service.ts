import type { EntityManager } from '@mikro-orm/postgresql';
import { AGENCY_KINDS, OrgKind, validateReferral, type FieldProblem } from '@cloudsword/shared';
import { AuditLog, AuditOutcome } from '../../audit/audit-log.js';
import type { Viewer } from '../../auth/viewer.js';
import { AppError } from '../../errors/app-error.js';
import { routeLead, type AgencyJurisdiction } from './routing.js';
import { writeLeads, type LeadToWrite } from './lead-writer.js';
import { residentIdHasher } from './resident-id-hash.js';

/** The most referrals one `referLeads` call or one import chunk may carry. */
export const MAX_BATCH = 1000;

export interface IntakeItemResult {
  /** 1-based position in the batch (or the file's row number for imports). */
  row: number;
  externalId: string | null;
  leadId: string | null;
  created: boolean;
  problems: FieldProblem[];
  warnings: FieldProblem[];
}

export interface IntakeOptions {
  importJobId?: string | null;
  /** Added to each item's position: the file row number of the batch's first item, less one. */
  rowOffset?: number;
  ip?: string | null;
}

export type ProjectionNotifier = () => void;

/**
 * Accepts platform referrals: validates and normalises each, routes it to agencies, and
 * commits the good ones with their outbox rows in one transaction. Bad items are reported
 * with row, field and reason and never block the good ones.
 */
export class LeadIntakeService {
  constructor(
    private readonly audit: AuditLog,
    private readonly identityHashSecret: string,
    private readonly notifyProjection: ProjectionNotifier,
  ) {}

  async refer(em: EntityManager, viewer: Viewer, items: unknown[], options: IntakeOptions = {}): Promise<IntakeItemResult[]> {
    if (viewer.orgKind !== OrgKind.PLATFORM) throw AppError.forbidden('Only platforms refer leads');
    if (items.length > MAX_BATCH) {
      throw AppError.badInput(`A batch may carry at most ${MAX_BATCH} leads`, [{ field: 'leads', reason: `has ${items.length} items` }]);
    }
    const offset = options.rowOffset ?? 0;
    const hashResidentId = residentIdHasher(this.identityHashSecret);
    const now = new Date();
    const results: IntakeItemResult[] = items.map((_, i) => ({
      row: offset + i + 1, externalId: null, leadId: null, created: false, problems: [], warnings: [],
    }));

    // The last item with a given externalId wins, as if the items were sent one after another.
    const accepted = new Map<string, { index: number; write: LeadToWrite }>();
    items.forEach((item, i) => {
      const check = validateReferral(item, { hashResidentId, now });
      const result = results[i];
      result.externalId = typeof (item as { externalId?: unknown })?.externalId === 'string' ? (item as { externalId: string }).externalId : null;
      if (!check.ok) {
        result.problems = check.problems.map((p) => ({ ...p, row: result.row }));
        return;
      }
      result.warnings = check.warnings.map((p) => ({ ...p, row: result.row }));
      accepted.set(check.lead.externalId, { index: i, write: { lead: check.lead, warnings: check.warnings, raw: item, routes: [] } });
    });
    if (accepted.size === 0) return results;

    const agencies = await loadJurisdictions(em);
    for (const { write } of accepted.values()) write.routes = routeLead(write.lead.origins, agencies);

    const written = await em.transactional(async (tx) => {
      const rows = await writeLeads(tx, viewer.orgId, [...accepted.values()].map((a) => a.write), options.importJobId ?? null);
      await this.audit.append(tx, {
        actor: { userId: viewer.userId, orgId: viewer.orgId },
        action: 'REFER_LEADS',
        targetType: 'Lead',
        outcome: AuditOutcome.SUCCESS,
        details: {
          accepted: rows.length,
          created: rows.filter((r) => r.created).length,
          rejected: results.filter((r) => r.problems.length > 0).length,
          importJobId: options.importJobId ?? null,
          leadIds: rows.map((r) => r.id),
        },
        ip: options.ip ?? null,
      });
      return rows;
    });
    this.notifyProjection();

    const byExternal = new Map(written.map((w) => [w.externalId, w]));
    items.forEach((_, i) => {
      const result = results[i];
      if (result.problems.length > 0) return;
      const lead = byExternal.get(result.externalId ?? '');
      // Every accepted item shares its lead with later items of the same externalId.
      if (lead) {
        result.leadId = lead.id;
        result.created = lead.created && accepted.get(lead.externalId)?.index === i;
      }
    });
    return results;
  }
}

async function loadJurisdictions(em: EntityManager): Promise<AgencyJurisdiction[]> {
  const kinds = [...AGENCY_KINDS, OrgKind.ALLIANCE_SECRETARIAT];
  const rows = await em.execute<{ id: string; kind: OrgKind; province_code: string | null; city_code: string | null }[]>(
    `select id, kind, province_code, city_code from organisation where kind = any(?::text[])`,
    [`{${kinds.join(',')}}`],
  );
  return rows.map((r) => ({ id: r.id, kind: r.kind, provinceCode: r.province_code, cityCode: r.city_code }));
}
