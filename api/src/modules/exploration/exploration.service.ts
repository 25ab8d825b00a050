import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphExecutor } from '@cloudsword/graph';
import type { AuditLog } from '../../audit/audit-log.js';
import { graphVisibility, type AccessService } from '../access/index.js';
import type { Viewer } from '../../auth/viewer.js';
import { GraphEntityKind, type GraphEdge, type GraphEntityView, type GraphNode, type Neighborhood } from './exploration.types.js';
import { expandFrontier, kindOfLabel, resolveEntity, showSellers, toGraphEdge } from './graph-reads.js';
import { requireIntInRange } from '../../errors/input-checks.js';

export const MAX_DEPTH = 3;
export const MAX_NEIGHBORHOOD_EDGES = 1000;
// One hub (a shared warehouse address) must not take the whole budget of a level.
const MAX_EDGES_PER_NODE = 200;

/**
 * An entity of the graph and its neighbourhood, built only from edges the viewer may see
 * (DESIGN.md invariant 6): an entity without a visible edge does not exist for the viewer.
 */
export class ExplorationService {
  constructor(
    private readonly graph: GraphExecutor,
    private readonly audit: AuditLog,
    private readonly access: AccessService,
  ) {}

  /** The entity, if visible; the read is audited. */
  async entity(em: EntityManager, viewer: Viewer, key: string, ip: string | null): Promise<GraphEntityView> {
    const audience = await this.access.audience(em, viewer);
    const visibility = graphVisibility(audience);
    const entity = await resolveEntity(this.graph, visibility, key);
    if (entity.kind === GraphEntityKind.SELLER_ACCOUNT) {
      const probe = await expandFrontier(this.graph, visibility, [{ label: entity.label, key: entity.id }], [], 20, 20);
      await showSellers(em, audience, [entity], probe.map((r) => ({ source: r.source, leadIds: r.leadIds })));
    }
    await this.audit.recordAlone(em, viewer, { action: 'READ_ENTITY', targetType: 'GraphEntity', targetId: entity.id, ip });
    return entity;
  }

  /**
   * Breadth-first, level by level, through visible edges only, up to `depth` hops and `limit`
   * edges; `truncated` says that more visible edges were left out.
   */
  async neighborhood(em: EntityManager, viewer: Viewer, entity: GraphEntityView, depth = 1, limit = 200): Promise<Neighborhood> {
    requireIntInRange('depth', depth, 1, MAX_DEPTH);
    requireIntInRange('limit', limit, 1, MAX_NEIGHBORHOOD_EDGES);
    const audience = await this.access.audience(em, viewer);
    const visibility = graphVisibility(audience);
    const nodes = new Map<string, GraphNode>([[entity.id, { id: entity.id, kind: entity.kind, display: entity.display }]]);
    const edges: GraphEdge[] = [];
    let frontier = [{ label: entity.label, key: entity.id }];
    let truncated = false;

    for (let level = 1; level <= depth && frontier.length > 0; level++) {
      const remaining = limit - edges.length;
      // Ask for one more than fits: getting it is how we know something was left out.
      const perNode = Math.min(remaining + 1, MAX_EDGES_PER_NODE);
      const rows = await expandFrontier(this.graph, visibility, frontier, [...nodes.keys()], perNode, remaining + 1);
      if (rows.length > remaining) truncated = true;
      if (perNode <= remaining && hasFullNode(rows, perNode)) truncated = true;
      const next: { label: string; key: string }[] = [];
      for (const row of rows.slice(0, remaining)) {
        edges.push(toGraphEdge(row));
        if (!nodes.has(row.key)) {
          nodes.set(row.key, { id: row.key, kind: kindOfLabel(row.label), display: row.display });
          next.push({ label: row.label, key: row.key });
        }
      }
      if (truncated) break;
      frontier = next;
    }
    const nodeList = [...nodes.values()];
    await showSellers(em, audience, nodeList, edges);
    return { nodes: nodeList, edges, truncated };
  }
}

function hasFullNode(rows: { from: string }[], perNode: number): boolean {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.from, (counts.get(row.from) ?? 0) + 1);
  return [...counts.values()].some((n) => n >= perNode);
}
