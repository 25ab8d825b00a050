/** Relative importance of each factor in a ring's score; they need not sum to 1. */
export interface RingScoreWeights {
  strongLinkDensity: number;
  crossPlatformSpread: number;
  size: number;
  strongIdentifiers: number;
}

export const DEFAULT_RING_SCORE_WEIGHTS: RingScoreWeights = {
  strongLinkDensity: 0.35,
  crossPlatformSpread: 0.2,
  size: 0.2,
  strongIdentifiers: 0.25,
};

/** What a ring's score is made of: the raw measures and each factor in [0, 1]. */
export interface RingScoreBreakdown {
  size: number;
  /** Member pairs whose shared identifiers reach the link threshold. */
  strongLinks: number;
  /** strongLinks / (size·(size−1)/2): 1 when every member is strongly tied to every other. */
  strongLinkDensity: number;
  /** Distinct platforms (prefix of the account key), sorted. */
  platforms: string[];
  /** 1 − 1/platforms: 0 on one platform, 0.5 on two, 0.67 on three… */
  crossPlatformSpread: number;
  /** ln(size) / ln(maxRingSize), capped at 1. */
  sizeFactor: number;
  /** Linking identifiers that join accounts on their own (weight ≥ link threshold). */
  strongIdentifiers: number;
  /** n / (n + 2): 0.33 for one, 0.5 for two, 0.8 for eight. */
  strongIdentifierFactor: number;
}

export interface RingScoreInput {
  size: number;
  strongLinks: number;
  platforms: string[];
  strongIdentifiers: number;
}

/** A ring's score in [0, 100] (two decimals) with its breakdown. */
export function scoreRing(
  input: RingScoreInput,
  options: { maxRingSize: number; scoreWeights: RingScoreWeights },
): { score: number; breakdown: RingScoreBreakdown } {
  const { size, strongLinks, platforms, strongIdentifiers } = input;
  const pairs = (size * (size - 1)) / 2;
  const breakdown: RingScoreBreakdown = {
    size,
    strongLinks,
    strongLinkDensity: pairs > 0 ? Math.min(1, strongLinks / pairs) : 0,
    platforms,
    crossPlatformSpread: platforms.length > 1 ? 1 - 1 / platforms.length : 0,
    sizeFactor: size > 1 ? Math.min(1, Math.log(size) / Math.log(Math.max(2, options.maxRingSize))) : 0,
    strongIdentifiers,
    strongIdentifierFactor: strongIdentifiers / (strongIdentifiers + 2),
  };
  const w = options.scoreWeights;
  const total = w.strongLinkDensity + w.crossPlatformSpread + w.size + w.strongIdentifiers;
  const weighted =
    w.strongLinkDensity * breakdown.strongLinkDensity +
    w.crossPlatformSpread * breakdown.crossPlatformSpread +
    w.size * breakdown.sizeFactor +
    w.strongIdentifiers * breakdown.strongIdentifierFactor;
  const score = total > 0 ? Math.round((10000 * weighted) / total) / 100 : 0;
  return { score, breakdown };
}

/** One factor of a ring's score: its value in [0, 1], its weight, and the points it adds. */
export interface RingScoreFactor {
  factor: 'STRONG_LINK_DENSITY' | 'CROSS_PLATFORM_SPREAD' | 'SIZE' | 'STRONG_IDENTIFIERS';
  value: number;
  /** The weight as configured (weights need not sum to 1). */
  weight: number;
  /** 100 · weight · value / Σ weights: the factors' points add up to the score (to rounding). */
  points: number;
}

/** How each factor contributed to the score {@link scoreRing} gives for this breakdown. */
export function scoreFactors(breakdown: RingScoreBreakdown, weights: RingScoreWeights): RingScoreFactor[] {
  const total = weights.strongLinkDensity + weights.crossPlatformSpread + weights.size + weights.strongIdentifiers;
  const factor = (name: RingScoreFactor['factor'], value: number, weight: number): RingScoreFactor => ({
    factor: name,
    value,
    weight,
    points: total > 0 ? Math.round((10000 * weight * value) / total) / 100 : 0,
  });
  return [
    factor('STRONG_LINK_DENSITY', breakdown.strongLinkDensity, weights.strongLinkDensity),
    factor('CROSS_PLATFORM_SPREAD', breakdown.crossPlatformSpread, weights.crossPlatformSpread),
    factor('SIZE', breakdown.sizeFactor, weights.size),
    factor('STRONG_IDENTIFIERS', breakdown.strongIdentifierFactor, weights.strongIdentifiers),
  ];
}
