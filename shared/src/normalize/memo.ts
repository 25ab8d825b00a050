/**
 * Remembers the last `max` results of a pure one-argument function. Platforms send the same
 * addresses and phones again and again (a seller's warehouse, a ring's shared phone), and
 * address normalisation is the costliest step of intake.
 */
export function memoize<R>(fn: (raw: string) => R, max: number): (raw: string) => R {
  const cache = new Map<string, R>();
  return (raw: string): R => {
    const hit = cache.get(raw);
    if (hit !== undefined) {
      // Refresh: Map keeps insertion order, so the oldest entry is always first.
      cache.delete(raw);
      cache.set(raw, hit);
      return hit;
    }
    const value = fn(raw);
    cache.set(raw, value);
    if (cache.size > max) cache.delete(cache.keys().next().value as string);
    return value;
  };
}
