import pg from 'pg';
import { migrationsList } from '@cloudsword/migrations';
import { ensureDatabase, migrate, openOrm } from '../../../api/src/database/orm';
import { databaseUrl, TEST_DB_PREFIX, TEST_PG_ADMIN_URL } from '../../support/env';

describe('migrations', () => {
  const name = `${TEST_DB_PREFIX}mig_${process.pid}`;
  const url = databaseUrl(name);

  afterAll(async () => {
    const admin = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });

  it('creates the database when missing and applies every migration from empty, then down and up again', async () => {
    await ensureDatabase(url);
    await ensureDatabase(url); // a second call finds it and does nothing
    const orm = await openOrm(url);
    try {
      expect(await migrate(orm)).toEqual(migrationsList.map((m) => m.name));
      expect(await migrate(orm)).toEqual([]);

      const tables = await orm.em.fork().execute<{ table_name: string }[]>(
        `select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
      );
      expect(tables.map((t) => t.table_name)).toEqual(
        expect.arrayContaining(['alliance', 'alliance_member', 'app_user', 'audit_event', 'organisation']),
      );

      await orm.getMigrator().down({ to: 0 });
      const after = await orm.em.fork().execute<{ n: string }[]>(
        `select count(*)::text as n from information_schema.tables where table_schema = 'public' and table_name = 'app_user'`,
      );
      expect(after[0].n).toBe('0');
      expect(await migrate(orm)).toHaveLength(migrationsList.length);
    } finally {
      await orm.close(true);
    }
  });
});
