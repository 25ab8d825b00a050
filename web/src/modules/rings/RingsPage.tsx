import { useApolloClient, useQuery } from '@apollo/client/react';
import { hasApiErrorCode } from '../../apollo';
import { useLoadMore } from '../../app/useLoadMore';
import { navigate, ROUTES, useLocation } from '../../app/router';
import type { RingOrder } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { RingAnalysisPanel } from '../ring-analysis';
import { ringsQuery } from './rings.graphql';
import { RingsGuard, RingsNotPermitted } from './RingsGuard';
import { RingsTable } from './RingsTable';
import './rings.css';

const PAGE_SIZE = 20;
const ORDERS: readonly RingOrder[] = ['SCORE_DESC', 'LAST_ACTIVITY_DESC', 'SIZE_DESC'];

function orderOf(value: string | null): RingOrder {
  return ORDERS.find((order) => order === value) ?? 'SCORE_DESC';
}

/** The rings the viewer may see something of, for agency officers and the secretariat. */
export function RingsPage() {
  const { t } = useI18n();
  const client = useApolloClient();
  return (
    <>
      <header className="page-header">
        <p className="page-header__eyebrow">{t.rings.nav}</p>
        <h1>{t.rings.title}</h1>
      </header>
      <RingsGuard>
        {/* Only for those who may start one; a finished analysis changes the list. */}
        <RingAnalysisPanel onFinished={() => void client.refetchQueries({ include: [ringsQuery] })} />
        <RingsList />
      </RingsGuard>
    </>
  );
}

function RingsList() {
  const { t } = useI18n();
  const orderBy = orderOf(useLocation().searchParams.get('order'));
  const { loadingMore, moreFailed, run: runLoadMore } = useLoadMore();
  const { data, error, refetch, fetchMore } = useQuery(ringsQuery, {
    variables: { orderBy, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });

  if (error && hasApiErrorCode(error, 'FORBIDDEN')) return <RingsNotPermitted />;

  const rings = data?.rings.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.rings.pageInfo;

  async function loadMore() {
    const after = pageInfo?.endCursor;
    if (!after) return;
    await runLoadMore(() =>
      fetchMore({
        variables: { after },
        // Pages are appended; a page thinned to what the viewer may see can be short or empty.
        updateQuery: (previous, { fetchMoreResult }) => ({
          rings: { ...fetchMoreResult.rings, edges: [...previous.rings.edges, ...fetchMoreResult.rings.edges] },
        }),
      }),
    );
  }

  return (
    <section className="panel" aria-labelledby="rings-list-title" aria-busy={!data && !error}>
      <div className="rings-toolbar">
        <h2 id="rings-list-title" className="visually-hidden">
          {t.rings.title}
        </h2>
        <p className="muted rings-toolbar__intro">{t.rings.intro}</p>
        <label className="rings-toolbar__order">
          <span>{t.rings.orderBy}</span>
          <select
            value={orderBy}
            data-testid="rings-order"
            onChange={(event) => navigate(`${ROUTES.rings}?order=${event.currentTarget.value}`, { replace: true })}
          >
            {ORDERS.map((order) => (
              <option key={order} value={order}>
                {t.rings.order[order]}
              </option>
            ))}
          </select>
        </label>
      </div>

      {error && !data && (
        <p className="notice notice--error" role="alert" data-testid="rings-error">
          {t.rings.loadFailed}{' '}
          <button type="button" className="button button--link" onClick={() => void refetch()}>
            {t.rings.retry}
          </button>
        </p>
      )}
      {!data && !error && <p className="muted">{t.rings.loading}</p>}
      {data && rings.length === 0 && !pageInfo?.hasNextPage && (
        <div className="notice notice--info" data-testid="rings-empty">
          <p className="rings-empty__title">{t.rings.empty}</p>
          <p className="muted">{t.rings.emptyHint}</p>
        </div>
      )}
      {rings.length > 0 && <RingsTable rings={rings} />}
      {pageInfo?.hasNextPage && (
        <p className="rings-more">
          <button type="button" className="button button--secondary" data-testid="rings-load-more" disabled={loadingMore} onClick={() => void loadMore()}>
            {loadingMore ? t.rings.loadingMore : t.rings.loadMore}
          </button>
          {moreFailed && (
            <span className="notice notice--error" role="alert">
              {t.rings.loadFailed}
            </span>
          )}
        </p>
      )}
    </section>
  );
}
