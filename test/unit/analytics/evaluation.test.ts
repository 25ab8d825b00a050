import { adjustedRandIndex, pairwisePrecisionRecall } from '../../../graph/src/analytics/index.js';

/** Clustering from labels in order: clustering('a b c', ['x', 'x', null]). */
function clustering(items: string, labels: Array<string | null>): Map<string, string | null> {
  return new Map(items.split(' ').map((item, k) => [item, labels[k]]));
}

describe('adjustedRandIndex', () => {
  it('is 1 for identical clusterings, whatever the labels', () => {
    const truth = clustering('a b c d e', ['x', 'x', 'y', 'y', null]);
    expect(adjustedRandIndex(truth, truth)).toBe(1);
    expect(adjustedRandIndex(truth, clustering('a b c d e', ['2', '2', '1', '1', null]))).toBe(1);
  });

  it('gives the textbook values', () => {
    // truth {a,b}{c,d}; predicted {a,b}{c}{d}. Pairs together: truth 2, predicted 1, both 1;
    // all pairs C(4,2) = 6. expected = 2·1/6 = 1/3, max = (2+1)/2 = 3/2,
    // ARI = (1 − 1/3) / (3/2 − 1/3) = (2/3) / (7/6) = 4/7.
    const truth = clustering('a b c d', ['x', 'x', 'y', 'y']);
    expect(adjustedRandIndex(truth, clustering('a b c d', ['r', 'r', 's', 't']))).toBeCloseTo(4 / 7, 12);
    // Null and missing are singletons: c is null, d is missing, so this is the same partition.
    expect(adjustedRandIndex(truth, new Map([['a', 'r'], ['b', 'r'], ['c', null]]))).toBeCloseTo(4 / 7, 12);
    // truth {a,b}{c,d}; predicted {a,c}{b,d}: both 0, expected 2·2/6 = 2/3, max 2,
    // ARI = (0 − 2/3) / (2 − 2/3) = −1/2.
    expect(adjustedRandIndex(truth, clustering('a b c d', ['r', 's', 'r', 's']))).toBeCloseTo(-0.5, 12);
    // everything together against everything apart: both 0 pairs shared, expected 0 → 0.
    expect(adjustedRandIndex(clustering('a b c d', ['x', 'x', 'x', 'x']), clustering('a b c d', [null, null, null, null]))).toBe(0);
  });

  it('is 1 when both clusterings leave everything alone (0/0)', () => {
    expect(adjustedRandIndex(new Map([['a', null]]), new Map([['b', null]]))).toBe(1);
  });
});

describe('pairwisePrecisionRecall', () => {
  it('counts pairs put together', () => {
    // truth {a,b,c}{d,e}: 3 + 1 = 4 pairs; predicted {a,b}{c,d,e}: 1 + 3 = 4 pairs;
    // in both: ab, de = 2. precision 2/4, recall 2/4.
    const truth = clustering('a b c d e', ['x', 'x', 'x', 'y', 'y']);
    const predicted = clustering('a b c d e', ['r', 'r', 's', 's', 's']);
    expect(pairwisePrecisionRecall(truth, predicted)).toEqual({
      items: 5,
      truePositivePairs: 2,
      predictedPairs: 4,
      truthPairs: 4,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
    });
  });

  it('rewards cautious predictions with precision and punishes them with recall', () => {
    // truth {a,b,c,d}: 6 pairs; predicted {a,b} and the rest alone: 1 pair, correct.
    const result = pairwisePrecisionRecall(clustering('a b c d', ['x', 'x', 'x', 'x']), new Map([['a', 'r'], ['b', 'r']]));
    expect([result.precision, result.recall, result.f1]).toEqual([1, 1 / 6, 2 / 7]);
    // nothing predicted together: precision is vacuously 1, recall 0.
    const none = pairwisePrecisionRecall(clustering('a b', ['x', 'x']), new Map());
    expect([none.precision, none.recall, none.f1]).toEqual([1, 0, 0]);
  });
});
