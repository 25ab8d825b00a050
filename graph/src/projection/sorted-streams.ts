/**
 * Orders strings by Unicode code point, as PostgreSQL's `COLLATE "C"` (UTF-8 bytes) and Neo4j's
 * range indexes do (measured on 5.26; an ORDER BY that Neo4j answers with a Sort operator instead
 * compares UTF-16 code units, like JavaScript's `<`, which puts astral characters — rare CJK in
 * names and addresses — before U+E000–U+FFFF).
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

// Surrogates (0xD800–0xDFFF) rank above U+E000–U+FFFF, which is code point order.
function codePointRank(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800;
  if (unit >= 0xd800) return unit + 0x2000;
  return unit;
}

export interface SortedStreamDiff {
  onlyInA: number;
  onlyInB: number;
  /** The first `maxExamples` items found only in A (resp. B), in stream order. */
  examplesA: string[];
  examplesB: string[];
}

/**
 * Merges two ascending, duplicate-free streams (code point order, see {@link compareCodePoints})
 * and counts what only one side holds, in constant memory: how the consistency check diffs
 * PostgreSQL against Neo4j page by page. Throws when a stream is out of order, since the counts
 * would then be meaningless.
 */
export async function compareSortedStreams(
  a: AsyncIterable<string>,
  b: AsyncIterable<string>,
  options: { maxExamples?: number } = {},
): Promise<SortedStreamDiff> {
  const maxExamples = options.maxExamples ?? 10;
  const diff: SortedStreamDiff = { onlyInA: 0, onlyInB: 0, examplesA: [], examplesB: [] };
  const left = ascending(a, 'a');
  const right = ascending(b, 'b');
  let x = await left.next();
  let y = await right.next();
  while (!x.done || !y.done) {
    const order = x.done ? 1 : y.done ? -1 : compareCodePoints(x.value, y.value);
    if (order < 0) {
      diff.onlyInA += 1;
      if (diff.examplesA.length < maxExamples) diff.examplesA.push(x.value as string);
      x = await left.next();
    } else if (order > 0) {
      diff.onlyInB += 1;
      if (diff.examplesB.length < maxExamples) diff.examplesB.push(y.value as string);
      y = await right.next();
    } else {
      x = await left.next();
      y = await right.next();
    }
  }
  return diff;
}

async function* ascending(stream: AsyncIterable<string>, name: string): AsyncGenerator<string, void> {
  let previous: string | undefined;
  for await (const item of stream) {
    if (previous !== undefined && compareCodePoints(previous, item) >= 0) {
      throw new Error(`stream ${name} is not strictly ascending: ${JSON.stringify(previous)} then ${JSON.stringify(item)}`);
    }
    previous = item;
    yield item;
  }
}
