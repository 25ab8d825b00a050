import type { ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { useViewer } from '../auth';
import { maySeeRings } from './access';

/** Renders the rings pages only for viewers the API lets see rings; others get a clear refusal. */
export function RingsGuard({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { data, error } = useViewer();
  if (!data) {
    return (
      <section className="panel" aria-busy={!error}>
        <p className={error ? 'notice notice--error' : 'muted'} role={error ? 'alert' : undefined}>
          {error ? t.rings.loadFailed : t.rings.loading}
        </p>
      </section>
    );
  }
  return maySeeRings(data.me) ? children : <RingsNotPermitted />;
}

export function RingsNotPermitted() {
  const { t } = useI18n();
  return (
    <section className="panel">
      <p className="notice notice--error" role="alert" data-testid="rings-not-permitted">
        {t.rings.notPermitted}
      </p>
    </section>
  );
}
