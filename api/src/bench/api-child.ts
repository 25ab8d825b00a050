import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchUser } from './bench-db.js';

// The benches run the system as it is deployed: API processes of their own (api/dist/main.js),
// so that the bench's generator and its memory are not charged to the system.

export interface ApiChildOptions {
  port: number;
  databaseUrl: string;
  neo4jUrl: string;
  /** WORKERS=false when the process only serves HTTP. */
  workers: boolean;
  /** WORK_QUEUES, when `workers`. */
  workQueues?: string;
  nodeOptions?: string;
  extraEnv?: Record<string, string>;
}

export interface ApiChild {
  process: ChildProcess;
  url: string;
  /** Sends SIGTERM and waits for the exit. */
  stop(): Promise<void>;
}

export function startApiChild(options: ApiChildOptions): ApiChild {
  const main = path.resolve(__dirname, '../main.js');
  const child = spawn(process.execPath, [main], {
    // BENCH_CHILD_LOG_LEVEL=debug shows the API's own log (e.g. each incremental ring analysis).
    stdio: ['ignore', process.env.BENCH_CHILD_LOG_LEVEL ? 'inherit' : 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_OPTIONS: options.nodeOptions ?? '',
      NODE_ENV: 'development',
      PORT: String(options.port),
      DATABASE_URL: options.databaseUrl,
      NEO4J_URL: options.neo4jUrl,
      WORKERS: options.workers ? 'true' : 'false',
      WORK_QUEUES: options.workQueues ?? 'all',
      LOG_LEVEL: process.env.BENCH_CHILD_LOG_LEVEL ?? 'warn',
      ...options.extraEnv,
    },
  });
  return {
    process: child,
    url: `http://127.0.0.1:${options.port}`,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit').catch(() => undefined);
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Waits until the child answers /healthz; throws if it exits or takes over a minute. */
export async function waitForApi(child: ApiChild): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.process.exitCode !== null) throw new Error(`the API exited with ${child.process.exitCode}`);
    const ok = await fetch(`${child.url}/healthz`).then((r) => r.status < 500, () => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error('the API did not start within 60 s');
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Signs the bench's user in to a child API; returns the bearer token. */
export async function login(url: string, user: BenchUser): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($i: LoginInput!) { login(input: $i) { token } }', variables: { i: user } }),
  });
  const body = (await response.json()) as { data?: { login: { token: string } }; errors?: unknown };
  if (!body.data) throw new Error(`login failed: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}

/** Current and peak (VmHWM) resident memory of a process, in MB. */
export function processMemory(pid: number): { currentMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { currentMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

/** CPU seconds (user + system) a process has used so far. */
export function processCpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second here).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU seconds used so far by every process whose command name is `comm` (e.g. `postgres`,
 * `java`), including that of their exited children (PostgreSQL's finished backends).
 */
export function commandCpuSeconds(comm: string): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) !== comm) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += fields.slice(11, 15).reduce((sum, v) => sum + Number(v), 0) / 100;
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

/** Stops every child when the bench is interrupted, so none goes on working. */
export function stopChildrenOnSignal(children: () => readonly ApiChild[]): void {
  const stop = () => {
    for (const child of children()) child.process.kill('SIGTERM');
    process.exit(130);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
