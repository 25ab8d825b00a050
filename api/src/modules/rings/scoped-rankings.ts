import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphExecutor, GraphVisibility, RingOptions } from '@cloudsword/graph';
import { leadScopeSql, type Audience } from '../access/index.js';
import { loadRingViews } from './ring-views.js';
import type { RingView } from './ring.types.js';

/** Rings re-described per Neo4j read; a page of rings is far smaller. */
const DESCRIBE_BATCH = 200;
/** Audiences whose rankings are kept; a provincial bureau's officers share one. */
const MAX_AUDIENCES = 64;

/**
 * Every active ring a restricted audience may see something of, each re-described from what
 * it may see (members, score, counts: DESIGN.md invariant 6) and ranked by that scoped score,
 * so a list is ordered by the score it shows and its cursors hold only scoped figures.
 *
 * Re-describing needs the rings' visible edges from Neo4j, too dear for every page; the ranking
 * is computed once per audience and generation and shared by the audience's requests. The
 * audience key is its principals (organisations and content-reaching cases), so a revoked or
 * expired share is a different key at once; the generation moves whenever rings are re-analysed
 * or the projection applies anything (new leads, re-routed leads, case links), so nothing
 * newly hidden survives the next projection batch.
 */
export class ScopedRingRankings {
  private readonly cache = new Map<string, { generation: string; views: Promise<RingView[]> }>();

  constructor(
    private readonly graph: GraphExecutor,
    private readonly settings: RingOptions,
  ) {}

  async views(em: EntityManager, audience: Audience, visibility: GraphVisibility): Promise<RingView[]> {
    const key = audienceKey(visibility);
    const generation = await currentGeneration(em);
    const hit = this.cache.get(key);
    if (hit && hit.generation === generation) return hit.views;
    const views = this.rank(em, audience, visibility);
    this.cache.delete(key);
    this.cache.set(key, { generation, views });
    views.catch(() => this.cache.get(key)?.views === views && this.cache.delete(key));
    while (this.cache.size > MAX_AUDIENCES) this.cache.delete(this.cache.keys().next().value!);
    return views;
  }

  private async rank(em: EntityManager, audience: Audience, visibility: GraphVisibility): Promise<RingView[]> {
    const scope = leadScopeSql(audience, 'l');
    const candidates = await em.execute<{ id: string }[]>(
      `select distinct rm.ring_id as id from ring_member rm
         join ring rg on rg.id = rm.ring_id and rg.status = 'ACTIVE'
         join organisation po on po.code = rm.platform_code
         join lead l on l.platform_org_id = po.id and l.seller_account_id = rm.account_id
       where ${scope.sql}`,
      scope.params,
    );
    const views: RingView[] = [];
    for (let start = 0; start < candidates.length; start += DESCRIBE_BATCH) {
      const ids = candidates.slice(start, start + DESCRIBE_BATCH).map((c) => c.id);
      views.push(...(await loadRingViews(em, this.graph, ids, visibility, this.settings)));
    }
    return views.sort((a, b) => b.score - a.score || (a.id < b.id ? 1 : -1));
  }
}

function audienceKey(visibility: GraphVisibility): string {
  return createHash('sha256').update([...visibility.orgIds].sort().join(',')).digest('base64url');
}

/**
 * What the scoped rings depend on: the rings as analysed, and the leads as projected (the
 * newest outbox row and the oldest pending one, both read off indexes).
 */
async function currentGeneration(em: EntityManager): Promise<string> {
  const [row] = await em.execute<{ g: string }[]>(
    `select concat_ws('/', (select max(updated_at)::text from ring), (select max(id)::text from outbox),
                      (select min(id)::text from outbox where processed_at is null)) as g`,
  );
  return row.g;
}
