import { useI18n } from '../../i18n';
import { KIND_COLORS, NODE_KINDS, nodeKind, type NodeKind } from './palette';
import type { GraphViewNode } from './types';

/** The colours in use, with how many nodes of each kind are drawn. */
export function GraphLegend({ nodes }: { nodes: readonly GraphViewNode[] }) {
  const { t, locale } = useI18n();
  const counts = new Map<NodeKind, number>();
  for (const node of nodes) {
    const kind = nodeKind(node.kind);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return (
    <figure className="graph-legend">
      <figcaption className="visually-hidden">{t.graph.legend}</figcaption>
      <ul className="graph-legend__items" data-testid="graph-legend">
        {NODE_KINDS.filter((kind) => counts.has(kind)).map((kind) => (
          <li key={kind} className="graph-legend__item" data-kind={kind}>
            <span className="graph-legend__swatch" style={{ background: KIND_COLORS[kind] }} aria-hidden="true" />
            {t.graph.kind[kind]}
            <span className="graph-legend__count">{(counts.get(kind) ?? 0).toLocaleString(locale)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
