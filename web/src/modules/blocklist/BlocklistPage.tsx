import { useId, useState } from 'react';
import { useI18n } from '../../i18n';
import { AnalysisProgress } from '../ring-analysis';
import { BlockForm, type BlockResult } from './BlockForm';
import { BlocklistEntries, type UnblockResult } from './BlocklistEntries';
import { BlocklistGuard } from './BlocklistGuard';
import './blocklist.css';

/** The last change made on this page and the full analysis that applies it. */
type Change =
  | { type: 'blocked'; created: boolean; display: string | null; jobId: string }
  | { type: 'unblocked'; display: string | null; jobId: string };

/**
 * The identifiers the ring analysis never uses as evidence (a courier outlet's phone, a
 * platform's default address), for the secretariat's curators: list, add, remove, and watch
 * the full analysis that each change starts.
 */
export function BlocklistPage() {
  const { t } = useI18n();
  return (
    <>
      <header className="page-header">
        <p className="page-header__eyebrow">{t.rings.nav}</p>
        <h1>{t.blocklist.title}</h1>
      </header>
      <BlocklistGuard>
        <Blocklist />
      </BlocklistGuard>
    </>
  );
}

function Blocklist() {
  const [change, setChange] = useState<Change | null>(null);
  return (
    <>
      <BlockForm
        onBlocked={(result: BlockResult) =>
          setChange({ type: 'blocked', created: result.created, display: result.entry.display ?? null, jobId: result.analysisJobId })
        }
      />
      {change && <ChangeProgress change={change} />}
      <BlocklistEntries
        onUnblocked={(result: UnblockResult) => setChange({ type: 'unblocked', display: result.display, jobId: result.analysisJobId })}
      />
    </>
  );
}

function ChangeProgress({ change }: { change: Change }) {
  const { t } = useI18n();
  const titleId = useId();
  const shown = change.display ?? t.blocklist.noDisplay;
  const message =
    change.type === 'unblocked' ? t.blocklist.unblocked(shown) : change.created ? t.blocklist.blocked(shown) : t.blocklist.reasonReplaced(shown);
  return (
    <section className="panel" aria-labelledby={titleId} data-testid="blocklist-change" data-change={change.type}>
      <h2 id={titleId} className="panel__title">
        {t.blocklist.changeTitle}
      </h2>
      <p className="notice notice--info" role="status" data-testid="blocklist-change-message">
        {message}
      </p>
      <p className="muted">{t.blocklist.changeIntro}</p>
      {/* Two quick changes can share one job: the API returns the running one, which sees both. */}
      <AnalysisProgress key={change.jobId} jobId={change.jobId} />
    </section>
  );
}
