import { IdentifierKind } from '@cloudsword/shared';
import type { CypherStatement } from '../neo4j/executor.js';
import { assertSafeName, IDENTIFIER_MODEL } from '../projection/identifier-model.js';

/**
 * Identifiers that on their own say two accounts are run by the same people (payment account,
 * resident ID, device) plus the phone: the links that make a new lead a repeat infringer.
 */
export const STRONG_LINK_KINDS: readonly IdentifierKind[] = [
  IdentifierKind.PAYMENT_ACCOUNT,
  IdentifierKind.RESIDENT_ID,
  IdentifierKind.DEVICE,
  IdentifierKind.PHONE,
];

/** Identifiers shared by more seller accounts than this glue strangers together and are skipped. */
export const STRONG_LINK_MAX_DEGREE = 50;

const STRONG_PATTERN = STRONG_LINK_KINDS.map((kind) => assertSafeName(IDENTIFIER_MODEL[kind].relationship)).join('|');

/** One account linked to a lead's seller through an identifier that lead itself asserted. */
export interface StrongLinkRow {
  lead: string;
  identifier: string;
  label: string;
  display: string | null;
  other: string;
}

/**
 * For each lead, the other seller accounts that share a strong identifier the lead asserted
 * (so the lead's own provenance covers the identifier), skipping identifiers of degree above
 * `maxDegree`: rows {@link StrongLinkRow}. A system read for alerting: no viewer filter here;
 * callers decide what each recipient may be told.
 */
export function strongLinksStatement(leadIds: readonly string[], maxDegree = STRONG_LINK_MAX_DEGREE): CypherStatement {
  return {
    text: `UNWIND $leadIds AS leadId
MATCH (l:Lead {key: leadId})-[:REFERS]->(s:SellerAccount)-[e:${STRONG_PATTERN}]->(i)
WHERE leadId IN e.leads AND COUNT { (i)<-[:${STRONG_PATTERN}]-() } <= toInteger($maxDegree)
MATCH (i)<-[:${STRONG_PATTERN}]-(other:SellerAccount)
WHERE other <> s
RETURN DISTINCT leadId AS lead, i.key AS identifier, head(labels(i)) AS label, i.display AS display, other.key AS other`,
    params: { leadIds: [...leadIds], maxDegree },
  };
}
