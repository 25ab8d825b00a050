import { useI18n } from '../../i18n';

/** Selects a node of the ring graph from a table row; absent when the node is not drawn. */
export function ShowInGraphButton({ nodeId, label, inGraph, onShowInGraph }: { nodeId: string; label: string; inGraph: ReadonlySet<string>; onShowInGraph: (nodeId: string) => void }) {
  const { t } = useI18n();
  if (!inGraph.has(nodeId)) return null;
  return (
    <button type="button" className="button button--link" data-testid="show-in-graph" aria-label={t.rings.showInGraphLabel(label)} onClick={() => onShowInGraph(nodeId)}>
      {t.rings.showInGraph}
    </button>
  );
}
