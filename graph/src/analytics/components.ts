import { buildLinkIndex, type AccountLink, type LinkIndex } from './link-index.js';
import { createPairScratch, forEachPartner } from './pair-weights.js';
import { compareStrings, suppressInIndex, SUPER_NODE_DEFAULTS, type SuperNode, type SuperNodeOptions } from './supernodes.js';
import { DEFAULT_LINK_THRESHOLD, scaledThreshold } from './weights.js';

export interface ComponentOptions extends SuperNodeOptions {
  /** Minimum summed weight of shared identifiers for two accounts to be joined. */
  linkThreshold: number;
}

export const COMPONENT_DEFAULTS: ComponentOptions = {
  ...SUPER_NODE_DEFAULTS,
  linkThreshold: DEFAULT_LINK_THRESHOLD,
};

export interface LinkComponents {
  /** Components of two or more accounts; members sorted; largest first. */
  components: string[][];
  superNodes: SuperNode[];
}

/** Connected components of the account projection restricted to strong links (weight ≥ threshold). */
export function computeLinkComponents(
  links: Iterable<AccountLink>,
  options: Partial<ComponentOptions> = {},
): LinkComponents {
  const settings = { ...COMPONENT_DEFAULTS, ...options };
  const index = buildLinkIndex(links, settings.weights);
  const { superNodes, usable } = suppressInIndex(index, settings);
  const labels = labelComponents(index, usable, scaledThreshold(settings.linkThreshold));
  const components: string[][] = Array.from({ length: labels.count }, () => []);
  labels.componentOf.forEach((c, account) => {
    if (c >= 0) components[c].push(index.accountKeys[account]);
  });
  for (const members of components) members.sort(compareStrings);
  components.sort((x, y) => y.length - x.length || compareStrings(x[0], y[0]));
  return { components, superNodes };
}

export interface ComponentLabels {
  /** Component of each account, 0..count-1, or -1 for an account joined to no other. */
  componentOf: Int32Array;
  sizes: Int32Array;
  count: number;
}

/**
 * Union–find over typed arrays. An identifier whose own weight reaches the threshold joins all
 * its accounts (a star, O(degree), no pairs). Only pairs whose evidence is a sum of weak
 * identifiers need their weight summed, and only from accounts whose weak identifiers could add
 * up to the threshold at all.
 */
export function labelComponents(index: LinkIndex, usable: Uint8Array, threshold: number): ComponentLabels {
  const accountCount = index.accountKeys.length;
  const parent = new Int32Array(accountCount);
  for (let a = 0; a < accountCount; a++) parent[a] = a;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const union = (x: number, y: number): void => {
    const rx = find(x);
    const ry = find(y);
    if (rx !== ry) parent[Math.max(rx, ry)] = Math.min(rx, ry);
  };

  const { identifierOffsets, identifierAccounts, identifierWeight } = index;
  const weak = new Uint8Array(usable.length);
  for (let i = 0; i < usable.length; i++) {
    if (usable[i] === 0) continue;
    const start = identifierOffsets[i];
    const end = identifierOffsets[i + 1];
    if (end - start < 2) continue;
    if (identifierWeight[i] >= threshold) {
      for (let k = start + 1; k < end; k++) union(identifierAccounts[start], identifierAccounts[k]);
    } else {
      weak[i] = 1;
    }
  }

  const scratch = createPairScratch(accountCount);
  let current = 0;
  const joinIfStrong = (partner: number, weight: number): void => {
    if (weight >= threshold) union(current, partner);
  };
  for (let a = 0; a < accountCount; a++) {
    let weakSum = 0;
    for (let k = index.accountOffsets[a]; k < index.accountOffsets[a + 1]; k++) {
      const identifier = index.accountIdentifiers[k];
      if (weak[identifier] === 1) weakSum += identifierWeight[identifier];
    }
    current = a;
    if (weakSum >= threshold) forEachPartner(index, a, weak, scratch, joinIfStrong);
  }

  // Roots are the smallest member, so labels come out in account order.
  const componentOf = new Int32Array(accountCount).fill(-1);
  const rootSize = new Int32Array(accountCount);
  for (let a = 0; a < accountCount; a++) rootSize[find(a)]++;
  const sizeList: number[] = [];
  for (let a = 0; a < accountCount; a++) {
    const root = find(a);
    if (rootSize[root] < 2) continue;
    if (root === a) {
      componentOf[a] = sizeList.length;
      sizeList.push(rootSize[a]);
    } else {
      componentOf[a] = componentOf[root];
    }
  }
  return { componentOf, sizes: Int32Array.from(sizeList), count: sizeList.length };
}
