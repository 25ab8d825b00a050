import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { hasApiErrorCode } from '../../apollo';
import { useI18n } from '../../i18n';
import { useViewer } from '../auth';
import { mayStartAnalysis } from './access';
import { AnalysisProgress, type FinishedAnalysis } from './AnalysisProgress';
import { startRingAnalysisMutation } from './ring-analysis.graphql';

/**
 * "Run a full analysis" for the viewers who may start one (nothing for the others), with the
 * job's progress; `onFinished` lets the page reload what the analysis changed.
 */
export function RingAnalysisPanel({ onFinished }: { onFinished?: (job: FinishedAnalysis) => void }) {
  const { data } = useViewer();
  if (!data || !mayStartAnalysis(data.me)) return null;
  return <AnalysisPanel onFinished={onFinished} />;
}

function AnalysisPanel({ onFinished }: { onFinished?: (job: FinishedAnalysis) => void }) {
  const { t } = useI18n();
  const titleId = useId();
  const [start, { loading }] = useMutation(startRingAnalysisMutation);
  const [jobId, setJobId] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<'forbidden' | 'startFailed' | null>(null);

  async function handleStart() {
    if (loading || running) return;
    setFailure(null);
    try {
      const { data } = await start();
      if (!data) throw new Error('startRingAnalysis answered without data');
      // A job already queued or running comes back as it is: its progress is shown the same way.
      const job = data.startRingAnalysis;
      setJobId(job.id);
      setRunning(job.status === 'QUEUED' || job.status === 'RUNNING');
    } catch (error) {
      setFailure(hasApiErrorCode(error, 'FORBIDDEN') ? 'forbidden' : 'startFailed');
    }
  }

  function handleFinished(job: FinishedAnalysis) {
    setRunning(false);
    onFinished?.(job);
  }

  return (
    <section className="panel" aria-labelledby={titleId} data-testid="ring-analysis">
      <h2 id={titleId} className="panel__title">
        {t.analysis.title}
      </h2>
      <div className="analysis-start">
        <p className="muted analysis-start__intro">{t.analysis.intro}</p>
        <button
          type="button"
          className="button button--primary"
          data-testid="analysis-start"
          disabled={loading || running}
          aria-busy={loading}
          onClick={() => void handleStart()}
        >
          {loading ? t.analysis.starting : running ? t.analysis.running : t.analysis.start}
        </button>
      </div>
      {failure && (
        <p className="notice notice--error" role="alert" data-testid="analysis-start-error">
          {t.analysis[failure]}
        </p>
      )}
      {jobId && <AnalysisProgress key={jobId} jobId={jobId} onFinished={handleFinished} />}
    </section>
  );
}
