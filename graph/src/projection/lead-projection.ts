/**
 * Leads → Neo4j, as pure Cypher builders (no I/O; values only ever travel as `$rows`).
 *
 * Model:
 *   (:Lead {key: leadId, platform, platformOrgId, externalId, status, infringementType,
 *           observedAt, estimatedValueYuan, riskScore, visibleTo, projectionHash})
 *   (:Lead)-[:REFERS]->(:SellerAccount {key: "<platform>:<accountId>", platform, accountId,
 *           shopName, registrationName, propsObservedAt})-[:ON]->(:Platform {key})
 *   (:Lead)-[:ALLEGES]->(:Brand {key: brandKey(name), name})
 *   (:SellerAccount)-[:HAS_PHONE|HAS_EMAIL|HAS_ADDRESS|PAYS_WITH|USES_DEVICE|USES_IP|SHIPS_WITH|OWNED_BY
 *           {leads, firstSeen, lastSeen}]->(:Phone|Email|Address|… {key, kind, display})
 *   HAS_ADDRESS also carries `roles` and `roleClaims` (`<leadId>|<role>`);
 *   (:Address {…, clusterCode, provinceCode, cityCode, districtCode, townshipCode})-[:IN]->(:Location {key: clusterCode})
 *
 * Visibility (DESIGN.md, access control invariant 6) — the contract for the read side:
 *   - a Lead is visible to the organisations in its `visibleTo`;
 *   - a seller→identifier edge is visible when any lead in its `leads` is visible; REFERS and
 *     ALLEGES are visible with their Lead;
 *   - a SellerAccount is visible when a visible Lead REFERS to it (ON follows it); an identifier
 *     node when a visible edge reaches it (IN and its Location follow the Address); a Brand when
 *     a visible Lead ALLEGES it. Nothing else grants visibility; `firstSeen`, `lastSeen`,
 *     `roles` and the lead count of an edge describe every lead on it, so a reader who sees
 *     only some of them must recompute those from the visible leads.
 *
 * Updates: a lead whose assertions changed (seller, identifiers, roles, brands, observedAt:
 * see `projectionHash`) is first retracted — its id removed from the edges of the seller it
 * REFERS to, edges left with no lead deleted, nodes left with no incoming relationship deleted
 * unless the batch asserts them again — then applied again. Applying the same records twice
 * changes nothing.
 */
import type { CypherStatement } from '../neo4j/executor.js';
import { assertSafeName, IDENTIFIER_LABELS, SELLER_EDGE_TYPES, type IdentifierLabel, type SellerEdgeType } from './identifier-model.js';
import type { LeadGraphRecord } from './lead-record.js';
import { buildLeadRows, type LeadProjectionRows } from './lead-rows.js';

const CHANGED_LEAD = `UNWIND $rows AS row
MATCH (l:Lead {key: row.key})
WHERE coalesce(l.projectionHash, '') <> row.hash`;

const SELLER_EDGE_PATTERN = SELLER_EDGE_TYPES.map(assertSafeName).join('|');

/** Removes changed leads from their old seller's edges; drops emptied edges and orphaned nodes. */
const RETRACT_SELLER_EDGES = `${CHANGED_LEAD}
MATCH (l)-[:REFERS]->(s:SellerAccount)-[e:${SELLER_EDGE_PATTERN}]->(t)
WHERE l.key IN e.leads
WITH e, t, collect(l.key) AS gone
WITH e, t, gone, [k IN e.leads WHERE NOT k IN gone] AS rest
CALL (rest) {
  UNWIND rest AS k
  MATCH (o:Lead {key: k})
  RETURN min(o.observedAt) AS firstSeen, max(o.observedAt) AS lastSeen
}
SET e.leads = rest, e.firstSeen = firstSeen, e.lastSeen = lastSeen,
    e.roleClaims = [c IN e.roleClaims WHERE NOT split(c, '|')[0] IN gone]
SET e.roles = CASE WHEN e.roleClaims IS NULL THEN null
    ELSE reduce(acc = [], c IN e.roleClaims | CASE WHEN split(c, '|')[1] IN acc THEN acc ELSE acc + split(c, '|')[1] END) END
WITH e, t, rest WHERE size(rest) = 0
DELETE e
WITH DISTINCT t WHERE NOT EXISTS { ()-->(t) } AND $keep[t.key] IS NULL
OPTIONAL MATCH (t)-[:IN]->(location:Location)
DETACH DELETE t
WITH DISTINCT location WHERE location IS NOT NULL AND NOT EXISTS { ()-->(location) }
DELETE location`;

/** Removes changed leads' REFERS and ALLEGES; drops sellers and brands nothing points to any more. */
const RETRACT_LEAD_LINKS = `${CHANGED_LEAD}
MATCH (l)-[r:REFERS|ALLEGES]->(x)
DELETE r
WITH DISTINCT x WHERE NOT EXISTS { ()-->(x) } AND $keep[x.key] IS NULL
DETACH DELETE x`;

const UPSERT_PLATFORMS = `UNWIND $rows AS row
MERGE (p:Platform {key: row.key})
SET p += row.props`;

// The newest lead's view of a seller wins, whatever order leads are projected in.
const UPSERT_SELLERS = `UNWIND $rows AS row
MERGE (s:SellerAccount {key: row.key})
WITH s, row, coalesce(s.propsObservedAt <= row.observedAt, true) AS newer
SET s += CASE WHEN newer THEN row.props ELSE {} END,
    s.propsObservedAt = CASE WHEN newer THEN row.observedAt ELSE s.propsObservedAt END
WITH s, row
MATCH (p:Platform {key: row.platform})
MERGE (s)-[:ON]->(p)`;

const UPSERT_BRANDS = `UNWIND $rows AS row
MERGE (b:Brand {key: row.key})
SET b.name = CASE WHEN b.name IS NULL OR row.name < b.name THEN row.name ELSE b.name END`;

const UPSERT_LEADS = `UNWIND $rows AS row
MERGE (l:Lead {key: row.key})
SET l += row.props
WITH l, row
MATCH (s:SellerAccount {key: row.seller})
MERGE (l)-[:REFERS]->(s)
WITH l, row
UNWIND row.brands AS brand
MATCH (b:Brand {key: brand})
MERGE (l)-[:ALLEGES]->(b)`;

const UPDATE_LEAD_PROPS = `UNWIND $rows AS row
MATCH (l:Lead {key: row.key})
SET l += row.props`;

const UPSERT_LOCATIONS = `UNWIND $rows AS row
MERGE (n:Location {key: row.key})
SET n += row.props`;

// One statement per identifier label: the nodes, an address's IN (an address whose cluster
// changed, after a better normaliser, moves rather than gaining a second IN), then the seller
// edges reaching each node, with provenance merged into what is already there.
function upsertIdentifiers(label: IdentifierLabel, type: SellerEdgeType): string {
  const roles = type === 'HAS_ADDRESS';
  return `UNWIND $rows AS row
MERGE (t:${assertSafeName(label)} {key: row.key})
SET t += row.props
WITH t, row${label === 'Address' ? `
CALL (t, row) {
  MATCH (location:Location {key: row.location})
  MERGE (t)-[:IN]->(location)
  WITH t, location
  MATCH (t)-[stale:IN]->(other:Location) WHERE other <> location
  DELETE stale
}
WITH t, row` : ''}
UNWIND row.edges AS edge
MATCH (s:SellerAccount {key: edge.seller})
MERGE (s)-[e:${assertSafeName(type)}]->(t)
ON CREATE SET e.leads = edge.leads, e.firstSeen = edge.firstSeen, e.lastSeen = edge.lastSeen${roles ? ', e.roleClaims = edge.roleClaims, e.roles = edge.roles' : ''}
ON MATCH SET e.leads = e.leads + [k IN edge.leads WHERE NOT k IN e.leads],
  e.firstSeen = CASE WHEN edge.firstSeen < e.firstSeen THEN edge.firstSeen ELSE e.firstSeen END,
  e.lastSeen = CASE WHEN edge.lastSeen > e.lastSeen THEN edge.lastSeen ELSE e.lastSeen END${
    roles
      ? `,
  e.roleClaims = coalesce(e.roleClaims, []) + [c IN edge.roleClaims WHERE NOT c IN coalesce(e.roleClaims, [])],
  e.roles = coalesce(e.roles, []) + [r IN edge.roles WHERE NOT r IN coalesce(e.roles, [])]`
      : ''
  }`;
}

/**
 * The statements that project a batch of lead records, to run in order in one transaction.
 * Records must pass {@link leadRecordProblem}; a lead present twice counts as its last record.
 * `previous`: the stored hashes of the batch's leads ({@link buildLeadRows}), read just before.
 */
export function buildLeadProjection(records: readonly LeadGraphRecord[], previous?: ReadonlyMap<string, string | null>): CypherStatement[] {
  return leadProjectionStatements(buildLeadRows(records, previous));
}

/** The statements for already built rows; statements with no rows are left out. */
export function leadProjectionStatements(rows: LeadProjectionRows): CypherStatement[] {
  const statements: CypherStatement[] = [];
  const add = (text: string, list: readonly unknown[]): void => {
    if (list.length > 0) statements.push({ text, params: { rows: list } });
  };
  if (rows.retract.length > 0) {
    // A map, so that each orphan check is one lookup.
    const keep = Object.fromEntries(rows.keep.map((key) => [key, true]));
    statements.push({ text: RETRACT_SELLER_EDGES, params: { rows: rows.retract, keep } });
    statements.push({ text: RETRACT_LEAD_LINKS, params: { rows: rows.retract, keep } });
  }
  add(UPSERT_PLATFORMS, rows.platforms);
  add(UPSERT_SELLERS, rows.sellers);
  add(UPSERT_BRANDS, rows.brands);
  add(UPSERT_LEADS, rows.leads);
  add(UPDATE_LEAD_PROPS, rows.leadProps);
  add(UPSERT_LOCATIONS, rows.locations);
  IDENTIFIER_LABELS.forEach((label, i) => add(upsertIdentifiers(label, SELLER_EDGE_TYPES[i]), rows.identifiers.get(label) ?? []));
  return statements;
}
