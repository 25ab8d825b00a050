import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphExecutor } from '@cloudsword/graph';
import type { Health, ServiceHealth } from './health.types.js';

const CHECK_TIMEOUT_MS = 3000;

/** Probes PostgreSQL and Neo4j separately, each with its own time limit. */
export class HealthService {
  constructor(
    private readonly orm: MikroORM,
    private readonly graph: GraphExecutor,
  ) {}

  async check(): Promise<Health> {
    const services = await Promise.all([
      probe('postgresql', () => this.orm.em.fork().execute('select 1')),
      probe('neo4j', () => this.graph.ping()),
    ]);
    return { ok: services.every((s) => s.up), services };
  }
}

async function probe(name: string, check: () => Promise<unknown>): Promise<ServiceHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return { name, up: true, latencyMs: Math.round((performance.now() - started) * 10) / 10, error: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { name, up: false, latencyMs: null, error: message.split('\n')[0].slice(0, 200) };
  } finally {
    clearTimeout(timer);
  }
}
