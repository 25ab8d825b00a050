import { NODE_KINDS, nodeKind } from './palette';

export interface LayoutNode {
  id: string;
  kind: string;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

export interface Point {
  x: number;
  y: number;
}

export const LAYOUT_DEFAULTS = {
  /** Force iterations for small graphs; large ones get fewer (the repulsion is O(n²)). */
  iterations: 300,
  /** Pair computations allowed in total, which bounds the time on a ring of 2,000 nodes. */
  pairBudget: 40_000_000,
  /** Pull towards the centre, so that parts without links stay near the rest. */
  gravity: 0.04,
};

/**
 * A deterministic layout for a few hundred nodes, no library needed: each kind starts on a
 * circle of its own (accounts inside, identifiers on the rings around them), then a
 * Fruchterman–Reingold force simulation pulls linked nodes together and pushes the rest apart.
 * The same input always gives the same picture, so a ring looks the same on every visit.
 */
export function forceLayout(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], options: Partial<typeof LAYOUT_DEFAULTS> = {}): Map<string, Point> {
  const settings = { ...LAYOUT_DEFAULTS, ...options };
  const n = nodes.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  circlesPerKind(nodes, xs, ys);

  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const links: [number, number][] = [];
  for (const edge of edges) {
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s !== undefined && t !== undefined && s !== t) links.push([s, t]);
  }

  const k = 1; // the ideal link length; the renderer rescales to the viewport anyway
  const iterations = n < 2 ? 0 : Math.max(20, Math.min(settings.iterations, Math.floor(settings.pairBudget / ((n * (n - 1)) / 2))));
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const startTemperature = Math.sqrt(n) * k * 0.5;

  for (let iteration = 0; iteration < iterations; iteration++) {
    dx.fill(0);
    dy.fill(0);
    // Repulsion between every pair: k² / d.
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ddx = xs[i] - xs[j];
        let ddy = ys[i] - ys[j];
        let d2 = ddx * ddx + ddy * ddy;
        if (d2 < 1e-6) {
          // Two nodes on the same spot: part them in a direction fixed by their indices.
          ddx = 1e-3 * Math.cos(i + j);
          ddy = 1e-3 * Math.sin(i + j);
          d2 = 1e-6;
        }
        const f = (k * k) / d2;
        dx[i] += ddx * f;
        dy[i] += ddy * f;
        dx[j] -= ddx * f;
        dy[j] -= ddy * f;
      }
    }
    // Attraction along links: d² / k.
    for (const [s, t] of links) {
      const ddx = xs[s] - xs[t];
      const ddy = ys[s] - ys[t];
      const d = Math.sqrt(ddx * ddx + ddy * ddy);
      const f = d / k;
      dx[s] -= ddx * f;
      dy[s] -= ddy * f;
      dx[t] += ddx * f;
      dy[t] += ddy * f;
    }
    // Gravity, then a move no longer than the temperature, which cools linearly.
    const temperature = startTemperature * (1 - iteration / iterations) + 0.01;
    for (let i = 0; i < n; i++) {
      dx[i] -= xs[i] * settings.gravity * Math.sqrt(n);
      dy[i] -= ys[i] * settings.gravity * Math.sqrt(n);
      const length = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
      if (length > 0) {
        const step = Math.min(length, temperature) / length;
        xs[i] += dx[i] * step;
        ys[i] += dy[i] * step;
      }
    }
  }
  return new Map(nodes.map((node, i) => [node.id, { x: xs[i], y: ys[i] }]));
}

/** The starting positions: one circle per kind, larger for kinds further down the legend. */
function circlesPerKind(nodes: readonly LayoutNode[], xs: Float64Array, ys: Float64Array): void {
  const byKind = new Map<number, number[]>();
  nodes.forEach((node, i) => {
    const rank = NODE_KINDS.indexOf(nodeKind(node.kind));
    const members = byKind.get(rank) ?? [];
    members.push(i);
    byKind.set(rank, members);
  });
  const ranks = [...byKind.keys()].sort((a, b) => a - b);
  const scale = Math.sqrt(nodes.length);
  ranks.forEach((rank, ring) => {
    const members = byKind.get(rank) ?? [];
    const radius = scale * (ring + 1) * 0.5;
    const offset = ring * 0.7; // so that the circles' first nodes do not line up
    members.forEach((i, position) => {
      const angle = offset + (2 * Math.PI * position) / members.length;
      xs[i] = radius * Math.cos(angle);
      ys[i] = radius * Math.sin(angle);
    });
  });
}
