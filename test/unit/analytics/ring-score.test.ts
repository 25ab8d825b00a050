import { DEFAULT_RING_SCORE_WEIGHTS, scoreFactors, scoreRing } from '@cloudsword/graph';

describe('ring score factors', () => {
  const cases = [
    { size: 2, strongLinks: 1, platforms: ['A'], strongIdentifiers: 1 },
    { size: 7, strongLinks: 12, platforms: ['A', 'B', 'C'], strongIdentifiers: 4 },
    { size: 50, strongLinks: 49, platforms: ['A', 'B'], strongIdentifiers: 0 },
    { size: 1, strongLinks: 0, platforms: ['A'], strongIdentifiers: 0 },
  ];

  it.each(cases)('add up to the score: %o', (input) => {
    const options = { maxRingSize: 50, scoreWeights: DEFAULT_RING_SCORE_WEIGHTS };
    const { score, breakdown } = scoreRing(input, options);
    const factors = scoreFactors(breakdown, options.scoreWeights);
    expect(factors.map((f) => f.factor)).toEqual(['STRONG_LINK_DENSITY', 'CROSS_PLATFORM_SPREAD', 'SIZE', 'STRONG_IDENTIFIERS']);
    expect(Math.abs(factors.reduce((sum, f) => sum + f.points, 0) - score)).toBeLessThanOrEqual(0.03);
    for (const f of factors) expect(f.value).toBeGreaterThanOrEqual(0);
  });

  it('carry the configured weights, normalised only in the points', () => {
    const weights = { strongLinkDensity: 2, crossPlatformSpread: 0, size: 1, strongIdentifiers: 1 };
    const { breakdown, score } = scoreRing({ size: 3, strongLinks: 3, platforms: ['A', 'B'], strongIdentifiers: 2 }, { maxRingSize: 50, scoreWeights: weights });
    const factors = scoreFactors(breakdown, weights);
    expect(factors.map((f) => f.weight)).toEqual([2, 0, 1, 1]);
    // Full density at weight 2 of 4 is half the score range.
    expect(factors[0]).toMatchObject({ value: 1, points: 50 });
    expect(factors[1].points).toBe(0);
    expect(Math.abs(factors.reduce((sum, f) => sum + f.points, 0) - score)).toBeLessThanOrEqual(0.03);
  });
});
