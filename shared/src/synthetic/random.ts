// Seeded randomness for the synthetic world. Everything here is pure integer arithmetic, so the
// same seed gives the same stream on every platform and Node version (no Math.random, no Date).

/** A bijective 32-bit integer hash (Chris Wellons' "lowbias32"). */
export function hash32(x: number): number {
  x = (x ^ (x >>> 16)) >>> 0;
  x = Math.imul(x, 0x7feb352d);
  x = (x ^ (x >>> 15)) >>> 0;
  x = Math.imul(x, 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/** FNV-1a over the UTF-16 code units of a string, finished with {@link hash32}. */
export function hashString(text: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  return hash32(h >>> 0);
}

/** Folds an arbitrary JS number (negative, fractional, above 2^32) into a 32-bit seed. */
export function seed32(seed: number): number {
  const whole = Math.floor(Math.abs(seed));
  const low = whole % 0x100000000;
  const high = Math.floor(whole / 0x100000000) % 0x100000000;
  const frac = Math.floor((Math.abs(seed) - whole) * 0x100000000);
  return hash32((low ^ hash32(high ^ 0x9e3779b9) ^ hash32(frac + 1) ^ (seed < 0 ? 0x5bd1e995 : 0)) >>> 0);
}

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): 128 bits of state, passes
 * PractRand, and is plenty for test data. `stream` separates independent sequences drawn
 * from one seed (the world plan and the world content, for instance).
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream = '') {
    const s = seed32(seed);
    const t = hashString(stream);
    this.a = hash32(s ^ 0x243f6a88);
    this.b = hash32(t ^ 0x85a308d3);
    this.c = hash32((s + t) >>> 0);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** A uniform 32-bit unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = (this.b ^ (this.b >>> 9)) >>> 0;
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** A uniform float in [0, 1). */
  next(): number {
    return this.uint32() / 0x100000000;
  }

  /** A uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by relative weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1][0];
  }

  /** `count` distinct items in random order (all of them when count ≥ length). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = items.slice();
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }

  /** `length` lowercase hex digits. */
  hex(length: number): string {
    let out = '';
    while (out.length < length) {
      const v = this.uint32();
      out += HEX_BYTES[v >>> 24] + HEX_BYTES[(v >>> 16) & 0xff] + HEX_BYTES[(v >>> 8) & 0xff] + HEX_BYTES[v & 0xff];
    }
    return out.length === length ? out : out.slice(0, length);
  }
}

const HEX_BYTES = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * A keyed pseudo-random permutation of [0, size): a 4-round Feistel network over the smallest
 * even power of two that holds `size`, with cycle walking. Feeding it 0, 1, 2… yields distinct,
 * random-looking values, which is how identifiers are made unique without remembering them.
 * `size` may be up to 2^52.
 */
export class Permutation {
  private readonly half: number;
  private readonly mask: number;
  private readonly keys: number[];

  constructor(
    readonly size: number,
    key: number,
  ) {
    if (!(size >= 1 && size <= 2 ** 52)) throw new RangeError(`permutation size out of range: ${size}`);
    const bits = Math.max(2, Math.ceil(Math.log2(size)));
    this.half = Math.ceil(bits / 2);
    this.mask = 2 ** this.half;
    this.keys = [1, 2, 3, 4].map((i) => hash32((key ^ Math.imul(i, 0x9e3779b9)) >>> 0));
  }

  /** The image of `index`, which must lie in [0, size). */
  at(index: number): number {
    if (!(index >= 0 && index < this.size)) {
      throw new RangeError(`identifier space exhausted: index ${index} of ${this.size}`);
    }
    let x = index;
    do x = this.encrypt(x);
    while (x >= this.size);
    return x;
  }

  private encrypt(x: number): number {
    let left = Math.floor(x / this.mask);
    let right = x % this.mask;
    for (const k of this.keys) {
      const f = hash32((right ^ k) >>> 0) % this.mask;
      const next = (left ^ f) >>> 0;
      left = right;
      right = next;
    }
    return left * this.mask + right;
  }
}
