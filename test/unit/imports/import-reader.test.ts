import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { CSV_COLUMNS, generateLeads, toCsvRow } from '@cloudsword/shared';
import { csvLine } from '../../../api/src/modules/imports/csv-text';
import { MAX_ROW_BYTES, openImportSource, UnreadableFileError, type ImportItem } from '../../../api/src/modules/imports/import-reader';
import { saveUpload, UploadTooLargeError } from '../../../api/src/modules/imports/import-upload';
import { ImportFormat } from '../../../api/src/modules/imports/import-enums';

async function readAll(text: string | Buffer, format: ImportFormat, chunk = 7): Promise<{ items: ImportItem[]; bytes: number }> {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
  // Small chunks, so that rows and multi-byte characters are split across reads.
  const pieces = Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, i) => bytes.subarray(i * chunk, (i + 1) * chunk));
  const source = openImportSource(Readable.from(pieces), format);
  const items: ImportItem[] = [];
  for await (const item of source.items) items.push(item);
  return { items, bytes: source.bytesRead() };
}

const leads = [...generateLeads({ seed: 3, accounts: 6 })];
const header = csvLine(CSV_COLUMNS);
const row = (i: number, change: Record<string, string> = {}) => csvLine(CSV_COLUMNS.map((c) => ({ ...toCsvRow(leads[i]), ...change })[c]));

describe('CSV reading', () => {
  it('numbers data rows from 1 after the header, skips blank lines and reads the BOM', async () => {
    const text = `\ufeff${header}${row(0)}\r\n${row(1)}${row(2)}`;
    const { items, bytes } = await readAll(text, ImportFormat.CSV);
    expect(items.map((i) => [i.row, i.problems])).toEqual([[1, undefined], [2, undefined], [3, undefined]]);
    expect(items[0].referral).toMatchObject({ externalId: leads[0].referral.externalId });
    expect(bytes).toBe(Buffer.byteLength(text));
    expect(items.at(-1)?.end).toBe(Buffer.byteLength(text));
    expect(items[0].end).toBeLessThan(items[1].end);
  });

  it('turns a malformed row into a row error in its place and reads on', async () => {
    const short = row(1).replace(/,\r\n$/, '\r\n');
    const text = header + row(0) + short + row(2, { listing_url: 'QUOTE' }).replace('QUOTE', 'https://x.test/a"b') + row(3);
    const { items } = await readAll(text, ImportFormat.CSV);
    expect(items.map((i) => i.row)).toEqual([1, 2, 3, 4]);
    expect(items[1].problems).toEqual([{ field: '(row)', reason: 'has 20 columns, the header has 21 (line 3)' }]);
    expect(items[2].problems?.[0].reason).toMatch(/quote/);
    expect(items[3].referral).toMatchObject({ externalId: leads[3].referral.externalId });
  });

  it('reports a structurally bad row with every other problem of it, by CSV column', async () => {
    const { items } = await readAll(header + row(0, { addresses: 'no role here', observed_at: 'yesterday' }), ImportFormat.CSV);
    expect(items[0].problems?.map((p) => p.field)).toEqual(['addresses[0]', 'observed_at']);
  });

  it('fails the file on an unusable header or bytes that are not UTF-8', async () => {
    await expect(readAll(header.replace('brands', 'brand') + row(0), ImportFormat.CSV)).rejects.toThrow(UnreadableFileError);
    await expect(readAll(header.replace('brands', 'brand') + row(0), ImportFormat.CSV)).rejects.toThrow(/brands is a required column/);
    const gbk = Buffer.concat([Buffer.from(header), Buffer.from([0xd5, 0xe3, 0xbd, 0xad]), Buffer.from(row(0).slice(4))]);
    await expect(readAll(gbk, ImportFormat.CSV)).rejects.toThrow(/not UTF-8/);
  });

  it('keeps a never-closed quote from swallowing memory: the row is refused at the size limit', async () => {
    const text = header + row(0) + `"${'x'.repeat(MAX_ROW_BYTES + 10)}\r\n` + row(1);
    const { items } = await readAll(text, ImportFormat.CSV, 64 * 1024);
    expect(items[1].problems?.[0].reason).toMatch(/longer than/);
  });
});

describe('JSON Lines reading', () => {
  it('numbers lines, skips blank ones, and rejects a line that is not JSON or not UTF-8 on its own', async () => {
    const good = JSON.stringify(leads[0].referral);
    const body = Buffer.concat([
      Buffer.from(`\ufeff${good}\r\n\n{"externalId": \n`),
      Buffer.from([0xff, 0xfe, 0x0a]),
      Buffer.from(`${JSON.stringify({ ...leads[1].referral, listingTitle: '中文标题' })}`),
    ]);
    const { items, bytes } = await readAll(body, ImportFormat.JSONL, 5);
    expect(items.map((i) => [i.row, i.problems?.[0]?.field ?? 'ok'])).toEqual([[1, 'ok'], [3, '(line)'], [4, '(line)'], [5, 'ok']]);
    expect(items[1].problems?.[0].reason).toMatch(/not valid JSON/);
    expect(items[2].problems?.[0].reason).toBe('is not UTF-8 text');
    expect(items[3].referral).toMatchObject({ listingTitle: '中文标题' });
    expect(bytes).toBe(body.length);
  });

  it('refuses an over-long line without holding it', async () => {
    const body = `{"a":"${'x'.repeat(MAX_ROW_BYTES)}"}\n${JSON.stringify(leads[0].referral)}\n`;
    const { items } = await readAll(body, ImportFormat.JSONL, 64 * 1024);
    expect(items.map((i) => [i.row, i.problems?.[0]?.reason ?? 'ok'])).toEqual([[1, `is longer than ${MAX_ROW_BYTES} bytes`], [2, 'ok']]);
  });
});

describe('saveUpload', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'cs-upload-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('streams the body to the file and counts its bytes', async () => {
    const file = path.join(dir, 'a');
    expect(await saveUpload(Readable.from([Buffer.from('abc'), Buffer.from('中文')]), file, 100)).toBe(9);
    expect(await readFile(file, 'utf8')).toBe('abc中文');
  });

  it('stops at the limit and leaves nothing behind', async () => {
    const body = Readable.from(Array.from({ length: 10 }, () => Buffer.alloc(1000)));
    await expect(saveUpload(body, path.join(dir, 'b'), 2500)).rejects.toThrow(UploadTooLargeError);
    expect(await readdir(dir)).toEqual([]);
  });
});
