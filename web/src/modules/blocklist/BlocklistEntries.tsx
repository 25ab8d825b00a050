import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { hasApiErrorCode } from '../../apollo';
import { useLoadMore } from '../../app/useLoadMore';
import type { RingBlocklistQuery, UnblockIdentifierMutation } from '../../generated/graphql';
import { formatDateTime, useI18n } from '../../i18n';
import { ringBlocklistQuery, unblockIdentifierMutation } from './blocklist.graphql';
import { BlocklistNotPermitted } from './BlocklistGuard';

const PAGE_SIZE = 20;

type Entry = RingBlocklistQuery['ringBlocklist']['edges'][number]['node'];
export type UnblockResult = UnblockIdentifierMutation['unblockIdentifier'] & { display: string | null };

/** The blocklist, newest first, a page at a time; each entry can be removed after a confirmation. */
export function BlocklistEntries({ onUnblocked }: { onUnblocked: (result: UnblockResult) => void }) {
  const { t, locale } = useI18n();
  const titleId = useId();
  const { loadingMore, moreFailed, run: runLoadMore } = useLoadMore();
  const [removedElsewhere, setRemovedElsewhere] = useState(false);
  const { data, error, refetch, fetchMore } = useQuery(ringBlocklistQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  // Here rather than in the row, which the refetched list no longer has once it is removed.
  const [unblock] = useMutation(unblockIdentifierMutation, { refetchQueries: [ringBlocklistQuery], awaitRefetchQueries: true });

  async function remove(entry: Entry): Promise<'removed' | 'failed'> {
    setRemovedElsewhere(false);
    try {
      const { data } = await unblock({ variables: { identifierKey: entry.identifierKey } });
      if (!data) throw new Error('unblockIdentifier answered without data');
      onUnblocked({ ...data.unblockIdentifier, display: entry.display });
      return 'removed';
    } catch (error) {
      if (!hasApiErrorCode(error, 'NOT_FOUND')) return 'failed';
      // Someone else removed it first: the list is out of date.
      setRemovedElsewhere(true);
      void refetch();
      return 'removed';
    }
  }

  if (error && hasApiErrorCode(error, 'FORBIDDEN')) return <BlocklistNotPermitted />;

  const entries = data?.ringBlocklist.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.ringBlocklist.pageInfo;

  async function loadMore() {
    const after = pageInfo?.endCursor;
    if (!after) return;
    await runLoadMore(() =>
      fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ringBlocklist: { ...fetchMoreResult.ringBlocklist, edges: [...previous.ringBlocklist.edges, ...fetchMoreResult.ringBlocklist.edges] },
        }),
      }),
    );
  }

  return (
    <section className="panel" aria-labelledby={titleId} aria-busy={!data && !error}>
      <h2 id={titleId} className="panel__title">
        {t.blocklist.listTitle}
        {data && (
          <span className="muted blocklist-total" data-testid="blocklist-total">
            {t.blocklist.total(data.ringBlocklist.totalCount.toLocaleString(locale))}
          </span>
        )}
      </h2>
      <p className="muted">{t.blocklist.listIntro}</p>
      {removedElsewhere && (
        <p className="notice notice--info" role="status" data-testid="blocklist-removed-elsewhere">
          {t.blocklist.alreadyRemoved}
        </p>
      )}

      {error && !data && (
        <p className="notice notice--error" role="alert" data-testid="blocklist-error">
          {t.blocklist.loadFailed}{' '}
          <button type="button" className="button button--link" onClick={() => void refetch()}>
            {t.blocklist.retry}
          </button>
        </p>
      )}
      {!data && !error && <p className="muted">{t.blocklist.loading}</p>}
      {data && entries.length === 0 && !pageInfo?.hasNextPage && (
        <p className="notice notice--info" data-testid="blocklist-empty">
          {t.blocklist.empty}
        </p>
      )}
      {entries.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="blocklist-table">
            <thead>
              <tr>
                <th scope="col">{t.blocklist.kind}</th>
                <th scope="col">{t.blocklist.display}</th>
                <th scope="col">{t.blocklist.reason}</th>
                <th scope="col">{t.blocklist.addedBy}</th>
                <th scope="col">
                  {t.blocklist.addedAt}
                  <span className="time-zone">{t.time.zone}</span>
                </th>
                <th scope="col" className="actions">
                  <span className="visually-hidden">{t.blocklist.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <EntryRow key={entry.identifierKey} entry={entry} onRemove={remove} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pageInfo?.hasNextPage && (
        <p className="blocklist-more">
          <button type="button" className="button button--secondary" data-testid="blocklist-load-more" disabled={loadingMore} onClick={() => void loadMore()}>
            {loadingMore ? t.blocklist.loadingMore : t.blocklist.loadMore}
          </button>
          {moreFailed && (
            <span className="notice notice--error" role="alert">
              {t.blocklist.loadFailed}
            </span>
          )}
        </p>
      )}
    </section>
  );
}

function EntryRow({ entry, onRemove }: { entry: Entry; onRemove: (entry: Entry) => Promise<'removed' | 'failed'> }) {
  const { t, locale } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [failed, setFailed] = useState(false);
  // The raw key is never shown: for a phone or an account it is the unmasked value.
  const shown = entry.display ?? t.blocklist.noDisplay;
  // Cancelling hands the focus back to the button that asked.
  const removeButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (!confirming && wasConfirming.current) removeButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function handleConfirm() {
    setFailed(false);
    setRemoving(true);
    // Once removed, the refetched list has no row for it: only a failure is shown here.
    if ((await onRemove(entry)) === 'failed') {
      setRemoving(false);
      setFailed(true);
    }
  }

  return (
    <tr data-testid="blocklist-entry" data-kind={entry.kind ?? ''}>
      <td>{entry.kind ? t.blocklist.kindName[entry.kind] : t.blocklist.none}</td>
      <td>
        <span className={entry.display ? 'blocklist-display' : 'muted'} data-testid="blocklist-display">
          {shown}
        </span>
      </td>
      <td className="blocklist-reason" data-testid="blocklist-reason">
        {entry.reason}
      </td>
      <td>{entry.addedBy ?? t.blocklist.none}</td>
      <td>{formatDateTime(entry.addedAt, locale) ?? t.blocklist.none}</td>
      <td className="actions">
        {confirming ? (
          <span className="blocklist-confirm" role="group" aria-label={t.blocklist.confirmRemove(shown)}>
            <span className="blocklist-confirm__question">{t.blocklist.confirmRemove(shown)}</span>
            <button
              type="button"
              className="button button--danger"
              data-testid="blocklist-remove-confirm"
              disabled={removing}
              aria-busy={removing}
              onClick={() => void handleConfirm()}
            >
              {removing ? t.blocklist.removing : t.blocklist.confirm}
            </button>
            <button
              type="button"
              className="button button--secondary"
              data-testid="blocklist-remove-cancel"
              disabled={removing}
              // The safe choice takes the focus, so Enter never removes by accident.
              autoFocus
              onClick={() => setConfirming(false)}
            >
              {t.blocklist.cancel}
            </button>
          </span>
        ) : (
          <button
            ref={removeButton}
            type="button"
            className="button button--secondary"
            data-testid="blocklist-remove"
            aria-label={t.blocklist.removeLabel(shown)}
            onClick={() => {
              setFailed(false);
              setConfirming(true);
            }}
          >
            {t.blocklist.remove}
          </button>
        )}
        {failed && (
          <span className="notice notice--error blocklist-row-error" role="alert">
            {t.blocklist.removeFailed}
          </span>
        )}
      </td>
    </tr>
  );
}
