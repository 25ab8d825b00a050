import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { ImportJobQuery } from '../../generated/graphql';
import { formatDateTime, useI18n } from '../../i18n';
import { ProgressBar } from '../../app/ProgressBar';
import { importJobQuery, importJobsQuery } from './imports.graphql';
import { downloadErrorReport } from './uploadImport';

const SHOWN_ERRORS = 20;
const POLL_MS = 1000;

type Job = ImportJobQuery['importJob'];

/** One import job, polled every second until it has finished. */
export function ImportProgress({ jobId }: { jobId: string }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const { data, error, startPolling, stopPolling } = useQuery(importJobQuery, {
    variables: { id: jobId, errorsFirst: SHOWN_ERRORS },
    fetchPolicy: 'network-only',
  });
  const status = data?.importJob.status;
  const finished = status === 'SUCCEEDED' || status === 'FAILED';

  useEffect(() => {
    if (finished) {
      stopPolling();
      // The list of recent imports shows the final counts too.
      void client.refetchQueries({ include: [importJobsQuery] });
    } else {
      startPolling(POLL_MS);
    }
    return () => stopPolling();
  }, [finished, startPolling, stopPolling, client]);

  if (!data) {
    return (
      <section className="panel" aria-busy={!error} data-testid={error ? 'import-job-unavailable' : 'import-job-loading'}>
        <p className={error ? 'notice notice--error' : 'muted'} role={error ? 'alert' : undefined}>
          {error ? t.imports.loadFailed : t.imports.loading}
        </p>
      </section>
    );
  }
  return <JobPanel job={data.importJob} />;
}

function JobPanel({ job }: { job: Job }) {
  const { t, locale } = useI18n();
  const [downloadFailed, setDownloadFailed] = useState(false);
  const number = (n: number) => n.toLocaleString(locale);
  const createdAt = formatDateTime(job.createdAt, locale);
  const reportName = `${job.fileName.replace(/\.[^.]+$/, '')}-errors.csv`;

  return (
    <section className="panel" aria-labelledby="import-job-title" data-testid="import-job" data-status={job.status}>
      <h2 id="import-job-title" className="panel__title">
        {job.fileName} · <span data-testid="import-status">{t.imports.status[job.status]}</span>
      </h2>
      <p className="muted">
        {t.imports.createdAt} {createdAt} <span className="time-zone">{t.time.zone}</span>
      </p>

      <ProgressBar percent={job.percent} status={job.status} label={t.imports.progress} percentTestId="import-percent" />

      <dl className="import-counts" aria-live="polite">
        <div>
          <dt>{t.imports.rowsRead}</dt>
          <dd data-testid="import-rows-read">{number(job.rowsRead)}</dd>
        </div>
        <div>
          <dt>{t.imports.accepted}</dt>
          <dd data-testid="import-accepted">{number(job.accepted)}</dd>
        </div>
        <div>
          <dt>{t.imports.rejected}</dt>
          <dd data-testid="import-rejected">{number(job.rejected)}</dd>
        </div>
      </dl>

      {job.error && (
        <p className={job.status === 'FAILED' ? 'notice notice--error' : 'notice notice--info'} role="status" data-testid="import-error">
          {job.status === 'FAILED' && <strong>{t.imports.failedReason}: </strong>}
          {job.error}
        </p>
      )}

      <h3 className="panel__title">{t.imports.errorsTitle}</h3>
      {job.errors.edges.length === 0 ? (
        <p className="muted">{t.imports.noErrors}</p>
      ) : (
        <>
          <table className="import-table" data-testid="import-errors">
            <thead>
              <tr>
                <th scope="col" className="number">
                  {t.imports.errorRow}
                </th>
                <th scope="col">{t.imports.errorField}</th>
                <th scope="col">{t.imports.errorReason}</th>
              </tr>
            </thead>
            <tbody>
              {job.errors.edges.map(({ cursor, node }) => (
                <tr key={cursor}>
                  <td className="number">{number(node.row)}</td>
                  <td>
                    <span className="code">{node.field}</span>
                  </td>
                  <td>{node.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {job.errors.pageInfo.hasNextPage && <p className="muted">{t.imports.moreErrors}</p>}
        </>
      )}
      {job.rejected > 0 && (
        <p>
          <button
            type="button"
            className="button button--link"
            data-testid="import-download-errors"
            onClick={() => {
              setDownloadFailed(false);
              downloadErrorReport(job.id, reportName).catch(() => setDownloadFailed(true));
            }}
          >
            {t.imports.downloadErrors}
          </button>
          {downloadFailed && (
            <span className="notice notice--error" role="alert">
              {t.imports.downloadFailed}
            </span>
          )}
        </p>
      )}
    </section>
  );
}
