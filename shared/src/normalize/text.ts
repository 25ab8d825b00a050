import { Converter } from 'opencc-js/t2cn';

// Taiwan-standard traditional covers both the forms platforms receive from Taiwan and the
// common traditional characters typed on the mainland; building it costs ~20 ms, once.
const toSimplified = Converter({ from: 'tw', to: 'cn' });

// Characters that NFKC leaves alone but people use as punctuation or dashes in identifiers.
const IDEOGRAPHIC_STOP = /[。．｡]/g;
const DASHES = /[‐‑‒–—―−]/g;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Normalises free text before any matching: NFKC (full-width letters, digits and punctuation
 * to half-width, compatibility forms folded), traditional to simplified Chinese, ideographic
 * full stops to `.`, dash variants to `-`, trimmed, runs of whitespace collapsed to one space.
 */
export function normalizeText(raw: string): string {
  let text = raw.normalize('NFKC');
  if (NON_ASCII.test(text)) {
    text = toSimplified(text).replace(IDEOGRAPHIC_STOP, '.').replace(DASHES, '-');
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Removes every whitespace character, including the ones inside the text. */
export function stripSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * {@link normalizeText} for many short strings at once, without the whitespace handling:
 * one conversion of the joined text is far faster than one per string.
 */
export function normalizeMany(texts: readonly string[]): string[] {
  const joined = texts.join('\n').normalize('NFKC');
  return toSimplified(joined).replace(IDEOGRAPHIC_STOP, '.').replace(DASHES, '-').split('\n');
}
