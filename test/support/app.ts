import 'reflect-metadata';
import path from 'node:path';
import { OrgKind, Role } from '@cloudsword/shared';
import { startApp, type RunningApp } from '../../api/src/app';
import { loadConfig } from '../../api/src/config';
import { createLogger } from '../../api/src/logger';
import { hashPassword } from '../../api/src/auth/passwords';
import { Organisation } from '../../api/src/modules/organisations/organisation.entity';
import { User } from '../../api/src/modules/users/user.entity';
import { createTestDatabase, type TestDatabase } from './database';
import { TEST_NEO4J_URL } from './env';
import { gql } from './graphql-client';

export interface TestApp {
  baseUrl: string;
  app: RunningApp;
  db: TestDatabase;
  stop(): Promise<void>;
}

export interface TestAppOptions {
  neo4jUrl?: string;
  env?: Record<string, string>;
}

/** The real API on a random port, serving web/dist, against a fresh database of its own. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: db.url,
    NEO4J_URL: options.neo4jUrl ?? TEST_NEO4J_URL,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    WEB_DIST: path.resolve(__dirname, '../../web/dist'),
    ...options.env,
  });
  const app = await startApp(config, createLogger(config.logLevel));
  return {
    baseUrl: app.url,
    app,
    db,
    async stop() {
      await app.stop();
      await db.drop();
    },
  };
}

export interface OrgUserSpec {
  orgName: string;
  kind: OrgKind;
  provinceCode?: string;
  cityCode?: string;
  role: Role;
  email: string;
  password: string;
  orgCode?: string;
}

/** Creates an organisation (or reuses one of the same name) and a user in it; returns both ids. */
export async function createOrgUser(t: TestApp, spec: OrgUserSpec): Promise<{ orgId: string; userId: string }> {
  const em = t.app.orm.em.fork();
  const org =
    (await em.findOne(Organisation, { name: spec.orgName })) ??
    em.create(Organisation, {
      code: spec.orgCode ?? `T-${Math.random().toString(36).slice(2, 10)}`,
      kind: spec.kind,
      name: spec.orgName,
      provinceCode: spec.provinceCode ?? null,
      cityCode: spec.cityCode ?? null,
    });
  const user = em.create(User, {
    email: spec.email.toLowerCase(),
    displayName: spec.email.split('@')[0],
    organisation: org,
    roles: [spec.role],
    passwordHash: await hashPassword(spec.password),
  });
  await em.flush();
  return { orgId: org.id, userId: user.id };
}

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { token expiresAt user { id } } }`;

/** Signs in through the API and returns the bearer token; throws with the errors if it fails. */
export async function signIn(t: TestApp, email: string, password: string): Promise<string> {
  const result = await gql<{ login: { token: string } }>(t.baseUrl, LOGIN, { input: { email, password } });
  if (!result.data?.login) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(result.errors)}`);
  return result.data.login.token;
}
