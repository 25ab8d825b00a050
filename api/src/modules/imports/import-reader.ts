import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { csvColumnOf, csvRowToReferral, readCsvHeader, validateReferral, type FieldProblem } from '@cloudsword/shared';
import { ImportFormat } from './import-enums.js';

// Streams an uploaded file as numbered rows: each either a referral for intake or the
// problems that rejected it before intake. Reading is pulled by the consumer (async
// iteration), so nothing is read ahead of the chunk being written: memory stays flat.

/**
 * One row, not yet sent to intake (`referral`) or already rejected (`problems`); `end` is the
 * byte offset just past it in the file, for progress.
 */
export type ImportItem = { row: number; end: number } & (
  | { referral: unknown; problems?: undefined }
  | { referral?: undefined; problems: FieldProblem[] }
);

export interface ImportSource {
  items: AsyncIterable<ImportItem>;
  /** Bytes of the file read so far (ahead of the rows handed out by up to a buffer or two). */
  bytesRead(): number;
  /** Names a referral field (as intake reports it) the way this format's users know it. */
  fieldOf(field: string): string;
}

/** The file as a whole cannot be read (bad header, not UTF-8): the job fails with this message. */
export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';
}

/** Longest CSV row or JSON line accepted; a longer one is a row error, so memory stays bounded. */
export const MAX_ROW_BYTES = 1024 * 1024;

export function openImportSource(file: Readable, format: ImportFormat): ImportSource {
  const counter = new ByteCounter();
  // pipeline() destroys every stage when one fails, and the error reaches the reader below.
  const ignore = () => undefined;
  return format === ImportFormat.CSV
    ? { items: csvItems(pipeline(file, counter, new Utf8Check(), ignore)), bytesRead: () => counter.bytes, fieldOf: csvColumnOf }
    : { items: jsonLineItems(pipeline(file, counter, ignore)), bytesRead: () => counter.bytes, fieldOf: (f) => f };
}

class ByteCounter extends Transform {
  bytes = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    done(null, chunk);
  }
}

// A CSV row cannot be told apart from the next at the byte level (quotes), so a file that is
// not UTF-8 (e.g. Excel's GBK "CSV" on Chinese Windows) fails as a whole, with a hint.
class Utf8Check extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private offset = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      return done(notUtf8(this.offset, this.offset + chunk.length));
    }
    this.offset += chunk.length;
    done(null, chunk);
  }
  override _flush(done: TransformCallback): void {
    try {
      this.decoder.decode();
      done();
    } catch {
      done(notUtf8(this.offset, this.offset));
    }
  }
}

function notUtf8(from: number, to: number): UnreadableFileError {
  const where = to > from ? `between bytes ${from} and ${to}` : 'at its end';
  return new UnreadableFileError(
    `The file is not UTF-8 text (${where}). Save it as "CSV UTF-8" in Excel, or convert it from GBK to UTF-8, and upload it again.`,
  );
}

class SkippedRow {
  constructor(
    readonly reason: string,
    readonly end: number,
  ) {}
}

async function* csvItems(input: Readable): AsyncGenerator<ImportItem> {
  const parser = parse({
    bom: true,
    columns: (header: string[]) => {
      const { columns, problems } = readCsvHeader(header);
      if (problems.length > 0) {
        throw new UnreadableFileError(`The header row is not usable: ${problems.map((p) => `${p.field} ${p.reason}`).join('; ')}`);
      }
      return columns;
    },
    relax_column_count: false,
    skip_empty_lines: true,
    max_record_size: MAX_ROW_BYTES,
    skip_records_with_error: true,
    info: true,
    // A malformed row becomes an item in its place in the stream (so it gets its row number and
    // the parser's back-pressure), rather than an error that would end the parse.
    on_skip: (error: CsvError | undefined) => {
      if (error) parser.push(new SkippedRow(describeCsvError(error), parser.info.bytes));
    },
  });
  input.on('error', (error) => parser.destroy(error));
  let row = 0;
  try {
    for await (const item of input.pipe(parser) as AsyncIterable<{ record: Record<string, string>; info: { bytes: number } } | SkippedRow>) {
      row++;
      if (item instanceof SkippedRow) {
        yield { row, end: item.end, problems: [{ field: '(row)', reason: item.reason }] };
        continue;
      }
      const end = item.info.bytes;
      const { referral, problems } = csvRowToReferral(item.record);
      yield problems.length === 0 ? { row, end, referral } : { row, end, problems: [...problems, ...otherProblems(referral)] };
    }
  } finally {
    input.destroy();
  }
}

// A row already rejected for its CSV form is also checked for everything else, so that its
// report is complete; the hash is a stand-in, nothing is stored.
function otherProblems(referral: unknown): FieldProblem[] {
  const check = validateReferral(referral, { hashResidentId: () => '0'.repeat(64) });
  return check.ok ? [] : check.problems.map((p) => ({ field: csvColumnOf(p.field), reason: p.reason }));
}

function describeCsvError(error: CsvError): string {
  const line = typeof error.lines === 'number' ? ` (line ${error.lines})` : '';
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH': {
      const expected = /length is (\d+)/.exec(error.message)?.[1];
      const got = /got (\d+)/.exec(error.message)?.[1];
      return expected && got ? `has ${got} columns, the header has ${expected}${line}` : `has a different number of columns than the header${line}`;
    }
    case 'INVALID_OPENING_QUOTE':
      return `has a quote inside an unquoted value${line}: quote the whole value and double the quotes inside it`;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `has characters after the closing quote of a value${line}`;
    case 'CSV_QUOTE_NOT_CLOSED':
      return `opens a quoted value that is never closed${line}; the rest of the file could not be read`;
    case 'CSV_MAX_RECORD_SIZE':
      return `is longer than ${MAX_ROW_BYTES} bytes${line}, usually a quote that is never closed; the rest of the file could not be read`;
    default:
      return `could not be read as CSV${line}: ${error.message}`;
  }
}

async function* jsonLineItems(input: Readable): AsyncGenerator<ImportItem> {
  let row = 0;
  try {
    for await (const { bytes, end } of splitLines(input)) {
      row++;
      if (bytes === null) {
        yield { row, end, problems: [{ field: '(line)', reason: `is longer than ${MAX_ROW_BYTES} bytes` }] };
        continue;
      }
      const text = decodeLine(bytes, row === 1);
      if (text === null) {
        yield { row, end, problems: [{ field: '(line)', reason: 'is not UTF-8 text' }] };
        continue;
      }
      if (text.trim() === '') continue;
      try {
        yield { row, end, referral: JSON.parse(text) as unknown };
      } catch (error) {
        yield { row, end, problems: [{ field: '(line)', reason: `is not valid JSON: ${(error as Error).message}` }] };
      }
    }
  } finally {
    input.destroy();
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeLine(bytes: Buffer, first: boolean): string | null {
  try {
    const text = utf8.decode(bytes.at(-1) === 0x0d ? bytes.subarray(0, -1) : bytes);
    return first && text.startsWith('\ufeff') ? text.slice(1) : text;
  } catch {
    return null;
  }
}

// Splits on '\n' at the byte level ('\n' never occurs inside a UTF-8 sequence), so one bad
// line cannot spoil the next. A line longer than MAX_ROW_BYTES comes out as null; `end` is the
// byte offset just past the line.
async function* splitLines(input: AsyncIterable<Buffer>): AsyncGenerator<{ bytes: Buffer | null; end: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let offset = 0;
  for await (const chunk of input) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, nl);
      const line = tooLong || size + piece.length > MAX_ROW_BYTES ? null : parts.length ? Buffer.concat([...parts, piece]) : piece;
      yield { bytes: line, end: offset + nl + 1 };
      parts = [];
      size = 0;
      tooLong = false;
      start = nl + 1;
    }
    offset += chunk.length;
    const rest = chunk.subarray(start);
    if (tooLong || rest.length === 0) continue;
    if (size + rest.length > MAX_ROW_BYTES) {
      tooLong = true;
      parts = [];
      size = 0;
    } else {
      parts.push(Buffer.from(rest)); // copied: the line may continue in later chunks
      size += rest.length;
    }
  }
  if (tooLong) yield { bytes: null, end: offset };
  else if (size > 0) yield { bytes: Buffer.concat(parts), end: offset };
}
