import type { LinkIndex } from './link-index.js';

/**
 * Scratch space for summing, row by row, the weight of every account pair that shares an
 * identifier. One dense counter per account is reused for every row, so the cost is the number
 * of (account, co-member) visits — bounded by maxDegree per link because super nodes are
 * skipped — and never a pair table of the whole graph.
 */
export interface PairScratch {
  readonly weight: Int32Array;
  readonly touched: Int32Array;
  /** Shared identifiers per touched partner, only when evidence is collected. */
  readonly evidence: Map<number, number[]> | null;
}

export function createPairScratch(accountCount: number, withEvidence = false): PairScratch {
  return {
    weight: new Int32Array(accountCount),
    touched: new Int32Array(accountCount),
    evidence: withEvidence ? new Map() : null,
  };
}

/**
 * Visits every account b > a that shares at least one identifier of `identifierMask` with
 * account a, with the summed (scaled) weight of the identifiers they share; `evidence` is the
 * list of those identifiers when the scratch collects it. Each pair is visited once, from its
 * smaller account id.
 */
export function forEachPartner(
  index: LinkIndex,
  account: number,
  identifierMask: Uint8Array,
  scratch: PairScratch,
  visit: (partner: number, weight: number, evidence: readonly number[] | undefined) => void,
): void {
  const { accountOffsets, accountIdentifiers, identifierOffsets, identifierAccounts, identifierWeight } = index;
  const { weight, touched, evidence } = scratch;
  let touchedCount = 0;
  for (let k = accountOffsets[account]; k < accountOffsets[account + 1]; k++) {
    const identifier = accountIdentifiers[k];
    if (identifierMask[identifier] === 0) continue;
    const end = identifierOffsets[identifier + 1];
    if (end - identifierOffsets[identifier] < 2) continue;
    const w = identifierWeight[identifier];
    for (let m = identifierOffsets[identifier]; m < end; m++) {
      const partner = identifierAccounts[m];
      if (partner <= account) continue;
      if (weight[partner] === 0) touched[touchedCount++] = partner;
      weight[partner] += w;
      if (evidence !== null) {
        const list = evidence.get(partner);
        if (list === undefined) evidence.set(partner, [identifier]);
        else list.push(identifier);
      }
    }
  }
  for (let t = 0; t < touchedCount; t++) {
    const partner = touched[t];
    visit(partner, weight[partner], evidence?.get(partner));
    weight[partner] = 0;
  }
  evidence?.clear();
}
