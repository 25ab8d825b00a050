import type { EntityManager } from '@mikro-orm/postgresql';
import { brandKey, buildRingSubgraph, readRingMemberEdges, RING_ANALYSIS_DEFAULTS, type GraphExecutor, type RingOptions } from '@cloudsword/graph';
import { ErrorCode, Role } from '@cloudsword/shared';
import { AuditLog, AuditOutcome } from '../../audit/audit-log.js';
import { graphVisibility } from '../../auth/scopes/graph-scope.js';
import { leadScope, leadScopeSql } from '../../auth/scopes/lead-scope.js';
import { hasAnyRole, type Viewer } from '../../auth/viewer.js';
import { AppError } from '../../errors/app-error.js';
import { getJob, type AnalysisJobRow } from './analysis-jobs.js';
import type { RingAnalysisService } from './ring-analysis.service.js';
import { decodeRingCursor, encodeRingCursor, ORDER_SQL } from './ring-cursor.js';
import { loadRingViews, toDate } from './ring-views.js';
import { AnalysisJobStatus, RingOrder, type AnalysisJobView, type RingConnection, type RingFilter, type RingSubgraph, type RingView } from './ring.types.js';
import { requireIntInRange } from '../../errors/input-checks.js';

export const MAX_RING_PAGE = 50;
export const MAX_SUBGRAPH_NODES = 2_000;

/** Who may start an analysis: those who plan the work, not every investigator. */
const ANALYSIS_ROLES = [Role.COORDINATOR, Role.ANALYST, Role.SUPERVISOR];

/** Reads of rings, always within the viewer's graph visibility, and the start of an analysis. */
export class RingService {
  constructor(
    private readonly audit: AuditLog,
    private readonly graph: GraphExecutor,
    private readonly analysis: RingAnalysisService,
    private readonly enqueueAnalysis: (jobId: string) => Promise<void>,
    private readonly settings: RingOptions = RING_ANALYSIS_DEFAULTS,
  ) {}

  /** The weights rings are scored with (each score factor's weight). */
  get scoreWeights(): RingOptions['scoreWeights'] {
    return this.settings.scoreWeights;
  }

  /**
   * Active rings with at least one member edge the viewer may see. Filters and order use the
   * stored figures; a restricted viewer's page is then re-described from what it may see and
   * re-filtered on those figures, so a page may hold fewer than `first` rings.
   */
  async list(em: EntityManager, viewer: Viewer, filter: RingFilter, orderBy: RingOrder, first: number, after?: string): Promise<RingConnection> {
    requireIntInRange('first', first, 1, MAX_RING_PAGE);
    const visibility = await graphVisibility(em, viewer);
    const where: { sql: string; params: unknown[] }[] = [{ sql: `rg.status = 'ACTIVE'`, params: [] }];
    if (filter.minScore !== undefined && filter.minScore !== null) where.push({ sql: 'rg.score >= ?', params: [filter.minScore] });
    if (filter.province) where.push({ sql: 'rg.provinces @> array[?]::text[]', params: [filter.province] });
    if (filter.platform) where.push({ sql: 'rg.platforms @> array[?]::text[]', params: [filter.platform] });
    if (filter.brand) where.push({ sql: 'rg.brand_keys @> array[?]::text[]', params: [brandKey(filter.brand)] });
    if (!visibility.all) {
      const scope = leadScopeSql(leadScope(viewer), 'l');
      where.push({
        sql: `exists (select 1 from ring_member rm
                join organisation po on po.code = rm.platform_code
                join lead l on l.platform_org_id = po.id and l.seller_account_id = rm.account_id
                where rm.ring_id = rg.id and (${scope.sql}))`,
        params: scope.params,
      });
    }
    const order = ORDER_SQL[orderBy];
    if (after) {
      const cursor = decodeRingCursor(after, orderBy);
      where.push({ sql: `(${order.expression}, rg.id) < (?::${order.type}, ?::uuid)`, params: [cursor.value, cursor.id] });
    }
    const rows = await em.execute<{ id: string; score: number; size: number; last_activity: string | Date | null }[]>(
      `select rg.id, rg.score, rg.size, rg.last_activity from ring rg where ${where.map((w) => `(${w.sql})`).join(' and ')}
       order by ${order.expression} desc, rg.id desc limit ?`,
      [...where.flatMap((w) => w.params), first + 1],
    );
    const page = rows.slice(0, first);
    const views = await loadRingViews(em, this.graph, page.map((r) => r.id), visibility, this.settings);
    const edges = views.filter((v) => visibility.all || matches(v, filter)).map((node) => ({ node, cursor: encodeRingCursor(orderBy, node) }));
    // The cursor of the last row read, so that a page thinned for a restricted viewer still moves on.
    const last = page.at(-1);
    const endCursor = last ? encodeRingCursor(orderBy, { id: last.id, sort: { score: last.score, size: last.size, lastActivity: toDate(last.last_activity) } }) : null;
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor } };
  }

  /** One ring, if the viewer may see any of it (NOT_FOUND otherwise); the read is audited. */
  async get(em: EntityManager, viewer: Viewer, id: string, ip: string | null): Promise<RingView> {
    const visibility = await graphVisibility(em, viewer);
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw AppError.notFound('Ring');
    const [view] = await loadRingViews(em, this.graph, [id], visibility, this.settings);
    if (view === undefined) throw AppError.notFound('Ring');
    await this.audit.appendAlone(em, {
      actor: { userId: viewer.userId, orgId: viewer.orgId },
      action: 'READ_RING',
      targetType: 'Ring',
      targetId: id,
      outcome: AuditOutcome.SUCCESS,
      details: { members: view.size, restricted: !visibility.all },
      ip,
    });
    return view;
  }

  /** The drawable subgraph of a ring view, from the edges its viewer may see. */
  async subgraph(_em: EntityManager, _viewer: Viewer, ring: RingView, limit: number): Promise<RingSubgraph> {
    requireIntInRange('limit', limit, 1, MAX_SUBGRAPH_NODES);
    const edges = ring.memberEdges ?? (await readRingMemberEdges(this.graph, [ring.id], ring.visibility)).get(ring.id) ?? [];
    return buildRingSubgraph(edges, ring.linkingKeys, limit);
  }

  /** Starts a full analysis (or returns the one already queued or running); audited. */
  async startAnalysis(em: EntityManager, viewer: Viewer, ip: string | null): Promise<AnalysisJobView> {
    if (!hasAnyRole(viewer, ANALYSIS_ROLES)) throw AppError.forbidden('Only coordinators, analysts and supervisors may start a ring analysis');
    const job = await em.transactional(async (tx) => {
      const queued = await this.analysis.queueFull(tx, viewer.userId);
      await this.audit.append(tx, {
        actor: { userId: viewer.userId, orgId: viewer.orgId },
        action: 'START_RING_ANALYSIS',
        targetType: 'AnalysisJob',
        targetId: queued.id,
        outcome: AuditOutcome.SUCCESS,
        details: { alreadyRunning: !queued.created },
        ip,
      });
      return queued;
    });
    if (job.created) await this.enqueueAnalysis(job.id);
    return this.analysisJob(em, viewer, job.id);
  }

  /** An analysis job's progress; whole-graph counts only for those who may see the whole graph. */
  /** A job's progress; its whole-graph counts only for viewers who see the whole graph (a curator without graph access sees none). */
  async analysisJob(em: EntityManager, viewer: Viewer, id: string): Promise<AnalysisJobView> {
    const seesAll = await graphVisibility(em, viewer).then(
      (visibility) => visibility.all,
      (error: unknown) => {
        if (error instanceof AppError && error.code === ErrorCode.FORBIDDEN) return false;
        throw error;
      },
    );
    const job = await getJob(em, id);
    if (job === null) throw AppError.notFound('Analysis job');
    return toJobView(job, seesAll);
  }
}

/** A restricted view still has to match the filter on what the viewer sees. */
function matches(view: RingView, filter: RingFilter): boolean {
  if (filter.minScore !== undefined && filter.minScore !== null && view.score < filter.minScore) return false;
  if (filter.province && !view.provinces.some((p) => p.code === filter.province)) return false;
  if (filter.platform && !view.scoreBreakdown.platforms.includes(filter.platform)) return false;
  if (filter.brand && !view.brands.some((b) => brandKey(b) === brandKey(filter.brand!))) return false;
  return true;
}

function toJobView(job: AnalysisJobRow, counts: boolean): AnalysisJobView {
  const count = (value: number | string) => (counts ? Number(value) : null);
  return {
    id: job.id,
    kind: job.kind,
    status: job.status as AnalysisJobStatus,
    phase: job.phase,
    percent: job.percent,
    accountsRead: count(job.accounts_read),
    linksRead: count(job.links_read),
    ringsFound: count(job.rings_found),
    ringsCreated: count(job.rings_created),
    ringsChanged: count(job.rings_changed),
    ringsRetired: count(job.rings_retired),
    superNodes: count(job.super_nodes),
    error: job.error,
    createdAt: toDate(job.created_at)!,
    startedAt: toDate(job.started_at),
    finishedAt: toDate(job.finished_at),
  };
}
