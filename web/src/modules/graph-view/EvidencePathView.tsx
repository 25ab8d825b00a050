import { useQuery } from '@apollo/client/react';
import { Fragment, type ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { evidencePathQuery } from './graph-view.graphql';
import { edgeTypeLabel, kindColor, kindLabel, nodeName } from './palette';

const LEADS_SHOWN = 5;

/** The shortest chain of visible links from one node to another, with the leads behind each. */
export function EvidencePathView({ from, to }: { from: string; to: string }) {
  const { t } = useI18n();
  const { data, error } = useQuery(evidencePathQuery, { variables: { from, to } });

  let body: ReactNode;
  if (!data) {
    body = error ? (
      <p className="notice notice--error" role="status">
        {t.graph.path.loadFailed}
      </p>
    ) : (
      <p className="muted">{t.graph.path.loading}</p>
    );
  } else if (!data.evidencePath) {
    body = (
      <p className="muted" data-testid="evidence-path-none">
        {t.graph.path.none}
      </p>
    );
  } else {
    const { nodes, hops } = data.evidencePath;
    body = (
      <>
        <p className="muted graph-panel__note">{t.graph.path.hops(hops.length)}</p>
        <ol className="evidence-path" data-testid="evidence-path" data-hops={hops.length}>
          {nodes.map((node, index) => {
            const hop = hops[index];
            return (
              <Fragment key={`${node.id}-${index}`}>
                <li className="evidence-path__node" data-testid="evidence-path-node">
                  <span className="graph-legend__swatch" style={{ background: kindColor(node.kind) }} aria-hidden="true" />
                  <span>
                    {nodeName(node, t)} <span className="muted">· {kindLabel(node.kind, t)}</span>
                  </span>
                </li>
                {hop && index < nodes.length - 1 && (
                  <li className="evidence-path__hop" aria-label={edgeTypeLabel(hop.type, t)}>
                    <span className="evidence-path__type">{edgeTypeLabel(hop.type, t)}</span>
                    <span className="muted">
                      {t.graph.path.leads}:{' '}
                      {hop.leads.length === 0
                        ? t.graph.path.noLeads
                        : hop.leads
                            .slice(0, LEADS_SHOWN)
                            .map((lead) => lead.externalId)
                            .join('、') + (hop.leads.length > LEADS_SHOWN ? ` … (+${hop.leads.length - LEADS_SHOWN})` : '')}
                    </span>
                  </li>
                )}
              </Fragment>
            );
          })}
        </ol>
      </>
    );
  }

  return (
    <section aria-labelledby="evidence-path-title">
      <h4 id="evidence-path-title" className="graph-panel__subtitle">
        {t.graph.path.title}
      </h4>
      <p className="muted graph-panel__note">{t.graph.path.intro}</p>
      {body}
    </section>
  );
}
