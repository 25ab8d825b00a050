import { createHash } from 'node:crypto';
import { IdentifierKind, sellerKey } from '@cloudsword/shared';
import { ADDRESS_DETAIL_FIELDS, identifierModel, type IdentifierLabel } from './identifier-model.js';
import type { LeadGraphRecord } from './lead-record.js';

// Turns lead records into the parameter rows of the projection statements: one row per node
// or edge, deduplicated and aggregated per batch, so no statement sees the same node or edge
// twice (two UNWIND rows updating one edge would read stale lists under Cypher's eager plans).

export type Props = Record<string, string | number | boolean | string[] | null>;

export interface NodeRow {
  key: string;
  props: Props;
}

export interface SellerRow extends NodeRow {
  platform: string;
  /** observedAt of the lead that supplied `props`; the newest lead's shop name wins. */
  observedAt: string;
}

export interface BrandRow {
  key: string;
  name: string;
}

export interface LeadRow extends NodeRow {
  seller: string;
  brands: string[];
}

/** An identifier node with the seller edges that reach it from this batch's leads. */
export interface IdentifierRow extends NodeRow {
  /** Address only: the Location (cluster code) it lies in, or null. */
  location: string | null;
  edges: SellerEdgeRow[];
}

export interface SellerEdgeRow {
  seller: string;
  leads: string[];
  firstSeen: string;
  lastSeen: string;
  /** HAS_ADDRESS only: `<leadId>|<role>` claims, so a lead's roles can be retracted with it. */
  roleClaims?: string[];
  roles?: string[];
}

export interface RetractRow {
  key: string;
  hash: string;
}

export interface LeadProjectionRows {
  retract: RetractRow[];
  /**
   * Keys of the sellers, identifiers and brands that the retracted leads assert again: the
   * retraction leaves these in place even when it empties them, rather than delete and recreate.
   */
  keep: string[];
  platforms: NodeRow[];
  sellers: SellerRow[];
  brands: BrandRow[];
  leads: LeadRow[];
  /** Leads whose assertions are unchanged: only their own properties are written. */
  leadProps: NodeRow[];
  locations: NodeRow[];
  identifiers: Map<IdentifierLabel, IdentifierRow[]>;
}


/** Brand node key: NFKC, trimmed, inner whitespace collapsed, lower case ('' means no brand). */
export function brandKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** Why a record cannot be projected, or null when it can. */
export function leadRecordProblem(record: LeadGraphRecord): string | null {
  if (!nonEmpty(record.id)) return 'id is empty';
  if (!nonEmpty(record.platform)) return 'platform is empty';
  if (!nonEmpty(record.seller?.accountId)) return 'seller.accountId is empty';
  if (typeof record.observedAt !== 'string' || Number.isNaN(Date.parse(record.observedAt))) return 'observedAt is not a date';
  if (!Array.isArray(record.visibleTo) || !Array.isArray(record.identifiers) || !Array.isArray(record.brands)) {
    return 'visibleTo, identifiers and brands must be lists';
  }
  for (const identifier of record.identifiers) {
    if (!identifierModel(identifier.kind)) return `unknown identifier kind ${JSON.stringify(identifier.kind)}`;
    if (!nonEmpty(identifier.key)) return `an identifier of kind ${identifier.kind} has an empty key`;
  }
  return null;
}

/**
 * What a lead asserts about the graph (its seller, identifiers with roles, brands and time),
 * hashed. An unchanged hash means re-applying the lead cannot change any edge, so its old
 * assertions need not be retracted first.
 */
export function assertionHash(record: LeadGraphRecord): string {
  const identifiers = record.identifiers.map((i) => `${i.kind}\u001f${i.key}\u001f${i.role}`).sort();
  const brands = [...new Set(record.brands.map(brandKey))].sort();
  const canonical = JSON.stringify([sellerKey(record.platform, record.seller.accountId), isoUtc(record.observedAt), identifiers, brands]);
  return createHash('sha1').update(canonical).digest('hex');
}

/**
 * Rows for a batch of records. Throws on a record that {@link leadRecordProblem} rejects.
 *
 * `previous` maps the lead ids already in the graph to their stored `projectionHash` (ids
 * absent from it are new). With it, a lead whose assertions are unchanged only has its own
 * properties updated, and only changed leads are retracted. Without it every lead is treated
 * as possibly changed: everything is re-merged, which also repairs a graph that drifted.
 */
export function buildLeadRows(records: readonly LeadGraphRecord[], previous?: ReadonlyMap<string, string | null>): LeadProjectionRows {
  // A lead twice in one batch: the later record is the newer version.
  const latest = new Map<string, LeadGraphRecord>();
  for (const record of records) {
    const problem = leadRecordProblem(record);
    if (problem) throw new Error(`lead ${String(record.id)} cannot be projected: ${problem}`);
    latest.delete(record.id);
    latest.set(record.id, record);
  }

  const platforms = new Map<string, NodeRow>();
  const sellers = new Map<string, SellerRow>();
  const brands = new Map<string, BrandRow>();
  const leads: LeadRow[] = [];
  const leadProps: NodeRow[] = [];
  const retract: RetractRow[] = [];
  const keep = new Set<string>();
  const locations = new Map<string, NodeRow>();
  const identifiers = new Map<IdentifierLabel, Map<string, IdentifierRow>>();
  const edgeIndex = new Map<string, SellerEdgeRow>();

  for (const record of latest.values()) {
    const observedAt = isoUtc(record.observedAt);
    const seller = sellerKey(record.platform, record.seller.accountId);
    platforms.set(record.platform, { key: record.platform, props: {} });
    const sellerSoFar = sellers.get(seller);
    if (!sellerSoFar || sellerSoFar.observedAt <= observedAt) {
      sellers.set(seller, {
        key: seller,
        platform: record.platform,
        observedAt,
        props: {
          platform: record.platform,
          accountId: record.seller.accountId,
          shopName: record.seller.shopName,
          registrationName: record.seller.registrationName,
        },
      });
    }

    const hash = assertionHash(record);
    const props: Props = {
      platform: record.platform,
      platformOrgId: record.platformOrgId,
      externalId: record.externalId,
      status: record.status,
      infringementType: record.infringementType,
      observedAt,
      estimatedValueYuan: record.estimatedValueYuan,
      riskScore: record.riskScore,
      visibleTo: [...new Set(record.visibleTo)].sort(),
      projectionHash: hash,
    };
    const stored = previous?.get(record.id);
    if (stored === hash) {
      leadProps.push({ key: record.id, props });
      continue;
    }
    const retracted = !previous || stored !== undefined;
    if (retracted) {
      retract.push({ key: record.id, hash });
      keep.add(seller);
      for (const name of record.brands) keep.add(brandKey(name));
      for (const identifier of record.identifiers) keep.add(identifier.key);
    }

    const leadBrands = new Set<string>();
    for (const name of record.brands) {
      const key = brandKey(name);
      if (key === '') continue;
      leadBrands.add(key);
      const known = brands.get(key);
      // The smallest spelling wins, so the name does not depend on the order leads arrive in.
      if (!known || name.trim() < known.name) brands.set(key, { key, name: name.trim() });
    }

    leads.push({ key: record.id, seller, brands: [...leadBrands].sort(), props });

    for (const identifier of record.identifiers) {
      const model = identifierModel(identifier.kind)!;
      const nodeProps: Props = { kind: identifier.kind, display: identifier.display };
      let location: string | null = null;
      if (identifier.kind === IdentifierKind.ADDRESS) {
        for (const field of ADDRESS_DETAIL_FIELDS) {
          const value = identifier.detail?.[field];
          if (typeof value === 'string' && value !== '') nodeProps[field] = value;
        }
        const cluster = nodeProps.clusterCode;
        if (typeof cluster === 'string') {
          const { provinceCode = null, cityCode = null, districtCode = null } = nodeProps;
          if (!locations.has(cluster)) locations.set(cluster, { key: cluster, props: { provinceCode, cityCode, districtCode } });
          location = cluster;
        }
      }
      const rows = mapOf(identifiers, model.label);
      let row = rows.get(identifier.key);
      if (!row) rows.set(identifier.key, (row = { key: identifier.key, props: nodeProps, location, edges: [] }));
      else Object.assign(row, { props: nodeProps, location });
      addEdge(edgeIndex, row, seller, record.id, observedAt, identifier.kind === IdentifierKind.ADDRESS ? identifier.role : undefined);
    }
  }

  return {
    retract,
    keep: [...keep],
    platforms: [...platforms.values()],
    sellers: [...sellers.values()],
    brands: [...brands.values()],
    leads,
    leadProps,
    locations: [...locations.values()],
    identifiers: new Map([...identifiers].map(([label, rows]) => [label, [...rows.values()].map(finishIdentifier)])),
  };
}

function addEdge(
  index: Map<string, SellerEdgeRow>,
  identifier: IdentifierRow,
  seller: string,
  lead: string,
  observedAt: string,
  role: string | undefined,
): void {
  const id = `${String(identifier.props.kind)}\u001f${identifier.key}\u001f${seller}`;
  let row = index.get(id);
  if (!row) {
    row = { seller, leads: [], firstSeen: observedAt, lastSeen: observedAt };
    if (role !== undefined) row.roleClaims = [];
    index.set(id, row);
    identifier.edges.push(row);
  }
  if (!row.leads.includes(lead)) row.leads.push(lead);
  if (observedAt < row.firstSeen) row.firstSeen = observedAt;
  if (observedAt > row.lastSeen) row.lastSeen = observedAt;
  if (role) {
    const claim = `${lead}|${role}`;
    if (!row.roleClaims!.includes(claim)) row.roleClaims!.push(claim);
  }
}

function finishIdentifier(row: IdentifierRow): IdentifierRow {
  row.edges.forEach(finishEdge);
  return row;
}

function finishEdge(row: SellerEdgeRow): SellerEdgeRow {
  row.leads.sort();
  if (row.roleClaims) {
    row.roleClaims.sort();
    row.roles = [...new Set(row.roleClaims.map((claim) => claim.slice(claim.indexOf('|') + 1)))].sort();
  }
  return row;
}

function mapOf<K, V>(outer: Map<K, Map<string, V>>, key: K): Map<string, V> {
  let inner = outer.get(key);
  if (!inner) outer.set(key, (inner = new Map()));
  return inner;
}

/** One textual form for every instant, so string comparison in Cypher orders them by time. */
function isoUtc(value: string): string {
  return new Date(value).toISOString();
}

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}
