// The weights of the ring score, as graph/src/analytics/ring-score.ts DEFAULT_RING_SCORE_WEIGHTS
// sets them. The API sends each factor's value but not its weight; this copy goes away when
// RingScoreBreakdown carries the weights (asked of the API team). Until then contributions()
// checks that the factors add up to the score and says so when they do not.
const WEIGHTS = {
  strongLinkDensity: 0.35,
  crossPlatformSpread: 0.2,
  sizeFactor: 0.2,
  strongIdentifierFactor: 0.25,
} as const;

export type ScoreFactor = keyof typeof WEIGHTS;
export const SCORE_FACTORS = Object.keys(WEIGHTS) as ScoreFactor[];

export interface FactorContribution {
  factor: ScoreFactor;
  /** The factor in [0, 1]. */
  value: number;
  /** Its share of the score, in [0, 1]. */
  weight: number;
  /** Points it adds to the 0–100 score. */
  points: number;
}

type Breakdown = Record<ScoreFactor, number>;

/**
 * Each factor's part in the score, or null when the known weights do not reproduce the score
 * (the analysis runs with other weights), so the page never shows points that do not add up.
 */
export function contributions(breakdown: Breakdown, score: number): FactorContribution[] | null {
  const total = SCORE_FACTORS.reduce((sum, factor) => sum + WEIGHTS[factor], 0);
  const parts = SCORE_FACTORS.map((factor) => {
    const weight = WEIGHTS[factor] / total;
    return { factor, value: breakdown[factor], weight, points: 100 * weight * breakdown[factor] };
  });
  const sum = parts.reduce((acc, part) => acc + part.points, 0);
  return Math.abs(sum - score) <= 0.05 ? parts : null;
}
