import type { EntityManager } from '@mikro-orm/postgresql';
import {
  describeVisibleRing,
  platformOf,
  readRingMemberEdges,
  readRingStats,
  type GraphExecutor,
  type GraphVisibility,
  type RingOptions,
  type RingScoreBreakdown,
  type StoredLinkingIdentifier,
} from '@cloudsword/graph';
import { groupBy, parseSellerKey, type IdentifierKind } from '@cloudsword/shared';
import { uuidArray } from '../../database/sql-params.js';
import { regionName } from '../organisations/region-name.js';
import type { RingHistoryEvent, RingStatus, RingView } from './ring.types.js';
import { RingEventType } from './ring.types.js';

// Ring views for one viewer. Whoever may see the whole graph gets the rings as stored; anyone
// else gets each ring re-described from the edges it may see (DESIGN.md invariant 6): members,
// linking identifiers, score, counts, brands, provinces and history come from those edges and
// the visible leads alone, and a ring with no visible edge is not shown at all.

interface RingRow {
  id: string;
  status: RingStatus;
  score: number;
  score_breakdown: RingScoreBreakdown;
  size: number;
  lead_count: number;
  brands: string[];
  provinces: string[];
  estimated_value_yuan: string;
  first_activity: string | Date | null;
  last_activity: string | Date | null;
  updated_at: string | Date;
}

interface IdentifierRow {
  ring_id: string;
  identifier_key: string;
  kind: string;
  link_kind: string;
  display: string | null;
  weight: number;
  member_count: number;
}

interface HistoryRow {
  ring_id: string;
  event: RingEventType;
  members: string[];
  related_ring_ids: string[];
  occurred_at: string | Date;
}

/** Views of these rings for a viewer, in the order of `ids`; rings it may not see are left out. */
export async function loadRingViews(
  em: EntityManager,
  graph: GraphExecutor,
  ids: readonly string[],
  visibility: GraphVisibility,
  settings: RingOptions,
): Promise<RingView[]> {
  if (ids.length === 0) return [];
  const array = uuidArray(ids);
  const rings = await em.execute<RingRow[]>(
    `select id, status, score, score_breakdown, size, lead_count, brands, provinces, estimated_value_yuan,
            first_activity, last_activity, updated_at
     from ring where id = any(?::uuid[])`,
    [array],
  );
  const identifiers = groupBy(
    await em.execute<IdentifierRow[]>(
      `select ring_id, identifier_key, kind, link_kind, display, weight, member_count
       from ring_identifier where ring_id = any(?::uuid[]) order by ring_id, position`,
      [array],
    ),
    (r) => r.ring_id,
  );
  const history = groupBy(
    await em.execute<HistoryRow[]>(
      `select ring_id, event, members, related_ring_ids, occurred_at from ring_history where ring_id = any(?::uuid[]) order by ring_id, id`,
      [array],
    ),
    (r) => r.ring_id,
  );
  const byId = new Map(rings.map((r) => [r.id, r]));
  const ordered = ids.map((id) => byId.get(id)).filter((r): r is RingRow => r !== undefined);
  const linkingOf = (id: string): StoredLinkingIdentifier[] =>
    (identifiers.get(id) ?? []).map((i) => ({
      identifier: i.identifier_key,
      kind: i.kind,
      linkKind: i.link_kind,
      weight: i.weight,
      memberCount: i.member_count,
      display: i.display,
    }));

  if (visibility.all) {
    const members = groupBy(
      await em.execute<{ ring_id: string; account_key: string }[]>(
        `select ring_id, account_key from ring_member where ring_id = any(?::uuid[]) order by ring_id, account_key`,
        [array],
      ),
      (r) => r.ring_id,
    );
    return ordered.map((row) => {
      const linking = linkingOf(row.id);
      return toView(row, visibility, {
        members: (members.get(row.id) ?? []).map((m) => m.account_key),
        linking,
        score: row.score,
        breakdown: row.score_breakdown,
        leadCount: row.lead_count,
        brands: row.brands,
        provinces: row.provinces,
        estimatedValueYuan: Number(row.estimated_value_yuan),
        firstActivity: toDate(row.first_activity),
        lastActivity: toDate(row.last_activity),
        history: (history.get(row.id) ?? []).map((h) => toEvent(h, h.members, h.related_ring_ids)),
      });
    });
  }

  // Only active rings have members, hence visible edges.
  const edges = await readRingMemberEdges(graph, ordered.map((r) => r.id), visibility);
  const visible = new Map(ordered.map((row) => [row.id, describeVisibleRing(edges.get(row.id) ?? [], linkingOf(row.id), settings)]));
  const shown = ordered.filter((row) => visible.get(row.id)!.members.length > 0);
  const stats = await readRingStats(
    graph,
    shown.map((row) => ({ key: row.id, members: visible.get(row.id)!.members })),
    visibility,
  );
  return shown.map((row) => {
    const v = visible.get(row.id)!;
    const s = stats.get(row.id);
    const seen = new Set(v.members);
    const view = toView(row, visibility, {
      members: v.members,
      linking: v.linkingIdentifiers,
      score: v.score,
      breakdown: v.breakdown,
      leadCount: s?.leadCount ?? 0,
      brands: s?.brands ?? [],
      provinces: s?.provinces ?? [],
      estimatedValueYuan: s?.estimatedValueYuan ?? 0,
      firstActivity: s?.firstActivity ? new Date(s.firstActivity) : null,
      lastActivity: s?.lastActivity ? new Date(s.lastActivity) : null,
      history: restrictHistory(history.get(row.id) ?? [], seen),
    });
    view.memberEdges = edges.get(row.id);
    return view;
  });
}

interface ViewContent {
  members: string[];
  linking: StoredLinkingIdentifier[];
  score: number;
  breakdown: RingScoreBreakdown;
  leadCount: number;
  brands: string[];
  provinces: string[];
  estimatedValueYuan: number;
  firstActivity: Date | null;
  lastActivity: Date | null;
  history: RingHistoryEvent[];
}

function toView(row: RingRow, visibility: GraphVisibility, c: ViewContent): RingView {
  return {
    id: row.id,
    status: row.status,
    score: c.score,
    scoreBreakdown: c.breakdown,
    size: c.members.length,
    members: c.members.map((key) => ({ id: key, platform: platformOf(key), accountId: parseSellerKey(key)?.accountId ?? key })),
    linkingIdentifiers: c.linking.map((i) => ({
      id: i.identifier,
      kind: i.kind as IdentifierKind,
      display: i.display,
      weight: i.weight,
      memberCount: i.memberCount,
    })),
    leadCount: c.leadCount,
    brands: c.brands,
    provinces: c.provinces.map((code) => ({ code, name: regionName(code, null) })),
    estimatedValueYuan: c.estimatedValueYuan,
    firstActivity: c.firstActivity,
    lastActivity: c.lastActivity,
    history: c.history,
    updatedAt: toDate(row.updated_at)!,
    visibility,
    linkingKeys: new Set(c.linking.map((i) => i.identifier)),
    // What the viewer is shown is what it is sorted by (a restricted view's own figures).
    sort: { score: c.score, size: c.members.length, lastActivity: c.lastActivity },
  };
}

function toEvent(row: HistoryRow, members: string[], related: string[]): RingHistoryEvent {
  return { type: row.event, at: toDate(row.occurred_at)!, members, relatedRingIds: related };
}

/** Raw queries return timestamps as text. */
export function toDate(value: string | Date | null): Date | null {
  return value === null ? null : new Date(value);
}

/**
 * History as a restricted viewer may see it: accounts it cannot see as members are left out,
 * and so are other rings' ids; an event left with nothing to show is dropped, except the
 * ring's creation.
 */
function restrictHistory(rows: readonly HistoryRow[], visibleMembers: ReadonlySet<string>): RingHistoryEvent[] {
  return rows.flatMap((row) => {
    const members = row.members.filter((m) => visibleMembers.has(m));
    if (members.length === 0 && row.event !== RingEventType.CREATED) return [];
    return [toEvent(row, members, [])];
  });
}
