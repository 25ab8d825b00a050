import { useQuery } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import { hasApiErrorCode } from '../../apollo';
import { Link } from '../../app/Link';
import { prefersReducedMotion } from '../../app/motion';
import { ROUTES } from '../../app/router';
import type { RingQuery } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { GraphExplorer } from '../graph-view';
import { shortRingId } from './format';
import { LinkingIdentifiers } from './LinkingIdentifiers';
import { RingBases } from './RingBases';
import { RingFacts } from './RingFacts';
import { RingHistory } from './RingHistory';
import { RingMembers } from './RingMembers';
import { ringQuery } from './rings.graphql';
import { RingsGuard, RingsNotPermitted } from './RingsGuard';
import { ScoreBreakdown } from './ScoreBreakdown';
import './rings.css';

/** Nodes drawn at most; the API says when the ring has more. */
export const GRAPH_LIMIT = 500;
/** Candidate bases shown, the API's best first. */
export const BASES_LIMIT = 10;

export type RingDetail = RingQuery['ring'];

/** One ring: its facts, why it scores what it does, its members, evidence, places and graph. */
export function RingDetailPage({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <>
      <p className="back-link">
        <Link to={ROUTES.rings} data-testid="ring-back">
          ← {t.rings.back}
        </Link>
      </p>
      <RingsGuard>
        <RingDetail key={id} id={id} />
      </RingsGuard>
    </>
  );
}

function RingDetail({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(ringQuery, { variables: { id, graphLimit: GRAPH_LIMIT, basesFirst: BASES_LIMIT }, fetchPolicy: 'cache-and-network' });
  const [selected, setSelected] = useState<string | null>(null);
  const graphRef = useRef<HTMLElement>(null);

  // "Show in graph" from a table: select the node and bring the graph into view.
  const showInGraph = useCallback((nodeId: string) => {
    setSelected(nodeId);
    graphRef.current?.scrollIntoView({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block: 'start' });
  }, []);

  if (!data) {
    if (error && hasApiErrorCode(error, 'FORBIDDEN')) return <RingsNotPermitted />;
    const notFound = error && hasApiErrorCode(error, 'NOT_FOUND');
    return (
      <section className="panel" aria-busy={!error}>
        {notFound ? (
          <p className="notice notice--info" data-testid="ring-not-found">
            {t.rings.notFound}
          </p>
        ) : error ? (
          <p className="notice notice--error" role="alert">
            {t.rings.loadFailed}{' '}
            <button type="button" className="button button--link" onClick={() => void refetch()}>
              {t.rings.retry}
            </button>
          </p>
        ) : (
          <p className="muted">{t.rings.loading}</p>
        )}
      </section>
    );
  }

  const ring = data.ring;
  const inGraph = new Set(ring.subgraph.nodes.map((node) => node.id));
  return (
    <>
      <header className="page-header">
        <p className="page-header__eyebrow">{t.rings.nav}</p>
        <h1 data-testid="ring-title">{t.rings.detailTitle(t.rings.ringLabel(shortRingId(ring.id)))}</h1>
      </header>
      <RingFacts ring={ring} />
      <ScoreBreakdown ring={ring} />
      <section ref={graphRef} className="panel" aria-labelledby="ring-graph-title">
        <h2 id="ring-graph-title" className="panel__title">
          {t.graph.title}
        </h2>
        <p className="muted">{t.graph.intro}</p>
        <GraphExplorer
          nodes={ring.subgraph.nodes}
          edges={ring.subgraph.edges}
          truncated={ring.subgraph.truncated}
          limit={GRAPH_LIMIT}
          selectedId={selected}
          onSelect={setSelected}
        />
      </section>
      <RingMembers members={ring.members} inGraph={inGraph} onShowInGraph={showInGraph} />
      <LinkingIdentifiers identifiers={ring.linkingIdentifiers} inGraph={inGraph} onShowInGraph={showInGraph} />
      <RingBases bases={ring.bases} inGraph={inGraph} onShowInGraph={showInGraph} />
      <RingHistory history={ring.history} />
    </>
  );
}
