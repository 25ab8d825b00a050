import type { EntityManager } from '@mikro-orm/postgresql';
import { brandKey, buildRingSubgraph, readRingMemberEdges, RING_ANALYSIS_DEFAULTS, type GraphExecutor, type RingOptions } from '@cloudsword/graph';
import type { AuditLog } from '../../audit/audit-log.js';
import type { Viewer } from '../../auth/viewer.js';
import { isUuid } from '../../pagination/opaque-cursor.js';
import { graphVisibility, type AccessService } from '../access/index.js';
import { pageOfViews } from './ring-page.js';
import { ScopedRingRankings } from './scoped-rankings.js';
import { AppError } from '../../errors/app-error.js';
import { getJob, type AnalysisJobRow } from './analysis-jobs.js';
import type { RingAnalysisService } from './ring-analysis.service.js';
import { decodeRingCursor, encodeRingCursor, ORDER_SQL } from './ring-cursor.js';
import { loadRingViews, toDate } from './ring-views.js';
import { AnalysisJobStatus, RingOrder, type AnalysisJobView, type RingConnection, type RingFilter, type RingSubgraph, type RingView } from './ring.types.js';
import { requireIntInRange } from '../../errors/input-checks.js';

export const MAX_RING_PAGE = 50;
export const MAX_SUBGRAPH_NODES = 2_000;

/** Reads of rings, always within the viewer's graph visibility, and the start of an analysis. */
export class RingService {
  private readonly rankings: ScopedRingRankings;

  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditLog,
    private readonly graph: GraphExecutor,
    private readonly analysis: RingAnalysisService,
    private readonly enqueueAnalysis: (jobId: string) => Promise<void>,
    private readonly settings: RingOptions = RING_ANALYSIS_DEFAULTS,
  ) {
    this.rankings = new ScopedRingRankings(graph, settings);
  }

  /** The weights rings are scored with (each score factor's weight). */
  get scoreWeights(): RingOptions['scoreWeights'] {
    return this.settings.scoreWeights;
  }

  /**
   * Active rings the viewer may see something of. The alliance-wide view reads the stored
   * rings; a restricted viewer gets its scoped ranking: every figure, the order and the cursor
   * come from what it may see (DESIGN.md invariant 6).
   */
  async list(em: EntityManager, viewer: Viewer, filter: RingFilter, orderBy: RingOrder, first: number, after?: string): Promise<RingConnection> {
    requireIntInRange('first', first, 1, MAX_RING_PAGE);
    const audience = await this.access.audience(em, viewer);
    const visibility = graphVisibility(audience);
    if (!visibility.all) {
      const ranked = await this.rankings.views(em, audience, visibility);
      return pageOfViews(ranked.filter((v) => matches(v, filter)), orderBy, first, after);
    }
    const where: { sql: string; params: unknown[] }[] = [{ sql: `rg.status = 'ACTIVE'`, params: [] }];
    if (filter.minScore !== undefined && filter.minScore !== null) where.push({ sql: 'rg.score >= ?', params: [filter.minScore] });
    if (filter.province) where.push({ sql: 'rg.provinces @> array[?]::text[]', params: [filter.province] });
    if (filter.platform) where.push({ sql: 'rg.platforms @> array[?]::text[]', params: [filter.platform] });
    if (filter.brand) where.push({ sql: 'rg.brand_keys @> array[?]::text[]', params: [brandKey(filter.brand)] });
    const order = ORDER_SQL[orderBy];
    if (after) {
      const cursor = decodeRingCursor(after, orderBy);
      where.push({ sql: `(${order.expression}, rg.id) < (?::${order.type}, ?::uuid)`, params: [cursor.value, cursor.id] });
    }
    const rows = await em.execute<{ id: string }[]>(
      `select rg.id from ring rg where ${where.map((w) => `(${w.sql})`).join(' and ')}
       order by ${order.expression} desc, rg.id desc limit ?`,
      [...where.flatMap((w) => w.params), first + 1],
    );
    const views = await loadRingViews(em, this.graph, rows.slice(0, first).map((r) => r.id), visibility, this.settings);
    const edges = views.map((node) => ({ node, cursor: encodeRingCursor(orderBy, node) }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** One ring, if the viewer may see any of it (NOT_FOUND otherwise); the read is audited. */
  async get(em: EntityManager, viewer: Viewer, id: string, ip: string | null): Promise<RingView> {
    const visibility = graphVisibility(await this.access.audience(em, viewer));
    if (!isUuid(id)) throw AppError.notFound('Ring');
    const [view] = await loadRingViews(em, this.graph, [id], visibility, this.settings);
    if (view === undefined) throw AppError.notFound('Ring');
    await this.audit.recordAlone(em, viewer, {
      action: 'READ_RING',
      targetType: 'Ring',
      targetId: id,
      details: { members: view.size, restricted: !visibility.all },
      ip,
    });
    return view;
  }

  /** The drawable subgraph of a ring, from the edges this viewer may see (never the parent object's word for it). */
  async subgraph(em: EntityManager, viewer: Viewer, ring: RingView, limit: number): Promise<RingSubgraph> {
    requireIntInRange('limit', limit, 1, MAX_SUBGRAPH_NODES);
    const visibility = graphVisibility(await this.access.audience(em, viewer));
    const same = visibility.all === ring.visibility.all && visibility.orgIds.join(',') === ring.visibility.orgIds.join(',');
    const edges = (same ? ring.memberEdges : undefined) ?? (await readRingMemberEdges(this.graph, [ring.id], visibility)).get(ring.id) ?? [];
    return buildRingSubgraph(edges, ring.linkingKeys, limit);
  }

  /** Starts a full analysis (or returns the one already queued or running); audited. */
  async startAnalysis(em: EntityManager, viewer: Viewer, ip: string | null): Promise<AnalysisJobView> {
    const job = await em.transactional(async (tx) => {
      const queued = await this.analysis.queueFull(tx, viewer.userId);
      await this.audit.record(tx, viewer, {
        action: 'START_RING_ANALYSIS',
        targetType: 'AnalysisJob',
        targetId: queued.id,
        details: { alreadyRunning: !queued.created },
        ip,
      });
      return queued;
    });
    if (job.created) await this.enqueueAnalysis(job.id);
    return this.analysisJob(em, viewer, job.id);
  }

  /** A job's progress; its whole-graph counts only for viewers who see the whole graph (a curator without graph access sees none). */
  async analysisJob(em: EntityManager, viewer: Viewer, id: string): Promise<AnalysisJobView> {
    const seesAll = (await this.access.audience(em, viewer)).reach === 'ALL';
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
