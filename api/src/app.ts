import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ensureGraphSchema, GraphExecutor } from '@cloudsword/graph';
import type { AppConfig } from './config.js';
import type { RequestContext } from './context.js';
import { ensureDatabase, openOrm } from './database/orm.js';
import { createApollo } from './http/apollo.js';
import { serveWeb } from './http/static-web.js';
import type { Logger } from './logger.js';
import { buildAppSchema } from './schema.js';
import { createServices, type Services } from './services.js';
import { StartupError } from './startup-error.js';
import { JobQueue } from './jobs/job-queue.js';
import { drainOutbox } from './modules/projection/projector.js';
import { registerImportRoutes } from './modules/imports/import.routes.js';
import { redactHealth } from './modules/health/health.resolver.js';

export interface RunningApp {
  url: string;
  port: number;
  orm: MikroORM;
  graph: GraphExecutor;
  services: Services;
  stop(): Promise<void>;
}

const DEFAULT_WEB_DIST = path.resolve(__dirname, '../../web/dist');

/** Connects to PostgreSQL and Neo4j, checks the schema, and serves GraphQL and the web app. */
export async function startApp(config: AppConfig, logger: Logger): Promise<RunningApp> {
  const orm = await connectPostgres(config);
  const graph = await connectNeo4j(config, logger).catch(async (error) => {
    await orm.close();
    throw error;
  });
  const jobs = await JobQueue.start(config.databaseUrl, logger);
  const services = createServices(config, logger, orm, graph, jobs);
  if (config.workers) {
    await jobs.work({
      project: async () => {
        // Hooks and ring re-analyses left pending by a crash or a failed run are taken up
        // again with every drain (at start, after referrals, and once a minute).
        services.postProjection.kick();
        services.ringAnalysis.resume();
        await drainOutbox(orm, graph, logger, { afterBatch: () => services.postProjection.kick() });
      },
      importFile: (importJobId) => services.imports.run(importJobId),
      analyseRings: async (analysisJobId) => void (await services.ringAnalysis.runFull(analysisJobId)),
    }, config.workQueues);
    // Whatever was accepted while no worker ran (seed, Neo4j down, a restart) is projected now.
    jobs.requestProjection();
  }

  const app = express();
  app.set('trust proxy', 'loopback');
  const httpServer = http.createServer(app);
  const apollo = createApollo(await buildAppSchema(), httpServer, logger);
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    const health = await services.health.check();
    res.status(health.ok ? 200 : 503).json(redactHealth(health));
  });
  app.use(
    '/graphql',
    express.json({ limit: '20mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<RequestContext> => {
        const em = orm.em.fork();
        const header = req.headers.authorization ?? '';
        const token = header.startsWith('Bearer ') ? header.slice(7).trim() : null;
        return {
          em,
          services,
          viewer: await services.session.viewerFromToken(em, token),
          ip: req.ip ?? null,
          requestId: randomUUID(),
        };
      },
    }),
  );
  registerImportRoutes(app, services, orm);
  const webServed = serveWeb(app, config.webDist ?? DEFAULT_WEB_DIST);

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${config.host}:${port}`;
  logger.info({ url, web: webServed }, 'Cloudsword API listening');

  return {
    url,
    port,
    orm,
    graph,
    services,
    async stop() {
      await apollo.stop();
      await jobs.stop();
      await services.postProjection.idle();
      await services.ringAnalysis.stop();
      await graph.close();
      await orm.close(true);
    },
  };
}

async function connectPostgres(config: AppConfig): Promise<MikroORM> {
  const where = redactUrl(config.databaseUrl);
  try {
    await ensureDatabase(config.databaseUrl);
  } catch (error) {
    throw new StartupError(`Cannot reach PostgreSQL at ${where} (${reason(error)}): set DATABASE_URL or run \`npm run services\``);
  }
  const orm = await openOrm(config.databaseUrl);
  const pending = await orm.getMigrator().getPendingMigrations();
  if (pending.length > 0) {
    await orm.close();
    throw new StartupError(`PostgreSQL at ${where} has ${pending.length} pending migration(s): run \`npm run db:migrate\``);
  }
  return orm;
}

async function connectNeo4j(config: AppConfig, logger: Logger): Promise<GraphExecutor> {
  const graph = new GraphExecutor(config.neo4j, logger);
  try {
    await graph.ping();
    await ensureGraphSchema(graph);
    return graph;
  } catch (error) {
    await graph.close();
    throw new StartupError(`Cannot reach Neo4j at ${config.neo4j.url} (${reason(error)}): set NEO4J_URL or run \`npm run services\``);
  }
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 160);
}
