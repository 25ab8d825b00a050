/** A piece of a WHERE clause with its `?` parameters, built by a scope or a filter. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

export const TRUE_SQL: SqlFragment = { sql: 'true', params: [] };
export const FALSE_SQL: SqlFragment = { sql: 'false', params: [] };

/** `(a) and (b) and …` with the parameters in order. */
export function allOf(parts: readonly SqlFragment[]): SqlFragment {
  if (parts.length === 0) return TRUE_SQL;
  return { sql: parts.map((p) => `(${p.sql})`).join(' and '), params: parts.flatMap((p) => p.params) };
}

/** A safe SQL alias (table aliases are spliced into fragments, never user input). */
export function alias(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a SQL alias: ${name}`);
  return name;
}
