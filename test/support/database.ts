import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrationsList } from '@cloudsword/migrations';
import { migrate, openOrm } from '../../api/src/database/orm';
import { databaseUrl, TEMPLATE_DB, TEST_DB_PREFIX, TEST_PG_ADMIN_URL } from './env';

const TEMPLATE_LOCK = 0x63737464; // serialises template creation across jest workers

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Builds (once per migration set) a migrated template database, copied by every suite. */
async function ensureTemplate(client: pg.Client): Promise<void> {
  const wanted = migrationsList.map((m) => m.name).join(',');
  const exists = await client.query('select 1 from pg_database where datname = $1', [TEMPLATE_DB]);
  if (exists.rowCount) {
    const current = await readAppliedMigrations();
    if (current === wanted) return;
    await client.query(`drop database "${TEMPLATE_DB}" with (force)`);
  }
  await client.query(`create database "${TEMPLATE_DB}"`);
  const orm = await openOrm(databaseUrl(TEMPLATE_DB));
  try {
    await migrate(orm);
  } finally {
    await orm.close(true);
  }
}

async function readAppliedMigrations(): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl(TEMPLATE_DB) });
  await client.connect();
  try {
    const rows = await client.query<{ name: string }>('select name from mikro_orm_migrations order by id');
    return rows.rows.map((r) => r.name).join(',');
  } catch {
    return '';
  } finally {
    await client.end();
  }
}

/** A fresh, fully migrated database of this suite's own. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `${TEST_DB_PREFIX}${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin(async (client) => {
    await client.query('select pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      await ensureTemplate(client);
      await client.query(`create database "${name}" template "${TEMPLATE_DB}"`);
    } finally {
      await client.query('select pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
  return {
    name,
    url: databaseUrl(name),
    drop: () => withAdmin(async (client) => void (await client.query(`drop database if exists "${name}" with (force)`))),
  };
}
