import { useQuery } from '@apollo/client/react';
import { hasApiErrorCode } from '../../apollo';
import { formatDateTime, useI18n } from '../../i18n';
import { EvidencePathView } from './EvidencePathView';
import { entityNeighborhoodQuery } from './graph-view.graphql';
import { edgeTypeLabel, kindColor, kindLabel, nodeKind, nodeName } from './palette';
import type { GraphViewNode } from './types';

const NEIGHBOURS_SHOWN = 50;

interface Props {
  node: GraphViewNode;
  /** Links of the node in the drawn graph. */
  degree: number;
  /** Nodes that are drawn, which a neighbour can be selected as. */
  drawn: ReadonlySet<string>;
  onSelect: (id: string | null) => void;
  /** Where an evidence path starts, if one was chosen. */
  pathStart: GraphViewNode | null;
  onPathStart: (id: string | null) => void;
}

/** The selected node: what it is, and what it touches directly within the viewer's sources. */
export function NodePanel({ node, degree, drawn, onSelect, pathStart, onPathStart }: Props) {
  const { t, locale } = useI18n();
  return (
    <aside className="graph-panel" aria-labelledby="graph-panel-title" data-testid="graph-node-panel" data-node-id={node.id}>
      <div className="graph-panel__head">
        <h3 id="graph-panel-title" className="graph-panel__title">
          {t.graph.panel.title}
        </h3>
        <button type="button" className="button button--link" data-testid="graph-panel-close" onClick={() => onSelect(null)}>
          {t.graph.panel.close}
        </button>
      </div>
      <dl className="graph-panel__facts">
        <dt>{t.graph.panel.kind}</dt>
        <dd>
          <span className="graph-legend__swatch" style={{ background: kindColor(node.kind) }} aria-hidden="true" />
          {kindLabel(node.kind, t)}
        </dd>
        <dt>{t.graph.panel.display}</dt>
        <dd data-testid="graph-panel-display">{node.display ?? '—'}</dd>
        {/* An identifier's key holds its unmasked value: only a seller's (its account) is shown. */}
        {nodeKind(node.kind) === 'SELLER_ACCOUNT' && (
          <>
            <dt>{t.graph.panel.key}</dt>
            <dd className="graph-panel__key">{node.id}</dd>
          </>
        )}
        <dt>{t.graph.panel.degreeInRing}</dt>
        <dd>{degree.toLocaleString(locale)}</dd>
      </dl>
      <div className="graph-panel__path-actions">
        {pathStart?.id === node.id ? (
          <>
            <p className="muted graph-panel__note" data-testid="evidence-path-start">
              {t.graph.path.isStart}
            </p>
            <button type="button" className="button button--link" onClick={() => onPathStart(null)}>
              {t.graph.path.clearStart}
            </button>
          </>
        ) : (
          <>
            {pathStart && <p className="muted graph-panel__note">{t.graph.path.startHint(nodeName(pathStart, t))}</p>}
            <button type="button" className="button button--link" data-testid="evidence-path-set-start" onClick={() => onPathStart(node.id)}>
              {t.graph.path.setStart}
            </button>
          </>
        )}
      </div>
      {pathStart && pathStart.id !== node.id && <EvidencePathView from={pathStart.id} to={node.id} />}
      <Neighbours nodeId={node.id} drawn={drawn} onSelect={onSelect} />
    </aside>
  );
}

function Neighbours({ nodeId, drawn, onSelect }: { nodeId: string; drawn: ReadonlySet<string>; onSelect: (id: string) => void }) {
  const { t, locale } = useI18n();
  const { data, error } = useQuery(entityNeighborhoodQuery, { variables: { id: nodeId, limit: NEIGHBOURS_SHOWN } });

  if (!data) {
    if (!error) return <p className="muted">{t.graph.panel.loading}</p>;
    return (
      <p className={hasApiErrorCode(error, 'NOT_FOUND') ? 'muted' : 'notice notice--error'} role="status">
        {hasApiErrorCode(error, 'NOT_FOUND') ? t.graph.panel.notVisible : t.graph.panel.loadFailed}
      </p>
    );
  }
  const { nodes, edges, truncated } = data.entity.neighborhood;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  // Depth 1: every edge touches the node; the other end is the neighbour.
  const rows = edges
    .filter((edge) => edge.source === nodeId || edge.target === nodeId)
    .map((edge) => ({ edge, neighbour: byId.get(edge.source === nodeId ? edge.target : edge.source) }))
    .filter((row): row is { edge: (typeof edges)[number]; neighbour: (typeof nodes)[number] } => row.neighbour !== undefined);

  return (
    <section aria-labelledby="graph-neighbours-title">
      <h4 id="graph-neighbours-title" className="graph-panel__subtitle">
        {t.graph.panel.neighbours} <span className="muted">({rows.length.toLocaleString(locale)})</span>
      </h4>
      <p className="muted graph-panel__note">{t.graph.panel.neighboursIntro}</p>
      {rows.length === 0 ? (
        <p className="muted">{t.graph.panel.noNeighbours}</p>
      ) : (
        <ul className="graph-neighbours" data-testid="graph-neighbours">
          {rows.map(({ edge, neighbour }) => (
            <li key={`${edge.source}|${edge.target}|${edge.type}`} className="graph-neighbours__item" data-testid="graph-neighbour" data-node-id={neighbour.id}>
              <span className="graph-legend__swatch" style={{ background: kindColor(neighbour.kind) }} aria-hidden="true" />
              <span className="graph-neighbours__main">
                {drawn.has(neighbour.id) ? (
                  <button type="button" className="button button--link" onClick={() => onSelect(neighbour.id)}>
                    {nodeName(neighbour, t)}
                  </button>
                ) : (
                  <span>{nodeName(neighbour, t)}</span>
                )}
                <span className="muted graph-neighbours__meta">
                  {kindLabel(neighbour.kind, t)} · {edgeTypeLabel(edge.type, t)} · {t.graph.panel.leadsBehind} {edge.leadCount.toLocaleString(locale)}
                  {edge.lastSeen && ` · ${t.graph.panel.lastSeen} ${formatDateTime(edge.lastSeen, locale) ?? ''}`}
                  {drawn.has(neighbour.id) && ` · ${t.graph.panel.inRing}`}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {truncated && <p className="muted">{t.graph.panel.more}</p>}
    </section>
  );
}
