import { useEffect, useMemo, useRef, useState } from 'react';
import Sigma from 'sigma';
import { prefersReducedMotion } from '../../app/motion';
import { useI18n } from '../../i18n';
import { buildGraph, type EdgeAttributes, type NodeAttributes } from './buildGraph';
import type { GraphViewEdge, GraphViewNode } from './types';

const DIMMED_NODE = '#dde2e8';
const DIMMED_EDGE = '#eef1f4';
const SELECTED_EDGE = '#2f5a8f';
const LABEL_FONT = "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', system-ui, sans-serif";

type Renderer = Sigma<NodeAttributes, EdgeAttributes>;

export interface GraphCanvasProps {
  nodes: readonly GraphViewNode[];
  edges: readonly GraphViewEdge[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}

/**
 * Draws a graph with sigma.js (WebGL) on a graphology graph. Loaded on demand: sigma and
 * graphology stay out of the main bundle. Hovering a node shows its display value; clicking
 * one selects it, and the rest of the graph fades except its direct links.
 */
export function GraphCanvas({ nodes, edges, selectedId, onSelect }: GraphCanvasProps) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Renderer | null>(null);
  const selected = useRef(selectedId);
  const select = useRef(onSelect);
  const [state, setState] = useState<'drawing' | 'drawn' | 'failed'>('drawing');
  const graph = useMemo(() => buildGraph(nodes, edges), [nodes, edges]);

  useEffect(() => {
    select.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let sigma: Renderer;
    try {
      sigma = new Sigma(graph, element, {
        labelFont: LABEL_FONT,
        labelSize: 12,
        labelRenderedSizeThreshold: 9,
        zIndex: true,
        nodeReducer: (node, data) => {
          const current = selected.current;
          if (current === null || !graph.hasNode(current)) return data;
          if (node === current) return { ...data, highlighted: true, zIndex: 2 };
          if (graph.areNeighbors(node, current)) return { ...data, zIndex: 1 };
          return { ...data, color: DIMMED_NODE, label: '', zIndex: 0 };
        },
        edgeReducer: (edge, data) => {
          const current = selected.current;
          if (current === null || !graph.hasNode(current)) return data;
          return graph.hasExtremity(edge, current) ? { ...data, color: SELECTED_EDGE, zIndex: 1 } : { ...data, color: DIMMED_EDGE, zIndex: 0 };
        },
      });
    } catch {
      // No WebGL (a locked-down or very old browser): say so rather than break the page.
      setState('failed');
      return;
    }
    renderer.current = sigma;
    sigma.once('afterRender', () => setState('drawn'));
    sigma.on('clickNode', ({ node }) => select.current(node));
    sigma.on('clickStage', () => select.current(null));
    sigma.on('enterNode', () => element.classList.add('graph-canvas--pointer'));
    sigma.on('leaveNode', () => element.classList.remove('graph-canvas--pointer'));
    return () => {
      renderer.current = null;
      sigma.kill();
    };
  }, [graph]);

  // A new selection (from a click or from a table) redraws the emphasis and centres the node.
  useEffect(() => {
    selected.current = selectedId;
    const sigma = renderer.current;
    if (!sigma) return;
    sigma.refresh({ skipIndexation: true });
    const position = selectedId ? sigma.getNodeDisplayData(selectedId) : undefined;
    if (!position) return;
    const camera = sigma.getCamera();
    if (prefersReducedMotion()) camera.setState({ x: position.x, y: position.y });
    else void camera.animate({ x: position.x, y: position.y }, { duration: 300 });
  }, [selectedId, graph]);

  const camera = () => renderer.current?.getCamera();
  return (
    <div className="graph-canvas-frame">
      <div
        ref={container}
        className="graph-canvas"
        role="img"
        aria-label={t.graph.canvasLabel}
        data-testid="graph-canvas"
        data-state={state}
        data-node-count={graph.order}
        data-edge-count={graph.size}
      />
      {state === 'failed' && (
        <p className="notice notice--info graph-canvas__notice" data-testid="graph-unavailable">
          {t.graph.unavailable}
        </p>
      )}
      {state !== 'failed' && (
        <div className="graph-zoom" role="group" aria-label={t.graph.zoom}>
          <button type="button" className="graph-zoom__button" aria-label={t.graph.zoomIn} title={t.graph.zoomIn} onClick={() => void camera()?.animatedZoom()}>
            +
          </button>
          <button type="button" className="graph-zoom__button" aria-label={t.graph.zoomOut} title={t.graph.zoomOut} onClick={() => void camera()?.animatedUnzoom()}>
            −
          </button>
          <button type="button" className="graph-zoom__button" aria-label={t.graph.resetView} title={t.graph.resetView} onClick={() => void camera()?.animatedReset()}>
            ⟲
          </button>
        </div>
      )}
    </div>
  );
}
