import pg from 'pg';
import neo4j from 'neo4j-driver';
import { TEST_DB_PREFIX, TEST_NEO4J_URL, TEST_PG_ADMIN_URL } from './env';

/**
 * Fails the run at once, with the command to fix it, when a service is missing: tests that
 * need PostgreSQL or Neo4j never skip. Also drops databases left by earlier runs whose process has ended.
 */
export default async function globalSetup(): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable at ${TEST_PG_ADMIN_URL} (${(error as Error).message}). Run \`npm run services\`.`);
  }
  try {
    const stale = await client.query<{ datname: string }>(
      `select datname from pg_database where datname like $1`,
      [`${TEST_DB_PREFIX}%`],
    );
    // Only databases whose test process is gone: another run may be using the others.
    for (const { datname } of stale.rows) {
      const pid = Number(/^cs_t_(?:mig_)?(\d+)/.exec(datname)?.[1]);
      if (pid && !processAlive(pid)) await client.query(`drop database if exists "${datname}" with (force)`);
    }
  } finally {
    await client.end();
  }

  const driver = neo4j.driver(TEST_NEO4J_URL, neo4j.auth.basic('neo4j', 'test'), { connectionTimeout: 5000 });
  try {
    await driver.executeQuery('RETURN 1');
  } catch (error) {
    throw new Error(
      `The test Neo4j is not reachable at ${TEST_NEO4J_URL} (${(error as Error).message}). ` +
        'Run `bash scripts/test-services.sh` (or `npm test`, which starts it).',
    );
  } finally {
    await driver.close();
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
