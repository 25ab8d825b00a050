import type { KnownInfringer } from './known-infringers.js';

/** How a new lead reaches a known infringer. */
export type LinkVia = 'SAME_ACCOUNT' | 'SHARED_IDENTIFIER';

/** One way a new lead's seller is tied to a known infringer's record. */
export interface InfringerMatch {
  via: LinkVia;
  /** The identifier the new lead itself asserted (null for the same account). */
  identifier: { key: string; kind: string; display: string | null } | null;
  sellerKey: string;
  known: KnownInfringer;
}

/** What an alert stores: only what its recipient agency may see. */
export interface AlertEvidence {
  links: {
    via: LinkVia;
    identifier: { key: string; kind: string; display: string | null } | null;
    sellerKeys: string[];
    known: { source: string; id: string; label: string; status: string }[];
  }[];
  /** Other agencies holding a matched record: their names only (DESIGN.md invariant 5). */
  otherAgencies: { name: string }[];
}

/** Who the recipient is allowed to see: everything (the secretariat) or records held by these organisations. */
export interface RecipientView {
  all: boolean;
  orgIds: ReadonlySet<string>;
}

/**
 * The evidence one agency receives. A known record it may see (held by it or a bureau under
 * it) is shown with its seller and the identifier that links it; a record it may not see is
 * reduced to the names of the agencies holding it, so it learns whom to call and nothing more.
 * The identifier is always one the new lead (routed to the recipient) asserted itself.
 */
export function evidenceFor(matches: readonly InfringerMatch[], recipient: RecipientView, orgNames: ReadonlyMap<string, string>): AlertEvidence {
  const links = new Map<string, AlertEvidence['links'][number]>();
  const others = new Set<string>();
  for (const match of matches) {
    for (const holder of match.known.holderOrgIds) {
      if (!recipient.orgIds.has(holder)) others.add(orgNames.get(holder) ?? 'another agency');
    }
    const visible = recipient.all || match.known.holderOrgIds.some((o) => recipient.orgIds.has(o));
    if (!visible) continue;
    const id = `${match.via}|${match.identifier?.key ?? ''}`;
    const link = links.get(id) ?? { via: match.via, identifier: match.identifier, sellerKeys: [], known: [] };
    links.set(id, link);
    if (!link.sellerKeys.includes(match.sellerKey)) link.sellerKeys.push(match.sellerKey);
    if (!link.known.some((k) => k.id === match.known.id)) {
      link.known.push({ source: match.known.source, id: match.known.id, label: match.known.label, status: match.known.status });
    }
  }
  return {
    links: [...links.values()].sort((a, b) => a.via.localeCompare(b.via) || (a.identifier?.key ?? '').localeCompare(b.identifier?.key ?? '')),
    otherAgencies: [...others].sort().map((name) => ({ name })),
  };
}
