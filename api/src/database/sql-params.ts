import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Bulk parameters for raw SQL through MikroORM/knex, which would expand a JS array bound to
 * `?` into a list of values. Rows travel as one JSON document (`jsonb_to_recordset`), ids as
 * one PostgreSQL array literal.
 */
export function jsonRows(rows: readonly object[]): string {
  return JSON.stringify(rows);
}

/** `{a,b,c}` for uuid or plain token arrays (no quoting needed for these). */
export function uuidArray(ids: readonly string[]): string {
  for (const id of ids) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new Error(`not a uuid: ${id}`);
  }
  return `{${ids.join(',')}}`;
}

/**
 * Runs a statement with real bind parameters ($1, $2 …) in the EntityManager's transaction.
 * MikroORM's `em.execute` inlines parameters into the SQL text, which for a bulk statement
 * carrying a megabyte of JSON costs more than the statement itself.
 */
export async function executeBound<T>(em: EntityManager, sql: string, params: readonly unknown[]): Promise<T[]> {
  const query = em.getConnection().getKnex().raw(sql, params as never);
  const trx = em.getTransactionContext();
  if (trx) query.transacting(trx);
  const result = (await query) as { rows: T[] };
  return result.rows;
}

/** A PostgreSQL text[] literal with every element quoted, for binding a list to one `?`. */
export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
}
