/**
 * The outcome of normalising one identifier: the canonical value, or a short English sentence
 * saying what is wrong with the input, fit to show to the person who sent it.
 */
export type Normalized<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Wraps a canonical value. */
export function accept<T>(value: T): Normalized<T> {
  return { ok: true, value };
}

/** Wraps the reason an input was refused. */
export function reject<T = never>(reason: string): Normalized<T> {
  return { ok: false, reason };
}
