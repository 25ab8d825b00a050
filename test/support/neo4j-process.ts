// A private Neo4j server for integration tests that must stop and restart Neo4j (projection
// catching up after an outage, persistence across restarts) without disturbing the shared
// instance on 7687 that other tests and people use. It drives scripts/neo4j.sh, so tests run
// the same server, flags and readiness check as development does.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const SCRIPT = path.join(REPO_ROOT, 'scripts', 'neo4j.sh');
const SHARED_PORT = Number(process.env.NEO4J_BOLT_PORT ?? 7687);
// Generous: a cold start on a busy two-core machine can take half a minute, and the script
// itself gives up after NEO4J_START_TIMEOUT (120 s) with the tail of the server log.
const SCRIPT_TIMEOUT_MS = 180_000;

export interface Neo4jInstanceOptions {
  port: number;
  /** Neo4j home of this instance; created if missing, kept between stop() and start(). */
  dataDir: string;
  /** JVM -Xmx; test instances default to less than the shared one. */
  heap?: string;
  pageCache?: string;
}

export interface Neo4jInstance {
  readonly boltUrl: string;
  readonly port: number;
  readonly dataDir: string;
  /** Starts the server again on the same data; resolves once it answers `RETURN 1`. */
  start(): Promise<void>;
  /** SIGTERM, waits for a clean shutdown (SIGKILL after a timeout). */
  stop(): Promise<void>;
}

export async function startNeo4jInstance(opts: Neo4jInstanceOptions): Promise<Neo4jInstance> {
  if (opts.port === SHARED_PORT) {
    throw new Error(`port ${opts.port} is the shared Neo4j; give the test instance a port of its own`);
  }
  const dataDir = path.resolve(opts.dataDir);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_BOLT_PORT: String(opts.port),
    NEO4J_DATA_DIR: dataDir,
    NEO4J_HEAP: opts.heap ?? '512m',
    NEO4J_PAGECACHE: opts.pageCache ?? '64m',
  };

  const start = async (): Promise<void> => {
    await runScript('start', env);
    // neo4j.sh treats a port that already answers as "running"; make sure that answer comes
    // from this instance's data dir and not from some other server on the same port.
    if (!existsSync(path.join(dataDir, 'neo4j.pid'))) {
      throw new Error(`port ${opts.port} is served by a Neo4j that was not started from ${dataDir}`);
    }
  };

  await start();
  return {
    boltUrl: `bolt://127.0.0.1:${opts.port}`,
    port: opts.port,
    dataDir,
    start,
    stop: () => runScript('stop', env),
  };
}

function runScript(command: 'start' | 'stop', env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile('bash', [SCRIPT, command], { env, timeout: SCRIPT_TIMEOUT_MS }, (error, stdout, stderr) => {
      if (error) {
        const output = [stdout, stderr].filter((text) => text.trim() !== '').join('\n');
        reject(new Error(`scripts/neo4j.sh ${command} failed (${error.message.split('\n')[0]}):\n${output}`));
        return;
      }
      resolve();
    });
  });
}
