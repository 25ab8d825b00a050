/** Where the tests find their services. Tests never touch the demo database or graph. */
export const TEST_PG_ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_NEO4J_URL = process.env.NEO4J_TEST_URL ?? 'bolt://127.0.0.1:7688';
export const TEST_DB_PREFIX = 'cs_t_';
// Its own name per checkout (TEST_TEMPLATE_DB) when several checkouts test against one PostgreSQL.
export const TEMPLATE_DB = process.env.TEST_TEMPLATE_DB ?? 'cs_test_template';

export function databaseUrl(name: string): string {
  const url = new URL(TEST_PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
