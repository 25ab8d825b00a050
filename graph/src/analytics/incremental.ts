import type { AccountLink } from './link-index.js';
import { compareStrings, SUPER_NODE_DEFAULTS, type SuperNodeOptions } from './supernodes.js';
import { scaledKindWeight } from './weights.js';

export type IncrementalOptions = SuperNodeOptions;

export const INCREMENTAL_DEFAULTS: IncrementalOptions = SUPER_NODE_DEFAULTS;

/** Where an account currently belongs: a map or a lookup, account key → component or ring id. */
export type ComponentLookup = ReadonlyMap<string, string> | ((account: string) => string | undefined);

export interface AffectedComponents {
  /** Existing components (or rings) to re-analyse whole, sorted. */
  componentIds: string[];
  /** Accounts in the neighbourhood of the batch that belong to no component yet, sorted. */
  accounts: string[];
  /** Identifiers that the batch pushes over maxDegree: the components they used to join may split. */
  newlySuppressed: string[];
}

/**
 * Step 1 of an incremental update: the identifiers of a batch of new links whose existing
 * links the caller should read (weightless kinds and blocklisted identifiers cannot join
 * anything). Reading at most maxDegree + 1 accounts per identifier is enough for step 2.
 */
export function identifiersToExpand(
  batch: Iterable<AccountLink>,
  options: Partial<Pick<IncrementalOptions, 'weights' | 'blocklist'>> = {},
): string[] {
  const settings = { ...INCREMENTAL_DEFAULTS, ...options };
  const blocked = new Set(settings.blocklist);
  const identifiers = new Set<string>();
  for (const link of batch) {
    if (scaledKindWeight(link.kind, settings.weights) > 0 && !blocked.has(link.identifier)) {
      identifiers.add(link.identifier);
    }
  }
  return [...identifiers].sort(compareStrings);
}

/**
 * Step 2: which existing components a batch of new links touches, so that only those (and the
 * returned loose accounts) are re-analysed — with computeRings over their members' links —
 * instead of the whole graph. `existingLinks` are the links already stored for the identifiers
 * of step 1. An account is affected when it is in the batch, or shares with a batch account an
 * identifier that still counts as evidence; when the batch pushes an identifier over maxDegree,
 * every account it used to join is affected, since their component may now fall apart.
 */
export function findAffectedComponents(
  batch: Iterable<AccountLink>,
  existingLinks: Iterable<AccountLink>,
  componentOf: ComponentLookup,
  options: Partial<IncrementalOptions> = {},
): AffectedComponents {
  const settings = { ...INCREMENTAL_DEFAULTS, ...options };
  const blocked = new Set(settings.blocklist);
  const lookup = typeof componentOf === 'function' ? componentOf : (account: string) => componentOf.get(account);

  const affected = new Set<string>();
  const added = new Map<string, { kind: string; accounts: Set<string> }>();
  for (const link of batch) {
    affected.add(link.account);
    if (scaledKindWeight(link.kind, settings.weights) === 0 || blocked.has(link.identifier)) continue;
    const entry = added.get(link.identifier);
    if (entry === undefined) added.set(link.identifier, { kind: link.kind, accounts: new Set([link.account]) });
    else entry.accounts.add(link.account);
  }
  const existing = new Map<string, Set<string>>();
  for (const link of existingLinks) {
    if (!added.has(link.identifier)) continue;
    const accounts = existing.get(link.identifier);
    if (accounts === undefined) existing.set(link.identifier, new Set([link.account]));
    else accounts.add(link.account);
  }

  const newlySuppressed: string[] = [];
  for (const [identifier, { kind, accounts }] of added) {
    const before = existing.get(identifier) ?? new Set<string>();
    const after = new Set([...before, ...accounts]);
    const maxDegree = settings.maxDegreeByKind[kind] ?? settings.maxDegree;
    if (after.size > maxDegree) {
      if (before.size > maxDegree) continue; // already suppressed: it joined nothing and still does not
      newlySuppressed.push(identifier);
    }
    for (const account of after) affected.add(account);
  }

  const componentIds = new Set<string>();
  const accounts: string[] = [];
  for (const account of affected) {
    const component = lookup(account);
    if (component === undefined) accounts.push(account);
    else componentIds.add(component);
  }
  return {
    componentIds: [...componentIds].sort(compareStrings),
    accounts: accounts.sort(compareStrings),
    newlySuppressed: newlySuppressed.sort(compareStrings),
  };
}
