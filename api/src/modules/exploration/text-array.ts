/** A PostgreSQL text[] literal with every element quoted, for binding a list to one `?`. */
export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
}
