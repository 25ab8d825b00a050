import { navigate, ROUTES, useLocation } from '../../app/router';
import { useI18n } from '../../i18n';
import { useViewer } from '../auth';
import { ImportProgress } from './ImportProgress';
import { RecentImports } from './RecentImports';
import { UploadPanel } from './UploadPanel';
import './imports.css';

/** Bulk import for platform referrers: upload a file, watch it run, read what was rejected. */
export function ImportsPage() {
  const { t } = useI18n();
  const { data } = useViewer();
  const jobId = useLocation().searchParams.get('job');

  const header = (
    <header className="page-header">
      <p className="page-header__eyebrow">{t.imports.nav}</p>
      <h1>{t.imports.title}</h1>
    </header>
  );
  if (data && data.me.organisation.kind !== 'PLATFORM') {
    return (
      <>
        {header}
        <section className="panel">
          <p className="notice notice--info" data-testid="imports-platforms-only">
            {t.imports.platformsOnly}
          </p>
        </section>
      </>
    );
  }
  return (
    <>
      {header}
      <UploadPanel onUploaded={(id) => navigate(`${ROUTES.imports}?job=${encodeURIComponent(id)}`)} />
      {jobId && <ImportProgress key={jobId} jobId={jobId} />}
      <RecentImports selected={jobId} />
    </>
  );
}
