import { useI18n } from '../i18n';
import './progress-bar.css';

/** A job's progress: the bar (red once the job has FAILED) and the percentage beside it. */
export function ProgressBar({ percent, status, label, percentTestId }: { percent: number; status: string; label: string; percentTestId: string }) {
  const { locale } = useI18n();
  return (
    <div className="progress">
      <div className="progress__bar" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div className="progress__fill" data-status={status} style={{ width: `${percent}%` }} />
      </div>
      <span className="progress__percent" data-testid={percentTestId}>
        {percent.toLocaleString(locale, { maximumFractionDigits: 1 })}%
      </span>
    </div>
  );
}
