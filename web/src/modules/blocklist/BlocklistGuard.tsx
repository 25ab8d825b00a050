import type { ReactNode } from 'react';
import { AccessGuard, NotPermitted } from '../../app/AccessGuard';
import { useI18n } from '../../i18n';
import { mayCurateRings } from './access';

/** Renders the blocklist only for the curators the API lets read it; others get a clear refusal. */
export function BlocklistGuard({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <AccessGuard allowed={mayCurateRings} texts={t.blocklist} testId="blocklist-not-permitted">
      {children}
    </AccessGuard>
  );
}

export function BlocklistNotPermitted() {
  const { t } = useI18n();
  return <NotPermitted message={t.blocklist.notPermitted} testId="blocklist-not-permitted" />;
}
