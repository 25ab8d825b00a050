import type { ReactNode } from 'react';
import type { OrgKind, Role } from '../generated/graphql';
import { useViewer } from '../modules/auth';

/** What a page's access rule looks at: the signed-in user's roles and organisation kind. */
export interface GuardedViewer {
  roles: readonly Role[];
  organisation: { kind: OrgKind };
}

export interface AccessTexts {
  loading: string;
  loadFailed: string;
  notPermitted: string;
}

/**
 * Renders a page only for viewers its rule admits (a mirror of the API's gate: the API still
 * decides); others get a clear refusal, never an empty page or a request that fails.
 */
export function AccessGuard({ allowed, texts, testId, children }: { allowed: (viewer: GuardedViewer) => boolean; texts: AccessTexts; testId: string; children: ReactNode }) {
  const { data, error } = useViewer();
  if (!data) {
    return (
      <section className="panel" aria-busy={!error}>
        <p className={error ? 'notice notice--error' : 'muted'} role={error ? 'alert' : undefined}>
          {error ? texts.loadFailed : texts.loading}
        </p>
      </section>
    );
  }
  return allowed(data.me) ? children : <NotPermitted message={texts.notPermitted} testId={testId} />;
}

/** The refusal a guarded page shows, also when the API itself answers FORBIDDEN. */
export function NotPermitted({ message, testId }: { message: string; testId: string }) {
  return (
    <section className="panel">
      <p className="notice notice--error" role="alert" data-testid={testId}>
        {message}
      </p>
    </section>
  );
}
