import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ensureDatabase, migrate, openOrm } from '../database/orm.js';

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
