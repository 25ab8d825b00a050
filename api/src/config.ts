import { z } from 'zod';

/** The job queues a worker process can take (api/src/jobs/job-queue.ts QUEUES). */
export const WORK_QUEUE_NAMES = ['graph-project', 'lead-import', 'ring-analysis'] as const;
export type WorkQueueName = (typeof WORK_QUEUE_NAMES)[number];

/** Configuration from the environment, validated once at start. */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().default('postgres://postgres@127.0.0.1:5432/cloudsword'),
  NEO4J_URL: z.string().default('bolt://127.0.0.1:7687'),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default('cloudsword'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  TOKEN_TTL_MINUTES: z.coerce.number().int().positive().default(480),
  /** Secret for keyed hashes of resident ID numbers (matching without storing them). */
  IDENTITY_HASH_SECRET: z.string().min(16).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().optional(),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().positive().default(15),
  /** Run job workers (projection, imports) in this process. */
  WORKERS: z.enum(['true', 'false']).default('true'),
  /**
   * Which queues this process works when WORKERS=true: `all`, or a comma list of
   * graph-project, lead-import, ring-analysis (e.g. a dedicated import worker with a capped heap).
   */
  WORK_QUEUES: z
    .string()
    .default('all')
    .refine((v) => v === 'all' || v.split(',').every((q) => (WORK_QUEUE_NAMES as readonly string[]).includes(q.trim())), {
      message: `must be "all" or a comma list of ${'graph-project, lead-import, ring-analysis'}`,
    }),
  /** Where uploaded import files are kept until processed (a shared volume when scaled out). */
  UPLOAD_DIR: z.string().default('.data/uploads'),
  /** Largest import file accepted, in bytes (default 2 GiB). */
  IMPORT_MAX_BYTES: z.coerce.number().int().positive().default(2 * 1024 ** 3),
});

export type Env = z.infer<typeof schema>;

export interface AppConfig {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  databaseUrl: string;
  neo4j: { url: string; user: string; password: string };
  jwtSecret: string;
  tokenTtlMinutes: number;
  identityHashSecret: string;
  logLevel: Env['LOG_LEVEL'];
  webDist?: string;
  login: { maxFailures: number; lockMinutes: number };
  workers: boolean;
  /** The queues this process works (all of them unless WORK_QUEUES narrows it). */
  workQueues: WorkQueueName[];
  uploadDir: string;
  importMaxBytes: number;
}

// Development-only secrets so the demo runs with no set-up; production must set its own.
const DEV_JWT_SECRET = 'cloudsword-development-secret-change-me-0000';
const DEV_IDENTITY_SECRET = 'cloudsword-dev-identity-secret';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment; throws ConfigError with one line per bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${lines.join('; ')}`);
  }
  const env = parsed.data;
  if (env.NODE_ENV === 'production' && (!env.JWT_SECRET || !env.IDENTITY_HASH_SECRET)) {
    throw new ConfigError('JWT_SECRET and IDENTITY_HASH_SECRET must be set when NODE_ENV=production');
  }
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    neo4j: { url: env.NEO4J_URL, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD },
    jwtSecret: env.JWT_SECRET ?? DEV_JWT_SECRET,
    tokenTtlMinutes: env.TOKEN_TTL_MINUTES,
    identityHashSecret: env.IDENTITY_HASH_SECRET ?? DEV_IDENTITY_SECRET,
    logLevel: env.LOG_LEVEL,
    webDist: env.WEB_DIST,
    login: { maxFailures: env.LOGIN_MAX_FAILURES, lockMinutes: env.LOGIN_LOCK_MINUTES },
    workers: env.WORKERS === 'true',
    workQueues: env.WORK_QUEUES === 'all' ? [...WORK_QUEUE_NAMES] : [...new Set(env.WORK_QUEUES.split(',').map((q) => q.trim() as WorkQueueName))],
    uploadDir: env.UPLOAD_DIR,
    importMaxBytes: env.IMPORT_MAX_BYTES,
  };
}
