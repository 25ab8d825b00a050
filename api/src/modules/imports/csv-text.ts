// Writing CSV (RFC 4180): the error report, and the test and benchmark files.

/** One CSV line, CRLF-terminated; a value is quoted when it holds a comma, quote or line break. */
export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map(csvValue).join(',')}\r\n`;
}

function csvValue(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Excel opens a UTF-8 CSV as UTF-8 (and so shows Chinese correctly) only when it starts with a BOM. */
export const UTF8_BOM = '\ufeff';
