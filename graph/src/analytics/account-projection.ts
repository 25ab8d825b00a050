import { UndirectedGraph } from 'graphology';
import { buildLinkIndex, platformOf, type AccountLink } from './link-index.js';
import { createPairScratch, forEachPartner } from './pair-weights.js';
import { compareStrings, suppressInIndex, SUPER_NODE_DEFAULTS, type SuperNodeOptions } from './supernodes.js';
import { DEFAULT_LINK_THRESHOLD, scaledThreshold, WEIGHT_SCALE } from './weights.js';

export interface ProjectionOptions extends SuperNodeOptions {
  /** Edges reaching this weight are flagged `strong` (they join accounts into rings). */
  linkThreshold: number;
  /** Drop lighter edges; 0 keeps every pair that shares at least one usable identifier. */
  minEdgeWeight: number;
}

export const PROJECTION_DEFAULTS: ProjectionOptions = {
  ...SUPER_NODE_DEFAULTS,
  linkThreshold: DEFAULT_LINK_THRESHOLD,
  minEdgeWeight: 0,
};

export interface ProjectedAccount {
  platform: string;
}

export interface ProjectedLink {
  /** Sum of the kind weights of the shared identifiers. */
  weight: number;
  strong: boolean;
  /** The shared identifier keys (the evidence), sorted. */
  identifiers: string[];
}

export type AccountProjection = UndirectedGraph<ProjectedAccount, ProjectedLink>;

/**
 * The weighted account–account graph: one node per account, one edge per pair of accounts that
 * share identifiers, weighted by the kinds of what they share; super nodes and weightless kinds
 * are skipped. Meant for a subgraph (a ring, a neighbourhood): the whole-graph ring pass never
 * materialises it (see rings.ts). Nodes and edges are inserted in key order, so the graph does
 * not depend on the order of the links.
 */
export function projectAccounts(
  links: Iterable<AccountLink>,
  options: Partial<ProjectionOptions> = {},
): AccountProjection {
  const settings = { ...PROJECTION_DEFAULTS, ...options };
  const index = buildLinkIndex(links, settings.weights);
  const { usable } = suppressInIndex(index, settings);
  const threshold = scaledThreshold(settings.linkThreshold);
  const minWeight = Math.round(settings.minEdgeWeight * WEIGHT_SCALE);
  const keys = index.accountKeys;

  const graph: AccountProjection = new UndirectedGraph();
  const order = keys.map((_, account) => account).sort((x, y) => compareStrings(keys[x], keys[y]));
  for (const account of order) graph.addNode(keys[account], { platform: platformOf(keys[account]) });

  const edges: Array<[string, string, ProjectedLink]> = [];
  const scratch = createPairScratch(keys.length, true);
  for (let account = 0; account < keys.length; account++) {
    forEachPartner(index, account, usable, scratch, (partner, weight, evidence) => {
      if (weight < minWeight) return;
      const [source, target] = [keys[account], keys[partner]].sort(compareStrings);
      const identifiers = (evidence ?? []).map((i) => index.identifierKeys[i]).sort(compareStrings);
      edges.push([source, target, { weight: weight / WEIGHT_SCALE, strong: weight >= threshold, identifiers }]);
    });
  }
  edges.sort((x, y) => compareStrings(x[0], y[0]) || compareStrings(x[1], y[1]));
  for (const [source, target, attributes] of edges) graph.addUndirectedEdge(source, target, attributes);
  return graph;
}
