import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import {
  affectedByBatch,
  batchScope,
  computeRings,
  countRingNodesIn,
  degreeCap,
  exceedsMaxDegree,
  linksOfPages,
  readIdentifierNeighbours,
  readLinkPages,
  readSellerLinks,
  readSellersOfLeads,
  RING_ANALYSIS_DEFAULTS,
  type GraphExecutor,
  type LinkPage,
  type LinkScope,
  type RingOptions,
} from '@cloudsword/graph';
import type { Logger } from '../../logger.js';
import {
  createFullJob,
  fullJobSeeingChange,
  getJob,
  lockJob,
  updateJob,
  type AnalysisCounts,
  type AnalysisJobStatus,
  type AnalysisPhase,
} from './analysis-jobs.js';
import { applyRings, refreshRingStats, type ApplyResult } from './ring-apply.js';
import { claimPendingLeads, deletePendingLeads, pendingAmong, queuePendingLeads, takeRingLock, tryRingLock } from './ring-pending.js';
import { loadActiveRings, loadBlocklist, loadResentSellers, loadRingOfAccounts, loadRings, loadScopePlatforms } from './ring-store.js';

/** Pending leads re-analysed per incremental step. */
const INCREMENTAL_BATCH = 5_000;
/**
 * While the projector has a backlog (a burst of referrals), the incremental analysis waits for
 * it to drain, but never longer than this after a lead was queued: projection comes first, and
 * the leads of the wait are analysed together, reading each shared seller and ring once.
 */
const INCREMENTAL_MAX_DELAY_MS = 10_000;
/** Progress is written at most this often. */
const PROGRESS_INTERVAL_MS = 500;

export interface IncrementalResult {
  leads: number;
  /** Sellers the leads refer to. */
  sellers: number;
  /** Accounts whose rings were recomputed (affected rings' members and new accounts). */
  accounts: number;
  apply: ApplyResult | null;
  /** Rings whose figures alone were refreshed. */
  refreshed: number;
}

/**
 * Finds counterfeiting rings (see graph/src/analytics): a full analysis over every seller of
 * this deployment's platforms, as a job with progress; and, after each projected batch, an
 * incremental one over the rings the new leads touch. Both hold the ring lock while they write,
 * so they never interleave; leads projected during a full analysis wait in `ring_pending_lead`
 * and are re-analysed when it ends.
 */
export class RingAnalysisService {
  private draining: Promise<void> | null = null;
  private drainAgain = false;
  private deferred: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly graph: GraphExecutor,
    private readonly logger: Logger,
    private readonly settings: RingOptions = RING_ANALYSIS_DEFAULTS,
  ) {}

  /** Queues a full analysis (or returns the one already queued or running). */
  async queueFull(em: EntityManager, requestedBy: string | null): Promise<{ id: string; created: boolean }> {
    return createFullJob(em, requestedBy);
  }

  /**
   * For a change to the blocklist, in the caller's transaction: the full analysis that will apply
   * it, new or active (see fullJobSeeingChange). The caller enqueues it after the commit when new.
   */
  async queueFullForBlocklistChange(em: EntityManager, requestedBy: string | null): Promise<{ id: string; created: boolean }> {
    return fullJobSeeingChange(em, requestedBy);
  }

  /** Runs a queued full analysis job to the end; the job row records success or the error. */
  async runFull(jobId: string): Promise<AnalysisJobStatus> {
    const job = await getJob(this.orm.em.fork(), jobId);
    if (job === null || job.kind !== 'FULL' || (job.status !== 'QUEUED' && job.status !== 'RUNNING')) return job?.status ?? 'FAILED';
    const progress = new ProgressWriter(this.orm, jobId);
    await progress.set({ status: 'RUNNING', phase: 'READING', percent: 0 }, true);
    try {
      // The blocklist may change while the analysis runs; then it runs again with the new list.
      for (;;) {
        const run = await this.orm.em.fork().transactional(async (tx) => {
          await takeRingLock(tx);
          return this.analyseAll(tx, jobId, progress);
        });
        if (await this.finishIfBlocklistUnchanged(jobId, run)) return 'SUCCEEDED';
        this.logger.info({ jobId }, 'the ring blocklist changed during the analysis: analysing again');
        await progress.set({ phase: 'READING', percent: 0 }, true);
      }
    } catch (error) {
      // Recorded on the job, not rethrown: a failed analysis is not retried by the queue.
      this.logger.error({ err: brief(error), jobId }, 'ring analysis failed');
      await progress.set({ status: 'FAILED', phase: 'FAILED', error: brief(error).message }, true);
      return 'FAILED';
    } finally {
      // Leads projected meanwhile were left pending for us.
      this.kickPending();
    }
  }

  /**
   * Marks the job SUCCEEDED unless the blocklist differs from the one the analysis used: under
   * the job row's lock, which a blocklist change holds until it commits (fullJobSeeingChange),
   * so no change can slip between this check and the status a curator's client waits for.
   */
  private async finishIfBlocklistUnchanged(jobId: string, run: { counts: AnalysisCounts; blocklist: readonly string[] }): Promise<boolean> {
    return this.orm.em.fork().transactional(async (tx) => {
      await lockJob(tx, jobId);
      const current = await loadBlocklist(tx);
      if (current.length !== run.blocklist.length || current.some((key, i) => key !== run.blocklist[i])) return false;
      await updateJob(tx, jobId, { status: 'SUCCEEDED', phase: 'DONE', percent: 100, counts: run.counts });
      return true;
    });
  }

  private async analyseAll(tx: EntityManager, jobId: string, progress: ProgressWriter): Promise<{ counts: AnalysisCounts; blocklist: string[] }> {
    const scope = await this.scope(tx);
    const blocklist = await loadBlocklist(tx);
    const pages: LinkPage[] = [];
    let linksRead = 0;
    for await (const page of readLinkPages(this.graph, scope, {
      onProgress: (p) => {
        linksRead = p.links;
        void progress.set({ percent: p.total > 0 ? (70 * p.sellers) / p.total : 70, counts: { accountsRead: p.sellers, linksRead: p.links } });
      },
    })) {
      pages.push(page);
    }
    await progress.set({ phase: 'ANALYSING', percent: 70 }, true);
    const result = computeRings(linksOfPages(pages), { ...this.settings, blocklist });
    pages.length = 0;

    await progress.set({ phase: 'SAVING', percent: 80, counts: { ringsFound: result.rings.length, superNodes: result.superNodes.length } }, true);
    const previous = await loadActiveRings(tx);
    // A rebuilt graph has lost its Ring nodes: then every ring is written again.
    const nodes = previous.length > 0 ? await countRingNodesIn(this.graph, previous.map((r) => r.id)) : 0;
    const applied = await applyRings(tx, this.graph, { jobId, previous, rings: result.rings, rewriteAllNodes: nodes < previous.length });
    const counts: AnalysisCounts = {
      accountsRead: result.stats.accounts,
      linksRead,
      ringsFound: result.rings.length,
      ringsCreated: applied.created,
      ringsChanged: applied.changed,
      ringsRetired: applied.retired,
      superNodes: result.superNodes.length,
    };
    return { counts, blocklist };
  }

  /** Queues projected leads for incremental re-analysis; throws if they could not be queued (the caller retries). */
  async leadsProjected(leadIds: string[]): Promise<void> {
    await queuePendingLeads(this.orm.em.fork(), leadIds);
    this.kickPending();
  }

  /** Resolves when no background re-analysis of this instance is running (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  /**
   * Takes up leads still waiting for re-analysis: left by a crash, a failed run, or a run that
   * found the ring lock taken. Called with every projection job (and so at start and once a minute).
   */
  resume(): void {
    this.kickPending();
  }

  /** For shutdown: no deferred re-analysis starts any more; what is pending waits for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.deferred) clearTimeout(this.deferred);
    this.deferred = null;
    await this.idle();
  }

  private kickPending(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.drainAgain = true;
      return;
    }
    this.draining = this.drainPending()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error({ err: brief(error) }, 'incremental ring analysis failed'))
      .finally(() => {
        this.draining = null;
        if (this.drainAgain) {
          this.drainAgain = false;
          this.kickPending();
        }
      });
  }

  /**
   * Re-analyses pending leads, a batch per transaction, until none is left. When another writer
   * holds the ring lock it stops: that writer (an instance draining, or a full analysis) takes
   * the pending leads when it is done.
   */
  async drainPending(): Promise<number> {
    let total = 0;
    for (;;) {
      const wait = await this.deferral();
      if (wait > 0) {
        this.kickAfter(wait);
        return total;
      }
      const done = await this.orm.em.fork().transactional(async (tx) => {
        if (!(await tryRingLock(tx))) return 0;
        const leadIds = await claimPendingLeads(tx, INCREMENTAL_BATCH);
        if (leadIds.length === 0) return 0;
        const started = performance.now();
        const result = await this.reanalyseLeads(tx, leadIds);
        await deletePendingLeads(tx, leadIds);
        this.logger.debug({ ...result, apply: undefined, events: result.apply?.events.length ?? 0, ms: Math.round(performance.now() - started) }, 'incremental ring analysis');
        return leadIds.length;
      });
      if (done === 0) return total;
      total += done;
    }
  }

  /**
   * How long to hold pending leads back: until the projector's backlog is gone, at most
   * INCREMENTAL_MAX_DELAY_MS after the oldest was queued; 0 to go now.
   */
  private async deferral(): Promise<number> {
    const [row] = await this.orm.em.fork().execute<{ backlog: boolean; age_ms: number | null }[]>(
      `select exists (select 1 from outbox where processed_at is null) as backlog,
              (select extract(epoch from now() - min(queued_at)) * 1000 from ring_pending_lead)::float8 as age_ms`,
    );
    if (!row.backlog || row.age_ms === null) return 0;
    return Math.max(0, INCREMENTAL_MAX_DELAY_MS - row.age_ms);
  }

  private kickAfter(ms: number): void {
    if (this.deferred || this.stopped) return;
    this.deferred = setTimeout(() => {
      this.deferred = null;
      this.kickPending();
    }, ms);
    this.deferred.unref();
  }

  /**
   * The incremental step, in a transaction holding the ring lock. The edges these leads touched
   * (see batchScope) decide which rings may change: those are recomputed from their members'
   * links and the accounts newly joined to them, and written back; the other rings of the
   * leads' sellers only get their figures (leads, value, brands, activity) refreshed.
   */
  async reanalyseLeads(tx: EntityManager, leadIds: readonly string[]): Promise<IncrementalResult> {
    const scope = await this.scope(tx);
    const sellers = await readSellersOfLeads(this.graph, leadIds, scope);
    if (sellers.length === 0) return { leads: leadIds.length, sellers: 0, accounts: 0, apply: null, refreshed: 0 };
    const settings: RingOptions = { ...this.settings, blocklist: await loadBlocklist(tx) };
    // Room for every seller of the batch on top of maxDegree: tells "pushed over" from "was over".
    const cap = degreeCap(settings) + sellers.length;

    const current = await readSellerLinks(this.graph, sellers, scope, cap, { withLeads: true });
    const batchLeadIds = new Set(leadIds);
    const waiting = await pendingAmong(tx, [...new Set(current.flatMap((l) => l.leads ?? []))].filter((id) => !batchLeadIds.has(id)));
    const batch = batchScope({ current, batchLeadIds, newLeadIds: new Set([...leadIds, ...waiting]) }, settings);
    const neighbours = await readIdentifierNeighbours(this.graph, sellers, batch.expand, scope, cap);
    const ringOf = await loadRingOfAccounts(tx, [...new Set([...sellers, ...neighbours.map((l) => l.account)])]);
    const affected = affectedByBatch(batch, current, neighbours, ringOf, settings);
    // A lead sent again may have lost identifiers: its seller's ring is recomputed too.
    const resent = (await loadResentSellers(tx, leadIds)).map((seller) => ringOf.get(seller)).filter((id): id is string => id !== undefined);
    const ringIds = [...new Set([...affected.ringIds, ...resent])];

    let apply: ApplyResult | null = null;
    let accounts: string[] = [];
    if (ringIds.length > 0 || affected.accounts.length > 0) {
      const previous = await loadRings(tx, ringIds);
      accounts = [...new Set([...previous.flatMap((r) => r.members), ...affected.accounts])];
      const links = await readSellerLinks(this.graph, accounts, scope, degreeCap(settings));
      // Only part of the graph is read: identifiers too common in the whole graph stay suppressed.
      const superNodes = new Set(links.filter((l) => exceedsMaxDegree(settings, l.kind, l.degree)).map((l) => l.identifier));
      const result = computeRings(links, { ...settings, blocklist: [...settings.blocklist, ...superNodes] });
      apply = await applyRings(tx, this.graph, { jobId: null, previous, rings: result.rings });
    }
    // The sellers' rings now, less those just written, still count the leads from before.
    const rewritten = new Set(apply?.rewritten ?? []);
    const ringsNow = await loadRingOfAccounts(tx, sellers);
    const stale = [...new Set([...ringsNow.values()])].filter((id) => !rewritten.has(id));
    await refreshRingStats(tx, this.graph, stale);
    return { leads: leadIds.length, sellers: sellers.length, accounts: accounts.length, apply, refreshed: stale.length };
  }

  /** Every platform of this deployment (a test database holds only its own platforms). */
  private async scope(em: EntityManager): Promise<LinkScope> {
    return { all: false, platforms: await loadScopePlatforms(em) };
  }
}

/** An error for the log: database errors quote their whole statement, with every bulk row in it. */
function brief(error: unknown): { name: string; message: string; stack?: string } {
  const e = error instanceof Error ? error : new Error(String(error));
  const message = e.message.length > 600 ? `${e.message.slice(0, 300)} … ${e.message.slice(-300)}` : e.message;
  return { name: e.name, message, stack: e.stack?.split('\n').filter((line) => line.trimStart().startsWith('at ')).slice(0, 8).join('\n') };
}

/** Writes job progress on its own connection, throttled, so readers see it while the job runs. */
class ProgressWriter {
  private last = 0;
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly orm: MikroORM,
    private readonly jobId: string,
  ) {}

  async set(
    change: { status?: 'RUNNING' | 'SUCCEEDED' | 'FAILED'; phase?: AnalysisPhase; percent?: number; error?: string; counts?: AnalysisCounts },
    force = false,
  ): Promise<void> {
    const now = Date.now();
    if (!force && now - this.last < PROGRESS_INTERVAL_MS) return;
    this.last = now;
    this.pending = this.pending.then(() => updateJob(this.orm.em.fork(), this.jobId, change)).catch(() => undefined);
    await this.pending;
  }
}
