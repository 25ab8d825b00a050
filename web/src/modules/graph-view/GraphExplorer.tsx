import { lazy, Suspense, useMemo, useState } from 'react';
import { useI18n } from '../../i18n';
import { GraphErrorBoundary } from './GraphErrorBoundary';
import { GraphLegend } from './GraphLegend';
import { NodePanel } from './NodePanel';
import type { GraphViewEdge, GraphViewNode } from './types';
import './graph-view.css';

// sigma and graphology are loaded with the first graph, not with the app.
const GraphCanvas = lazy(() => import('./GraphCanvas').then((module) => ({ default: module.GraphCanvas })));

interface Props {
  nodes: readonly GraphViewNode[];
  edges: readonly GraphViewEdge[];
  /** More nodes exist than were drawn. */
  truncated: boolean;
  /** The most nodes asked for, to say so when the graph was cut. */
  limit: number;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}

/** A graph to explore: counts, legend, the drawing, and the selected node's details beside it. */
export function GraphExplorer({ nodes, edges, truncated, limit, selectedId, onSelect }: Props) {
  const { t } = useI18n();
  const byId = useMemo(() => new Map(nodes.map((node) => [node.id, node])), [nodes]);
  const drawn = useMemo(() => new Set(byId.keys()), [byId]);
  const [pathStartId, setPathStart] = useState<string | null>(null);
  const selected = selectedId ? byId.get(selectedId) : undefined;
  const pathStart = (pathStartId && byId.get(pathStartId)) || null;
  const degree = selected ? edges.filter((e) => e.source === selected.id || e.target === selected.id).length : 0;
  const unavailable = (
    <p className="notice notice--info" data-testid="graph-unavailable">
      {t.graph.unavailable}
    </p>
  );

  if (nodes.length === 0) return <p className="muted">{t.graph.empty}</p>;
  return (
    <div className="graph-explorer">
      <div className="graph-explorer__bar">
        <span data-testid="graph-counts" data-node-count={nodes.length} data-edge-count={edges.length}>
          {t.graph.counts(nodes.length, edges.length)}
        </span>
        <GraphLegend nodes={nodes} />
      </div>
      {truncated && <p className="notice notice--info">{t.graph.truncated(limit)}</p>}
      <div className="graph-explorer__body">
        <GraphErrorBoundary fallback={unavailable}>
          <Suspense fallback={<div className="graph-canvas graph-canvas--loading">{t.graph.loading}</div>}>
            <GraphCanvas nodes={nodes} edges={edges} selectedId={selected ? selected.id : null} onSelect={onSelect} />
          </Suspense>
        </GraphErrorBoundary>
        {selected ? (
          <NodePanel key={selected.id} node={selected} degree={degree} drawn={drawn} onSelect={onSelect} pathStart={pathStart} onPathStart={setPathStart} />
        ) : (
          <aside className="graph-panel graph-panel--empty">
            <p className="muted">{t.graph.panel.hint}</p>
          </aside>
        )}
      </div>
    </div>
  );
}
