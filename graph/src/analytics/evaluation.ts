/**
 * A clustering: item → cluster label. `null`, or an item missing from the map but present in
 * the other clustering, means "in no cluster", i.e. a singleton cluster of its own. So the
 * items compared are the union of both maps' keys, and the output of computeRings (accounts in
 * rings) can be compared with a ground truth that lists every account.
 */
export type Clustering = ReadonlyMap<string, string | null>;

export interface PairCounts {
  /** Items compared: the union of both clusterings' keys. */
  items: number;
  /** Pairs in the same cluster in both clusterings. */
  truePositivePairs: number;
  /** Pairs in the same predicted cluster. */
  predictedPairs: number;
  /** Pairs in the same true cluster. */
  truthPairs: number;
}

export interface PrecisionRecall extends PairCounts {
  /** truePositivePairs / predictedPairs; 1 when nothing is predicted together (vacuous). */
  precision: number;
  /** truePositivePairs / truthPairs; 1 when nothing is truly together (vacuous). */
  recall: number;
  /** Harmonic mean of precision and recall; 0 when both are 0. */
  f1: number;
}

/**
 * Adjusted Rand index (Hubert & Arabie): 1 for identical clusterings, about 0 for random
 * agreement, negative below chance. When both clusterings put every item alone, or every item
 * together, the index is undefined (0/0) and 1 is returned, as they are then identical.
 */
export function adjustedRandIndex(truth: Clustering, predicted: Clustering): number {
  const { items, truePositivePairs, predictedPairs, truthPairs } = countPairs(truth, predicted);
  const allPairs = pairs(items);
  if (allPairs === 0) return 1;
  const expected = (truthPairs * predictedPairs) / allPairs;
  const maximum = (truthPairs + predictedPairs) / 2;
  if (maximum === expected) return 1;
  return (truePositivePairs - expected) / (maximum - expected);
}

/** Pairwise precision and recall: each pair of items put together is one decision. */
export function pairwisePrecisionRecall(truth: Clustering, predicted: Clustering): PrecisionRecall {
  const counts = countPairs(truth, predicted);
  const { truePositivePairs, predictedPairs, truthPairs } = counts;
  const precision = predictedPairs === 0 ? 1 : truePositivePairs / predictedPairs;
  const recall = truthPairs === 0 ? 1 : truePositivePairs / truthPairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

/** Pair counts from the contingency table; singletons form no pair, so they need no cell. */
export function countPairs(truth: Clustering, predicted: Clustering): PairCounts {
  const truthSizes = new Map<string, number>();
  const predictedSizes = new Map<string, number>();
  const cells = new Map<string, Map<string, number>>();
  const items = new Set([...truth.keys(), ...predicted.keys()]);
  for (const item of items) {
    const t = truth.get(item) ?? null;
    const p = predicted.get(item) ?? null;
    if (t !== null) truthSizes.set(t, (truthSizes.get(t) ?? 0) + 1);
    if (p !== null) predictedSizes.set(p, (predictedSizes.get(p) ?? 0) + 1);
    if (t !== null && p !== null) {
      let row = cells.get(t);
      if (row === undefined) cells.set(t, (row = new Map()));
      row.set(p, (row.get(p) ?? 0) + 1);
    }
  }
  let truePositivePairs = 0;
  for (const row of cells.values()) for (const count of row.values()) truePositivePairs += pairs(count);
  return {
    items: items.size,
    truePositivePairs,
    predictedPairs: sumPairs(predictedSizes),
    truthPairs: sumPairs(truthSizes),
  };
}

function pairs(count: number): number {
  return (count * (count - 1)) / 2;
}

function sumPairs(sizes: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const size of sizes.values()) total += pairs(size);
  return total;
}
