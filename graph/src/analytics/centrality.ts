import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import type { AccountLink } from './link-index.js';
import { compareStrings } from './supernodes.js';
import { DEFAULT_KIND_WEIGHTS, scaledKindWeight, type KindWeights } from './weights.js';

export interface HubOptions {
  weights: KindWeights;
  blocklist: Iterable<string>;
  /** Betweenness is O(nodes · edges): above this many nodes only degrees are computed. */
  maxNodesForBetweenness: number;
}

export const HUB_DEFAULTS: HubOptions = {
  weights: DEFAULT_KIND_WEIGHTS,
  blocklist: [],
  maxNodesForBetweenness: 2000,
};

export interface IdentifierHub {
  identifier: string;
  kind: string;
  /** Ring members linked to it. */
  memberCount: number;
  /** Normalised betweenness in the member–identifier graph; null when not computed. */
  betweenness: number | null;
}

export interface AccountHub {
  account: string;
  /** Linking identifiers it holds. */
  identifierCount: number;
  betweenness: number | null;
}

export interface RingHubs {
  /** By betweenness, then member count, then key. */
  identifiers: IdentifierHub[];
  /** By betweenness, then identifier count, then key. */
  accounts: AccountHub[];
}

/**
 * The hubs of one ring: on the bipartite graph of its members and the identifiers that link at
 * least two of them, identifiers (and accounts) that the most shortest paths run through — the
 * shared payment account or phone that holds the ring together.
 */
export function computeRingHubs(
  links: Iterable<AccountLink>,
  members: Iterable<string>,
  options: Partial<HubOptions> = {},
): RingHubs {
  const settings = { ...HUB_DEFAULTS, ...options };
  const memberSet = new Set(members);
  const blocked = new Set(settings.blocklist);
  const accountsOf = new Map<string, { kind: string; accounts: Set<string> }>();
  for (const link of links) {
    if (!memberSet.has(link.account) || blocked.has(link.identifier)) continue;
    if (scaledKindWeight(link.kind, settings.weights) === 0) continue;
    const entry = accountsOf.get(link.identifier);
    if (entry === undefined) accountsOf.set(link.identifier, { kind: link.kind, accounts: new Set([link.account]) });
    else entry.accounts.add(link.account);
  }

  // Node keys are prefixed so that an account key can never collide with an identifier key.
  const graph = new UndirectedGraph();
  for (const account of [...memberSet].sort(compareStrings)) graph.addNode(`a|${account}`);
  const linking = [...accountsOf.entries()].filter(([, { accounts }]) => accounts.size >= 2);
  linking.sort(([x], [y]) => compareStrings(x, y));
  for (const [identifier, { accounts }] of linking) {
    graph.addNode(`i|${identifier}`);
    for (const account of [...accounts].sort(compareStrings)) graph.addEdge(`a|${account}`, `i|${identifier}`);
  }
  const centrality =
    graph.order <= settings.maxNodesForBetweenness
      ? betweennessCentrality(graph, { normalized: true, getEdgeWeight: null })
      : null;
  const betweenness = (node: string): number | null => (centrality === null ? null : (centrality[node] ?? 0));

  const identifiers: IdentifierHub[] = linking.map(([identifier, { kind, accounts }]) => ({
    identifier,
    kind,
    memberCount: accounts.size,
    betweenness: betweenness(`i|${identifier}`),
  }));
  identifiers.sort(
    (x, y) =>
      (y.betweenness ?? 0) - (x.betweenness ?? 0) ||
      y.memberCount - x.memberCount ||
      compareStrings(x.identifier, y.identifier),
  );
  const accounts: AccountHub[] = [...memberSet].map((account) => ({
    account,
    identifierCount: graph.degree(`a|${account}`),
    betweenness: betweenness(`a|${account}`),
  }));
  accounts.sort(
    (x, y) =>
      (y.betweenness ?? 0) - (x.betweenness ?? 0) ||
      y.identifierCount - x.identifierCount ||
      compareStrings(x.account, y.account),
  );
  return { identifiers, accounts };
}
