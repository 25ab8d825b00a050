import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphExecutor } from '@cloudsword/graph';
import type { AppConfig } from './config.js';
import type { Logger } from './logger.js';
import { AuditLog } from './audit/audit-log.js';
import { Clock } from './clock.js';
import { AccessService } from './modules/access/index.js';
import { HealthService } from './modules/health/health.service.js';
import { SessionService } from './modules/session/session.service.js';
import { UserService } from './modules/users/user.service.js';
import { LeadIntakeService } from './modules/leads/lead-intake.service.js';
import { LeadService } from './modules/leads/lead.service.js';
import { ReferralService } from './modules/leads/referral.service.js';
import type { JobQueue } from './jobs/job-queue.js';
import { ImportService } from './modules/imports/import.service.js';

import { ExplorationService } from './modules/exploration/exploration.service.js';
import { EvidencePathService } from './modules/exploration/evidence-path.service.js';
import { IdentifierSearchService } from './modules/exploration/identifier-search.service.js';
import { refreshNameKeys } from './modules/exploration/name-index.js';
import { PostProjectionRunner } from './modules/projection/post-projection.js';
import { BasesService } from './modules/bases/bases.service.js';
import { AlertService } from './modules/alerts/alert.service.js';
import { LeadKnownInfringerSource } from './modules/alerts/known-infringers.js';
import { RepeatInfringerDetector } from './modules/alerts/repeat-infringers.js';
import { RingAnalysisService } from './modules/rings/ring-analysis.service.js';
import { RingService } from './modules/rings/ring.service.js';
import { RingBlocklistService } from './modules/rings/ring-blocklist.service.js';

/** The composition root's service graph; resolvers reach data only through these. */
export interface Services {
  config: AppConfig;
  logger: Logger;
  audit: AuditLog;
  clock: Clock;
  access: AccessService;
  graph: GraphExecutor;
  health: HealthService;
  session: SessionService;
  users: UserService;
  intake: LeadIntakeService;
  leads: LeadService;
  referrals: ReferralService;
  jobs: JobQueue;
  imports: ImportService;
  exploration: ExplorationService;
  evidencePaths: EvidencePathService;
  identifierSearch: IdentifierSearchService;
  bases: BasesService;
  alerts: AlertService;
  rings: RingService;
  ringAnalysis: RingAnalysisService;
  ringBlocklist: RingBlocklistService;
  /** Runs what follows a projection (ring queue, name keys, alerts) beside the projector. */
  postProjection: PostProjectionRunner;
}

export function createServices(
  config: AppConfig,
  logger: Logger,
  orm: MikroORM,
  graph: GraphExecutor,
  jobs: JobQueue,
): Services {
  const audit = new AuditLog();
  const clock = new Clock();
  const access = new AccessService(clock);
  const notifyProjection = () => jobs.requestProjection();
  const intake = new LeadIntakeService(audit, config.identityHashSecret, notifyProjection);
  const leads = new LeadService(access, audit, notifyProjection);
  const repeatInfringers = new RepeatInfringerDetector(graph, new LeadKnownInfringerSource());
  const ringAnalysis = new RingAnalysisService(orm, graph, logger);
  return {
    config,
    logger,
    audit,
    clock,
    access,
    graph,
    health: new HealthService(orm, graph),
    session: new SessionService(config, audit),
    users: new UserService(),
    intake,
    leads,
    referrals: new ReferralService(intake, leads),
    jobs,
    imports: new ImportService(config, logger, orm, audit, intake, jobs),
    exploration: new ExplorationService(graph, audit, access),
    evidencePaths: new EvidencePathService(graph, audit, access),
    identifierSearch: new IdentifierSearchService(config.identityHashSecret, access),
    bases: new BasesService(access),
    alerts: new AlertService(audit),
    rings: new RingService(access, audit, graph, ringAnalysis, (jobId) => jobs.enqueueRingAnalysis(jobId)),
    ringAnalysis,
    ringBlocklist: new RingBlocklistService(audit, access, ringAnalysis, (jobId) => jobs.enqueueRingAnalysis(jobId), config.identityHashSecret),
    postProjection: new PostProjectionRunner(orm, logger, async (leadIds) => {
      await ringAnalysis.leadsProjected(leadIds);
      await refreshNameKeys(orm.em.fork(), leadIds);
      await repeatInfringers.check(orm.em.fork(), leadIds);
    }),
  };
}
