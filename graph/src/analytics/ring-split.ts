import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';

export interface SplitOptions {
  maxRingSize: number;
  louvainResolution: number;
  seed: number;
  maxSplitDepth: number;
}

/** A part of a component: local member indices and the number of strong edges inside it. */
export interface ComponentPart {
  members: number[];
  strongEdges: number;
}

/**
 * Splits one component with Louvain. `edges` holds (u, v, weight) triplets over local indices
 * 0..size-1, which the caller numbers in account-key order, so the result does not depend on
 * the order of the input links. Louvain can return a community that is not connected, so each
 * community is cut into its connected parts; parts still larger than maxRingSize are split
 * again, up to maxSplitDepth. Singleton parts are returned too (the caller drops them).
 */
export function splitComponent(size: number, edges: readonly number[], options: SplitOptions): ComponentPart[] {
  const scratch: Scratch = {
    parent: new Int32Array(size),
    community: new Int32Array(size),
    partOf: new Int32Array(size),
  };
  const all = Array.from({ length: size }, (_, local) => local);
  return splitPart(all, edges, options, 0, scratch);
}

/** Per-local-node arrays, allocated once per component and reused by every recursion level. */
interface Scratch {
  parent: Int32Array;
  community: Int32Array;
  partOf: Int32Array;
}

function splitPart(
  members: readonly number[],
  edges: readonly number[],
  options: SplitOptions,
  depth: number,
  scratch: Scratch,
): ComponentPart[] {
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const local of members) graph.addNode(String(local));
  for (let e = 0; e < edges.length; e += 3) {
    graph.addUndirectedEdge(String(edges[e]), String(edges[e + 1]), { weight: edges[e + 2] });
  }
  const communities = louvain(graph, {
    getEdgeWeight: 'weight',
    resolution: options.louvainResolution,
    rng: seededRandom(options.seed),
  });
  for (const local of members) scratch.community[local] = communities[String(local)];

  const parts = connectedParts(members, edges, scratch);
  if (parts.length === 1) return parts;

  // Edges of each part that is still too large, bucketed in one pass, then split again.
  const again = parts.map((part) =>
    part.members.length > options.maxRingSize && depth + 1 < options.maxSplitDepth ? ([] as number[]) : null,
  );
  if (again.some((bucket) => bucket !== null)) {
    for (let e = 0; e < edges.length; e += 3) {
      const part = scratch.partOf[edges[e]];
      if (part === scratch.partOf[edges[e + 1]]) again[part]?.push(edges[e], edges[e + 1], edges[e + 2]);
    }
  }
  return parts.flatMap((part, k) => {
    const bucket = again[k];
    return bucket === null ? [part] : splitPart(part.members, bucket, options, depth + 1, scratch);
  });
}

/**
 * Connected parts of `members` over the edges inside one Louvain community, largest first;
 * sets scratch.partOf to each member's part.
 */
function connectedParts(members: readonly number[], edges: readonly number[], scratch: Scratch): ComponentPart[] {
  const { parent, community, partOf } = scratch;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (const local of members) parent[local] = local;
  for (let e = 0; e < edges.length; e += 3) {
    const u = edges[e];
    const v = edges[e + 1];
    if (community[u] !== community[v]) continue;
    const ru = find(u);
    const rv = find(v);
    if (ru !== rv) parent[Math.max(ru, rv)] = Math.min(ru, rv);
  }
  const byRoot = new Map<number, ComponentPart>();
  for (const local of [...members].sort((x, y) => x - y)) {
    const root = find(local);
    const part = byRoot.get(root);
    if (part === undefined) byRoot.set(root, { members: [local], strongEdges: 0 });
    else part.members.push(local);
  }
  const parts = [...byRoot.values()].sort(
    (x, y) => y.members.length - x.members.length || x.members[0] - y.members[0],
  );
  parts.forEach((part, k) => part.members.forEach((local) => (partOf[local] = k)));
  for (let e = 0; e < edges.length; e += 3) {
    const part = partOf[edges[e]];
    if (community[edges[e]] === community[edges[e + 1]]) parts[part].strongEdges++;
  }
  return parts;
}

/** mulberry32: a small seeded generator, so that Louvain's random walk is reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
