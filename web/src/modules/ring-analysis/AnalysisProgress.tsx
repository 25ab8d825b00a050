import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { hasApiErrorCode } from '../../apollo';
import type { AnalysisJobQuery } from '../../generated/graphql';
import { formatDateTime, useI18n, type Messages } from '../../i18n';
import { ProgressBar } from '../../app/ProgressBar';
import { analysisJobQuery } from './ring-analysis.graphql';
import './ring-analysis.css';

const POLL_MS = 1000;

export type AnalysisJob = AnalysisJobQuery['analysisJob'];
export type FinishedAnalysis = AnalysisJob & { status: 'SUCCEEDED' | 'FAILED' };

type Phase = keyof Messages['analysis']['phase'];
type Count = keyof Messages['analysis']['count'];

// The counts in the order the analysis produces them.
const COUNTS: readonly Count[] = ['accountsRead', 'linksRead', 'superNodes', 'ringsFound', 'ringsCreated', 'ringsChanged', 'ringsRetired'];

function isFinished(job: AnalysisJob): job is FinishedAnalysis {
  return job.status === 'SUCCEEDED' || job.status === 'FAILED';
}

/**
 * One ring analysis job, polled about once a second until it has succeeded or failed; then
 * `onFinished` is called once. Renders no panel of its own, so that any page can frame it.
 */
export function AnalysisProgress({ jobId, onFinished }: { jobId: string; onFinished?: (job: FinishedAnalysis) => void }) {
  const { t } = useI18n();
  const { data, error, startPolling, stopPolling } = useQuery(analysisJobQuery, {
    variables: { id: jobId },
    fetchPolicy: 'network-only',
  });
  const job = data?.analysisJob;
  const finished = job !== undefined && isFinished(job);
  // A viewer outside the analysis gate (a system administrator curating the blocklist) may
  // start a job without being allowed to follow it: asking again would not change that.
  const refused = error !== undefined && (hasApiErrorCode(error, 'FORBIDDEN') || hasApiErrorCode(error, 'NOT_FOUND'));

  useEffect(() => {
    if (finished || refused) stopPolling();
    else startPolling(POLL_MS);
    return () => stopPolling();
  }, [finished, refused, startPolling, stopPolling]);

  // The callback may change on every render of the caller; it is reported once per job.
  const onFinishedRef = useRef(onFinished);
  useEffect(() => {
    onFinishedRef.current = onFinished;
  });
  const reported = useRef(false);
  useEffect(() => {
    if (job && isFinished(job) && !reported.current) {
      reported.current = true;
      onFinishedRef.current?.(job);
    }
  }, [job]);

  if (!job) {
    return (
      <div className="analysis-progress" aria-busy={!error} data-testid="analysis-job" data-status="LOADING">
        <p className={error ? 'notice notice--error' : 'muted'} role={error ? 'alert' : undefined}>
          {refused ? t.analysis.notVisible : error ? t.analysis.loadFailed : t.analysis.loading}
        </p>
      </div>
    );
  }
  return <JobProgress job={job} />;
}

function JobProgress({ job }: { job: AnalysisJob }) {
  const { t, locale } = useI18n();
  const phase = job.phase in t.analysis.phase ? t.analysis.phase[job.phase as Phase] : job.phase;
  const counts = COUNTS.flatMap((count) => {
    const value = job[count];
    return value === null || value === undefined ? [] : [{ count, value }];
  });

  return (
    <div className="analysis-progress" data-testid="analysis-job" data-job-id={job.id} data-status={job.status} data-phase={job.phase}>
      <p className="analysis-progress__status" role="status">
        <span data-testid="analysis-status">{t.analysis.status[job.status]}</span>
        <span className="muted">
          {' · '}
          {t.analysis.phaseLabel}
          <span data-testid="analysis-phase">{phase}</span>
        </span>
      </p>
      <p className="muted analysis-progress__time">
        {t.analysis.createdAt} {formatDateTime(job.createdAt, locale)} <span className="time-zone">{t.time.zone}</span>
      </p>

      <ProgressBar percent={job.percent} status={job.status} label={t.analysis.progress} percentTestId="analysis-percent" />

      {counts.length > 0 ? (
        <dl className="analysis-counts">
          {counts.map(({ count, value }) => (
            <div key={count}>
              <dt>{t.analysis.count[count]}</dt>
              <dd data-testid={`analysis-count-${count}`}>{value.toLocaleString(locale)}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted" data-testid="analysis-counts-hidden">
          {t.analysis.countsHidden}
        </p>
      )}

      {job.error && (
        <p className={job.status === 'FAILED' ? 'notice notice--error' : 'notice notice--info'} role="alert" data-testid="analysis-error">
          {job.status === 'FAILED' && <strong>{t.analysis.failedReason}: </strong>}
          {job.error}
        </p>
      )}
    </div>
  );
}
