import { platformOf, projectAccounts, type AccountLink, type RingOptions, type RingScoreBreakdown } from '../analytics/index.js';
import { scoreRing } from '../analytics/ring-score.js';
import type { RingMemberEdge } from './ring-graph.js';

/** A linking identifier as the analysis stored it. */
export interface StoredLinkingIdentifier {
  identifier: string;
  /** IdentifierKind. */
  kind: string;
  /** Link kind the weight was taken from (see linkKindOf). */
  linkKind: string;
  weight: number;
  memberCount: number;
  display: string | null;
}

/** A ring as one viewer may see it: only what its visible edges show. */
export interface VisibleRing {
  /** Members with at least one visible edge, sorted. */
  members: string[];
  /** Linking identifiers with at least one visible edge from a member; memberCount counts visible members. */
  linkingIdentifiers: StoredLinkingIdentifier[];
  score: number;
  breakdown: RingScoreBreakdown;
}

/**
 * Re-describes a ring from the edges a viewer may see (DESIGN.md invariant 6): its members, its
 * linking identifiers with the members that visibly share them, and a score whose breakdown
 * (size, strong links, platforms, strong identifiers) is computed from those edges alone, so
 * that nothing — not even the member count — comes from leads the viewer cannot see.
 */
export function describeVisibleRing(
  edges: readonly RingMemberEdge[],
  linking: readonly StoredLinkingIdentifier[],
  options: Pick<RingOptions, 'weights' | 'linkThreshold' | 'maxRingSize' | 'scoreWeights'>,
): VisibleRing {
  const members = [...new Set(edges.map((e) => e.seller))].sort();
  const byKey = new Map(linking.map((l) => [l.identifier, l]));
  const sharers = new Map<string, Set<string>>();
  for (const edge of edges) {
    if (!byKey.has(edge.identifier)) continue;
    let set = sharers.get(edge.identifier);
    if (set === undefined) sharers.set(edge.identifier, (set = new Set()));
    set.add(edge.seller);
  }
  const visibleLinking = linking
    .filter((l) => sharers.has(l.identifier))
    .map((l) => ({ ...l, memberCount: sharers.get(l.identifier)!.size }))
    .sort((x, y) => y.weight - x.weight || y.memberCount - x.memberCount || (x.identifier < y.identifier ? -1 : 1));

  const links: AccountLink[] = [];
  for (const l of visibleLinking) {
    if (l.memberCount < 2) continue;
    for (const account of sharers.get(l.identifier)!) links.push({ account, kind: l.linkKind, identifier: l.identifier });
  }
  // Only linking identifiers are left, so nothing is a super node here.
  const projection = projectAccounts(links, { weights: options.weights, linkThreshold: options.linkThreshold, maxDegree: Number.MAX_SAFE_INTEGER, blocklist: [] });
  let strongLinks = 0;
  projection.forEachEdge((_edge, attributes) => {
    if (attributes.strong) strongLinks++;
  });
  const strongIdentifiers = visibleLinking.filter((l) => l.memberCount >= 2 && l.weight >= options.linkThreshold).length;
  const platforms = [...new Set(members.map(platformOf))].sort();
  const { score, breakdown } = scoreRing({ size: members.length, strongLinks, platforms, strongIdentifiers }, options);
  return { members, linkingIdentifiers: visibleLinking, score, breakdown };
}
