import type { ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { useViewer } from '../auth';
import { mayCurateRings } from './access';

/** Renders the blocklist only for the curators the API lets read it; others get a clear refusal. */
export function BlocklistGuard({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { data, error } = useViewer();
  if (!data) {
    return (
      <section className="panel" aria-busy={!error}>
        <p className={error ? 'notice notice--error' : 'muted'} role={error ? 'alert' : undefined}>
          {error ? t.blocklist.loadFailed : t.blocklist.loading}
        </p>
      </section>
    );
  }
  return mayCurateRings(data.me) ? children : <BlocklistNotPermitted />;
}

export function BlocklistNotPermitted() {
  const { t } = useI18n();
  return (
    <section className="panel">
      <p className="notice notice--error" role="alert" data-testid="blocklist-not-permitted">
        {t.blocklist.notPermitted}
      </p>
    </section>
  );
}
