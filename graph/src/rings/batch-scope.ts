import {
  findAffectedComponents,
  identifiersToExpand,
  scaledKindWeight,
  scaledThreshold,
  type AccountLink,
  type RingOptions,
} from '../analytics/index.js';
import { exceedsMaxDegree } from './link-kinds.js';
import type { DegreeLink } from './read-links.js';

/**
 * What a batch of projected leads can change in the rings, from the graph as it is after the
 * projection. An edge the batch touched (one of its leads is on it) may be new, so it may join
 * accounts; an edge none of whose leads is new cannot. Whether the batch pushed an identifier
 * over maxDegree is counted exactly, from the edges whose every lead is new.
 */
export interface BatchEdges {
  /** Every edge of the batch's sellers to shared identifiers, with its leads and capped degree. */
  current: readonly DegreeLink[];
  batchLeadIds: ReadonlySet<string>;
  /** Leads not analysed yet: the batch and those still waiting for a later batch. */
  newLeadIds: ReadonlySet<string>;
}

export interface BatchScope {
  /** Edges the batch touched. */
  fresh: DegreeLink[];
  /** Identifiers to read the other sellers of: the batch sellers' identifiers that are not super nodes. */
  expand: string[];
  /** Identifiers the batch pushed over maxDegree. */
  newlySuppressed: Set<string>;
  /** Identifiers that already were super nodes: they join nothing, before or after. */
  suppressed: Set<string>;
}

/** Step 1: the touched edges and the identifiers whose other sellers must be read. */
export function batchScope(batch: BatchEdges, settings: RingOptions): BatchScope {
  const fresh = batch.current.filter((l) => l.leads?.some((id) => batch.batchLeadIds.has(id)) ?? false);
  const created = new Map<string, number>();
  for (const l of fresh) {
    if (l.leads!.every((id) => batch.newLeadIds.has(id))) created.set(l.identifier, (created.get(l.identifier) ?? 0) + 1);
  }
  const newlySuppressed = new Set<string>();
  const suppressed = new Set<string>();
  for (const l of batch.current) {
    if (!exceedsMaxDegree(settings, l.kind, l.degree)) continue;
    const before = l.degree - (created.get(l.identifier) ?? 0);
    (exceedsMaxDegree(settings, l.kind, before) ? suppressed : newlySuppressed).add(l.identifier);
  }
  const expand = identifiersToExpand(batch.current, settings).filter((id) => !suppressed.has(id));
  return { fresh, expand, newlySuppressed, suppressed };
}

/**
 * Step 2: the rings to recompute and the accounts in no ring to add. A touched edge matters when
 * it is evidence of a strong pair (shared identifiers reaching the link threshold) between a
 * batch seller and another account, or when it pushed its identifier over maxDegree (the
 * accounts that identifier joined may fall apart); those edges, with the other sellers'
 * pre-batch links to the same identifiers, go through findAffectedComponents. Weak identifiers
 * that make no strong pair (a street address shared with ninety strangers) pull in nobody.
 */
export function affectedByBatch(
  scope: BatchScope,
  current: readonly DegreeLink[],
  neighbours: readonly AccountLink[],
  ringOf: ReadonlyMap<string, string>,
  settings: RingOptions,
): { ringIds: string[]; accounts: string[] } {
  const evidence = strongPairEvidence(scope, [...current, ...neighbours], settings);
  const matters = (identifier: string) => evidence.has(identifier) || scope.newlySuppressed.has(identifier);
  const freshKeys = new Set(scope.fresh.map((l) => `${l.account}\u001f${l.identifier}`));
  const before = neighbours.filter((l) => matters(l.identifier) && !freshKeys.has(`${l.account}\u001f${l.identifier}`));
  const affected = findAffectedComponents(
    scope.fresh.filter((l) => matters(l.identifier)),
    before,
    ringOf,
    { ...settings, blocklist: [...settings.blocklist, ...scope.suppressed] },
  );
  return { ringIds: affected.componentIds, accounts: affected.accounts };
}

/**
 * The identifiers that make a strong pair (summed kind weights reaching the link threshold)
 * between a seller with fresh edges and any other account, super nodes left out. Only pairs
 * around those sellers are summed, so the cost is their identifiers' degrees, not all pairs of
 * the neighbourhood (what projectAccounts would build).
 */
function strongPairEvidence(scope: BatchScope, links: readonly AccountLink[], settings: RingOptions): Set<string> {
  const blocked = new Set([...settings.blocklist, ...scope.suppressed, ...scope.newlySuppressed]);
  const accountsOf = new Map<string, Set<string>>();
  const weightOf = new Map<string, number>();
  const identifiersOf = new Map<string, Set<string>>();
  for (const link of links) {
    const weight = scaledKindWeight(link.kind, settings.weights);
    if (weight === 0 || blocked.has(link.identifier)) continue;
    weightOf.set(link.identifier, weight);
    let accounts = accountsOf.get(link.identifier);
    if (accounts === undefined) accountsOf.set(link.identifier, (accounts = new Set()));
    accounts.add(link.account);
    let identifiers = identifiersOf.get(link.account);
    if (identifiers === undefined) identifiersOf.set(link.account, (identifiers = new Set()));
    identifiers.add(link.identifier);
  }
  const threshold = scaledThreshold(settings.linkThreshold);
  const evidence = new Set<string>();
  for (const seller of new Set(scope.fresh.map((l) => l.account))) {
    const partners = new Map<string, { weight: number; identifiers: string[] }>();
    for (const identifier of identifiersOf.get(seller) ?? []) {
      for (const partner of accountsOf.get(identifier)!) {
        if (partner === seller) continue;
        const pair = partners.get(partner) ?? { weight: 0, identifiers: [] };
        pair.weight += weightOf.get(identifier)!;
        pair.identifiers.push(identifier);
        partners.set(partner, pair);
      }
    }
    for (const pair of partners.values()) if (pair.weight >= threshold) pair.identifiers.forEach((i) => evidence.add(i));
  }
  return evidence;
}
