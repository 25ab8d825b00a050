import type { EntityManager } from '@mikro-orm/postgresql';
import { OrgKind, parseSellerKey } from '@cloudsword/shared';
import type { RingEvent } from '@cloudsword/graph';
import { jsonRows, uuidArray } from '../../database/sql-params.js';
import { LEAD_SELLER_KEY_SQL } from '../../database/seller-key-sql.js';

// The rings in PostgreSQL (the system of record for analysis results): what the analysis reads
// back before matching, and how it writes a new state. Bulk reads and writes only: rows travel as
// one JSON document, never one statement per ring.

/** Rows per insert statement. */
const WRITE_CHUNK = 10_000;

/** A stored active ring, as matching needs it. */
export interface StoredRing {
  id: string;
  members: string[];
  membersHash: string;
  evidenceHash: string;
}

/** A PostgreSQL array literal of text values (null → NULL), every element quoted and escaped. */
export function textArray(values: readonly (string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${v.replace(/["\\]/g, '\\$&')}"`)).join(',')}}`;
}

/** Text values as a JSON array parameter (any characters, no quoting rules to get wrong). */
function jsonTexts(values: readonly string[]): string {
  return JSON.stringify(values);
}

/** The platform org codes whose sellers the analysis covers: every platform of this deployment. */
export async function loadScopePlatforms(em: EntityManager): Promise<string[]> {
  const rows = await em.execute<{ code: string }[]>(`select code from organisation where kind = ? order by code`, [OrgKind.PLATFORM]);
  return rows.map((r) => r.code);
}

export async function loadBlocklist(em: EntityManager): Promise<string[]> {
  const rows = await em.execute<{ identifier_key: string }[]>(`select identifier_key from ring_blocklist order by identifier_key`);
  return rows.map((r) => r.identifier_key);
}

type RingRefRow = { id: string; members: string[]; members_hash: string; evidence_hash: string };

function toStoredRing(row: RingRefRow): StoredRing {
  return { id: row.id, members: row.members ?? [], membersHash: row.members_hash, evidenceHash: row.evidence_hash };
}

/** Every active ring, oldest first (matching prefers the older id). */
export async function loadActiveRings(em: EntityManager): Promise<StoredRing[]> {
  const rows = await em.execute<RingRefRow[]>(
    `select r.id, r.members_hash, r.evidence_hash,
            (select array_agg(m.account_key order by m.account_key) from ring_member m where m.ring_id = r.id) as members
     from ring r where r.status = 'ACTIVE' order by r.created_at, r.id`,
  );
  return rows.map(toStoredRing);
}

/** These active rings, oldest first. */
export async function loadRings(em: EntityManager, ids: readonly string[]): Promise<StoredRing[]> {
  if (ids.length === 0) return [];
  const rows = await em.execute<RingRefRow[]>(
    `select r.id, r.members_hash, r.evidence_hash,
            (select array_agg(m.account_key order by m.account_key) from ring_member m where m.ring_id = r.id) as members
     from ring r where r.id = any(?::uuid[]) and r.status = 'ACTIVE' order by r.created_at, r.id`,
    [uuidArray(ids)],
  );
  return rows.map(toStoredRing);
}

/** The active ring of each of these accounts that is in one. */
export async function loadRingOfAccounts(em: EntityManager, accounts: readonly string[]): Promise<Map<string, string>> {
  const ringOf = new Map<string, string>();
  for (let start = 0; start < accounts.length; start += WRITE_CHUNK) {
    const rows = await em.execute<{ account_key: string; ring_id: string }[]>(
      `select account_key, ring_id from ring_member where account_key in (select jsonb_array_elements_text(?::jsonb))`,
      [jsonTexts(accounts.slice(start, start + WRITE_CHUNK))],
    );
    for (const row of rows) ringOf.set(row.account_key, row.ring_id);
  }
  return ringOf;
}

/** Sellers (`<platform code>:<account id>`) of these leads that were sent more than once. */
export async function loadResentSellers(em: EntityManager, leadIds: readonly string[]): Promise<string[]> {
  if (leadIds.length === 0) return [];
  const rows = await em.execute<{ seller: string }[]>(
    `select distinct ${LEAD_SELLER_KEY_SQL} as seller
     from lead l join organisation o on o.id = l.platform_org_id where l.id = any(?::uuid[]) and l.version > 1`,
    [uuidArray(leadIds)],
  );
  return rows.map((r) => r.seller);
}

/** Members of these active rings. */
export async function loadRingMembers(em: EntityManager, ids: readonly string[]): Promise<{ id: string; members: string[] }[]> {
  if (ids.length === 0) return [];
  return em.execute<{ id: string; members: string[] }[]>(
    `select r.id, coalesce((select array_agg(m.account_key order by m.account_key) from ring_member m where m.ring_id = r.id), '{}') as members
     from ring r where r.id = any(?::uuid[]) and r.status = 'ACTIVE'`,
    [uuidArray(ids)],
  );
}

/** Lead figures of one ring. */
export interface RingStatsRow {
  id: string;
  leadCount: number;
  brands: string[];
  brandKeys: string[];
  provinces: string[];
  estimatedValueYuan: number;
  firstActivity: string | null;
  lastActivity: string | null;
}

/** Updates the lead figures of rings whose members and evidence did not change. */
export async function updateRingStats(em: EntityManager, rows: readonly RingStatsRow[]): Promise<void> {
  if (rows.length === 0) return;
  await em.execute(
    `update ring set lead_count = x.lead_count, brands = x.brands, brand_keys = x.brand_keys, provinces = x.provinces,
       estimated_value_yuan = x.estimated_value_yuan, first_activity = x.first_activity, last_activity = x.last_activity, updated_at = now()
     from jsonb_to_recordset(?::jsonb) as x(id uuid, lead_count int, brands text[], brand_keys text[], provinces text[],
       estimated_value_yuan numeric, first_activity timestamptz, last_activity timestamptz)
     where ring.id = x.id`,
    [
      jsonRows(
        rows.map((r) => ({
          id: r.id,
          lead_count: r.leadCount,
          brands: r.brands,
          brand_keys: r.brandKeys,
          provinces: r.provinces,
          estimated_value_yuan: r.estimatedValueYuan,
          first_activity: r.firstActivity,
          last_activity: r.lastActivity,
        })),
      ),
    ],
  );
}

/** What the analysis decides about a ring: score, size, members (hashes tell a change). */
export interface RingShape {
  id: string;
  score: number;
  breakdown: object;
  size: number;
  componentSize: number;
  platforms: string[];
  membersHash: string;
  evidenceHash: string;
  members: readonly string[];
}

export interface RingIdentifierRow {
  identifierKey: string;
  kind: string;
  linkKind: string;
  display: string | null;
  weight: number;
  memberCount: number;
}

export type RetiredRing = { id: string; status: 'MERGED' | 'SPLIT' | 'DISSOLVED' };

/**
 * Step 1 of writing a new state, in the caller's transaction: rings that end get their status
 * and lose their members and identifiers; changed rings are upserted (score, size, hashes) and
 * lose their old members (resp. identifiers); then the new members are inserted. Members leave
 * their old rings first: an account is in one ring at most.
 */
export async function replaceRings(
  em: EntityManager,
  jobId: string | null,
  retired: readonly RetiredRing[],
  rings: readonly RingShape[],
  memberRingIds: ReadonlySet<string>,
  identifierRingIds: ReadonlySet<string>,
): Promise<void> {
  const retiredIds = retired.map((r) => r.id);
  await deleteByRing(em, 'ring_member', [...retiredIds, ...memberRingIds]);
  await deleteByRing(em, 'ring_identifier', [...retiredIds, ...identifierRingIds]);
  for (const status of ['MERGED', 'SPLIT', 'DISSOLVED'] as const) {
    const ids = retired.filter((r) => r.status === status).map((r) => r.id);
    if (ids.length > 0) await em.execute(`update ring set status = ?, updated_at = now() where id = any(?::uuid[])`, [status, uuidArray(ids)]);
  }
  for (let start = 0; start < rings.length; start += WRITE_CHUNK / 5) {
    await upsertRings(em, rings.slice(start, start + WRITE_CHUNK / 5), jobId);
  }
  const members = rings
    .filter((r) => memberRingIds.has(r.id))
    .flatMap((r) => r.members.map((account) => ({ ringId: r.id, account, ...splitAccountKey(account) })));
  // Parallel arrays through unnest: several times faster to parse than the same rows as JSON.
  for (let start = 0; start < members.length; start += WRITE_CHUNK) {
    const chunk = members.slice(start, start + WRITE_CHUNK);
    await em.execute(
      `insert into ring_member (ring_id, account_key, platform_code, account_id)
       select * from unnest(?::uuid[], ?::text[], ?::text[], ?::text[])`,
      [
        textArray(chunk.map((m) => m.ringId)),
        textArray(chunk.map((m) => m.account)),
        textArray(chunk.map((m) => m.platform_code)),
        textArray(chunk.map((m) => m.account_id)),
      ],
    );
  }
}

/** Step 2: the lead figures of the changed rings, their linking identifiers, and the history. */
export async function writeRingEvidence(
  em: EntityManager,
  jobId: string | null,
  figures: readonly RingStatsRow[],
  identifiers: readonly { ringId: string; identifiers: readonly RingIdentifierRow[] }[],
  events: readonly RingEvent[],
): Promise<void> {
  await updateRingStats(em, figures);
  const rows = identifiers.flatMap((r) => r.identifiers.map((identifier, position) => ({ ringId: r.ringId, position, ...identifier })));
  for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
    const chunk = rows.slice(start, start + WRITE_CHUNK);
    await em.execute(
      `insert into ring_identifier (ring_id, identifier_key, kind, link_kind, display, weight, member_count, position)
       select * from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::real[], ?::int[], ?::int[])`,
      [
        textArray(chunk.map((i) => i.ringId)),
        textArray(chunk.map((i) => i.identifierKey)),
        textArray(chunk.map((i) => i.kind)),
        textArray(chunk.map((i) => i.linkKind)),
        textArray(chunk.map((i) => i.display)),
        `{${chunk.map((i) => i.weight).join(',')}}`,
        `{${chunk.map((i) => i.memberCount).join(',')}}`,
        `{${chunk.map((i) => i.position).join(',')}}`,
      ],
    );
  }
  await insertHistory(em, jobId, events);
}

async function deleteByRing(em: EntityManager, table: 'ring_member' | 'ring_identifier', ids: readonly string[]): Promise<void> {
  for (let start = 0; start < ids.length; start += WRITE_CHUNK) {
    await em.execute(`delete from ${table} where ring_id = any(?::uuid[])`, [uuidArray(ids.slice(start, start + WRITE_CHUNK))]);
  }
}

/** Score, size and hashes; a new ring's lead figures start empty (writeRingEvidence sets them). */
async function upsertRings(em: EntityManager, rings: readonly RingShape[], jobId: string | null): Promise<void> {
  if (rings.length === 0) return;
  const rows = rings.map((r) => ({
    id: r.id,
    score: r.score,
    score_breakdown: r.breakdown,
    size: r.size,
    component_size: r.componentSize,
    platforms: r.platforms,
    members_hash: r.membersHash,
    evidence_hash: r.evidenceHash,
  }));
  await em.execute(
    `insert into ring (id, status, score, score_breakdown, size, component_size, platforms, members_hash, evidence_hash, analysis_job_id)
     select x.id, 'ACTIVE', x.score, x.score_breakdown, x.size, x.component_size, x.platforms, x.members_hash, x.evidence_hash, ?::uuid
     from jsonb_to_recordset(?::jsonb) as x(id uuid, score real, score_breakdown jsonb, size int, component_size int,
       platforms text[], members_hash text, evidence_hash text)
     on conflict (id) do update set status = 'ACTIVE', score = excluded.score, score_breakdown = excluded.score_breakdown,
       size = excluded.size, component_size = excluded.component_size, platforms = excluded.platforms,
       members_hash = excluded.members_hash, evidence_hash = excluded.evidence_hash,
       analysis_job_id = excluded.analysis_job_id, updated_at = now()`,
    [jobId, jsonRows(rows)],
  );
}

async function insertHistory(em: EntityManager, jobId: string | null, events: readonly RingEvent[]): Promise<void> {
  const rows = events.flatMap((event) => {
    const row = (ringId: string, members: string[], related: string[]) => ({ ring_id: ringId, event: event.type, members, related_ring_ids: related });
    switch (event.type) {
      case 'CREATED':
      case 'DISSOLVED':
        return [row(event.ringId, event.members, [])];
      case 'GREW':
        return [row(event.ringId, event.added, [])];
      case 'SHRANK':
        return [row(event.ringId, event.removed, [])];
      case 'SPLIT':
        return [row(event.ringId, [], event.intoIds)];
      case 'MERGED':
        // On the surviving ring (which rings it absorbed) and on each absorbed one (where it went).
        return [row(event.ringId, [], event.mergedIds), ...event.mergedIds.map((id) => row(id, [], [event.ringId]))];
    }
  });
  for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
    await em.execute(
      `insert into ring_history (ring_id, analysis_job_id, event, members, related_ring_ids)
       select x.ring_id, ?::uuid, x.event, x.members, x.related_ring_ids
       from rows from (jsonb_to_recordset(?::jsonb) as (ring_id uuid, event text, members text[], related_ring_ids uuid[]))
         with ordinality as x(ring_id, event, members, related_ring_ids, n)
       order by x.n`,
      [jobId, jsonRows(rows.slice(start, start + WRITE_CHUNK))],
    );
  }
}

/** `<platform code>:<account id>` → its parts. */
export function splitAccountKey(key: string): { platform_code: string; account_id: string } {
  const parts = parseSellerKey(key);
  return { platform_code: parts?.platformCode ?? '', account_id: parts?.accountId ?? key };
}
