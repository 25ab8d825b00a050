import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { OrgKind, Role } from '@cloudsword/shared';
import { hashPassword } from '../auth/passwords.js';
import { ensureDatabase, migrate, openOrm } from '../database/orm.js';
import { seedOrganisations } from '../seed/seed-organisations.js';

export interface BenchUser {
  email: string;
  password: string;
}

/** Drops the benchmark's database if it exists and returns a freshly migrated one. */
export async function freshBenchDatabase(url: string): Promise<MikroORM> {
  const admin = new URL(url);
  const name = decodeURIComponent(admin.pathname.slice(1));
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name.replace(/"/g, '""')}" with (force)`);
  } finally {
    await client.end();
  }
  await ensureDatabase(url);
  const orm = await openOrm(url);
  await migrate(orm);
  return orm;
}

/**
 * A fresh benchmark database with the demo alliance's organisations (so that routing does real
 * work) and one platform, PLATFORM-BENCH, whose referrer is `user`.
 */
export async function prepareBenchDatabase(url: string, user: BenchUser): Promise<void> {
  const orm = await freshBenchDatabase(url);
  try {
    const em = orm.em.fork();
    await seedOrganisations(em);
    await em.execute(`insert into organisation (id, code, kind, name, province_code) values (gen_random_uuid(), 'PLATFORM-BENCH', ?, '基准测试平台', '330000')`, [OrgKind.PLATFORM]);
    await em.execute(
      `insert into app_user (id, organisation_id, email, display_name, password_hash, roles)
       select gen_random_uuid(), id, ?, 'bench', ?, ?::text[] from organisation where code = 'PLATFORM-BENCH'`,
      [user.email, await hashPassword(user.password), `{${Role.REFERRER}}`],
    );
  } finally {
    await orm.close(true);
  }
}
