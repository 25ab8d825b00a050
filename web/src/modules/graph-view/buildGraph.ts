import Graph from 'graphology';
import { forceLayout } from './layout';
import { kindColor, nodeKind, type NodeKind } from './palette';
import type { GraphViewEdge, GraphViewNode } from './types';

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  /** What the hover label shows: the masked display value (never an identifier's key, which is unmasked). */
  label: string;
  kind: NodeKind;
}

export interface EdgeAttributes {
  size: number;
  color: string;
}

export type ViewGraph = Graph<NodeAttributes, EdgeAttributes>;

const EDGE_COLOR = '#b8c2cf';

/** The graphology graph to draw: coloured by kind, sized by degree, laid out. */
export function buildGraph(nodes: readonly GraphViewNode[], edges: readonly GraphViewEdge[]): ViewGraph {
  const graph: ViewGraph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of nodes) {
    if (graph.hasNode(node.id)) continue;
    const kind = nodeKind(node.kind);
    graph.addNode(node.id, { x: 0, y: 0, size: 1, color: kindColor(kind), label: node.display ?? (kind === 'SELLER_ACCOUNT' ? node.id : ''), kind });
  }
  for (const edge of edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    // Thicker for links that more leads assert.
    graph.mergeEdge(edge.source, edge.target, { size: 1 + Math.min(3, Math.log2(Math.max(1, edge.leadCount))), color: EDGE_COLOR });
  }
  const positions = forceLayout(
    graph.mapNodes((id, attributes) => ({ id, kind: attributes.kind })),
    graph.mapEdges((_edge, _attributes, source, target) => ({ source, target })),
  );
  graph.forEachNode((id, attributes) => {
    const position = positions.get(id) ?? { x: 0, y: 0 };
    const degree = graph.degree(id);
    const base = attributes.kind === 'SELLER_ACCOUNT' ? 5 : 3;
    graph.mergeNodeAttributes(id, { ...position, size: Math.min(18, base + 2 * Math.sqrt(degree)) });
  });
  return graph;
}
