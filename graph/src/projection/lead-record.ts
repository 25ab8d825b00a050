import type { IdentifierKind } from '@cloudsword/shared';

/**
 * A lead as the projector needs it, read from PostgreSQL (the system of record). The graph
 * package knows nothing of MikroORM: the API loads these records and hands them over.
 */
export interface LeadGraphRecord {
  /** Lead id (uuid): the Lead node key and the provenance id on every edge it asserts. */
  id: string;
  /** Referring platform organisation's code (e.g. `PLATFORM-TAOBAO`) and id. */
  platform: string;
  platformOrgId: string;
  externalId: string;
  status: string;
  infringementType: string;
  brands: string[];
  /** ISO 8601 UTC. */
  observedAt: string;
  estimatedValueYuan: number | null;
  riskScore: number | null;
  /** Organisations that may see this lead: the referring platform and the agencies it is routed to. */
  visibleTo: string[];
  seller: { accountId: string; shopName: string | null; registrationName: string | null };
  identifiers: LeadIdentifierRecord[];
}

export interface LeadIdentifierRecord {
  kind: IdentifierKind;
  /** Graph node key, e.g. `PHONE:+8613800138000` (shared `identifierKey`). */
  key: string;
  /** Address role (SHIPPING_ORIGIN, WAREHOUSE, …) or '' for other kinds. */
  role: string;
  /** Masked display value, safe to show to whoever may see the node. */
  display: string;
  /** Kind-specific normalised fields, e.g. an address's codes and `clusterCode`. */
  detail: Record<string, unknown>;
}
