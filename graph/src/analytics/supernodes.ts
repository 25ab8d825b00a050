import { buildLinkIndex, identifierDegree, type AccountLink, type LinkIndex } from './link-index.js';
import { DEFAULT_KIND_WEIGHTS, type KindWeights } from './weights.js';

export type SuperNodeReason = 'BLOCKLIST' | 'MAX_DEGREE';

/** An identifier that is too common to be evidence (a courier hub, a platform's default phone). */
export interface SuperNode {
  identifier: string;
  kind: string;
  /** Number of distinct accounts linked to it. */
  degree: number;
  reason: SuperNodeReason;
}

export interface SuperNodeOptions {
  /** Identifiers shared by more accounts than this are suppressed. */
  maxDegree: number;
  /** Per-kind overrides of maxDegree, e.g. `{ PAYMENT_ACCOUNT: 300 }`. */
  maxDegreeByKind: Readonly<Record<string, number>>;
  /** Identifier keys suppressed whatever their degree (editable by analysts). */
  blocklist: Iterable<string>;
  /** Kinds weighing 0 (a shared city) never link anything, so they are ignored, not reported. */
  weights: KindWeights;
}

/**
 * 100: far above any group of shops we expect one person to run on one identifier, far below
 * a courier hub or a platform default; and it bounds the pair work per identifier to ~5,000.
 */
export const SUPER_NODE_DEFAULTS: SuperNodeOptions = {
  maxDegree: 100,
  maxDegreeByKind: {},
  blocklist: [],
  weights: DEFAULT_KIND_WEIGHTS,
};

export interface Suppression {
  /** Suppressed identifiers, by degree descending then identifier key. */
  superNodes: SuperNode[];
  /** 1 for identifiers that may link accounts: weight > 0 and not suppressed. */
  usable: Uint8Array;
}

/** Which identifiers are suppressed, with their degree and the reason. */
export function findSuperNodes(
  links: Iterable<AccountLink>,
  options: Partial<SuperNodeOptions> = {},
): SuperNode[] {
  const settings = { ...SUPER_NODE_DEFAULTS, ...options };
  return suppressInIndex(buildLinkIndex(links, settings.weights), settings).superNodes;
}

/** findSuperNodes on an already built index; also returns the mask of usable identifiers. */
export function suppressInIndex(
  index: LinkIndex,
  options: Pick<SuperNodeOptions, 'maxDegree' | 'maxDegreeByKind' | 'blocklist'>,
): Suppression {
  const blocked = new Set(options.blocklist);
  const count = index.identifierKeys.length;
  const usable = new Uint8Array(count);
  const superNodes: SuperNode[] = [];
  for (let i = 0; i < count; i++) {
    if (index.identifierWeight[i] <= 0) continue;
    const identifier = index.identifierKeys[i];
    const kind = index.identifierKinds[i];
    const degree = identifierDegree(index, i);
    const maxDegree = options.maxDegreeByKind[kind] ?? options.maxDegree;
    const reason: SuperNodeReason | null = blocked.has(identifier)
      ? 'BLOCKLIST'
      : degree > maxDegree
        ? 'MAX_DEGREE'
        : null;
    if (reason === null) usable[i] = 1;
    else superNodes.push({ identifier, kind, degree, reason });
  }
  superNodes.sort((x, y) => y.degree - x.degree || compareStrings(x.identifier, y.identifier));
  return { superNodes, usable };
}

/** Code-unit order, independent of locale, for deterministic output. */
export function compareStrings(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
