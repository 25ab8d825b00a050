import type { ReactNode } from 'react';
import { AccessGuard, NotPermitted } from '../../app/AccessGuard';
import { useI18n } from '../../i18n';
import { maySeeRings } from './access';

/** Renders the rings pages only for viewers the API lets see rings; others get a clear refusal. */
export function RingsGuard({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <AccessGuard allowed={maySeeRings} texts={t.rings} testId="rings-not-permitted">
      {children}
    </AccessGuard>
  );
}

export function RingsNotPermitted() {
  const { t } = useI18n();
  return <NotPermitted message={t.rings.notPermitted} testId="rings-not-permitted" />;
}
