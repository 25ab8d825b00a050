import type { ViewerQuery } from '../../generated/graphql';
import { formatDateTime, useI18n } from '../../i18n';
import { useViewer } from '../auth';

type Viewer = ViewerQuery['me'];

export function HomePage() {
  const { t } = useI18n();
  const { data, error, refetch } = useViewer();

  if (!data) {
    return (
      <section className="panel" aria-busy={!error}>
        {error ? (
          <div className="notice notice--error" role="alert" data-testid="home-error">
            {t.home.loadFailed}{' '}
            <button type="button" className="button button--link" onClick={() => void refetch()}>
              {t.home.retry}
            </button>
          </div>
        ) : (
          <p className="muted" data-testid="home-loading">
            {t.home.loading}
          </p>
        )}
      </section>
    );
  }

  return (
    <>
      <header className="page-header">
        <p className="page-header__eyebrow">{t.home.title}</p>
        <h1 data-testid="home-welcome">{t.home.welcome(data.me.displayName)}</h1>
      </header>
      <ProfilePanel viewer={data.me} />
    </>
  );
}

function ProfilePanel({ viewer }: { viewer: Viewer }) {
  const { t, locale } = useI18n();
  const { organisation } = viewer;
  const lastLogin = formatDateTime(viewer.lastLoginAt, locale);
  const regionCode = organisation.cityCode ?? organisation.provinceCode;

  return (
    <section className="panel" aria-labelledby="profile-title">
      <h2 id="profile-title" className="panel__title">
        {t.home.profile}
      </h2>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t.home.displayName}</dt>
          <dd data-testid="home-display-name">{viewer.displayName}</dd>
        </div>
        <div className="facts__row">
          <dt>{t.home.email}</dt>
          <dd data-testid="home-email">{viewer.email}</dd>
        </div>
        <div className="facts__row">
          <dt>{t.home.organisation}</dt>
          <dd data-testid="home-org-name">{organisation.name}</dd>
        </div>
        <div className="facts__row">
          <dt>{t.home.orgKind}</dt>
          <dd data-testid="home-org-kind">{t.orgKind[organisation.kind]}</dd>
        </div>
        <div className="facts__row">
          <dt>{t.home.region}</dt>
          <dd data-testid="home-region">
            {organisation.regionName ?? (regionCode ? '' : t.home.unknownRegion)}
            {regionCode && <span className="code">{regionCode}</span>}
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t.home.roles}</dt>
          <dd>
            <ul className="tags" data-testid="home-roles">
              {viewer.roles.map((role) => (
                <li key={role} className="tag" data-role={role}>
                  {t.role[role]}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t.home.lastLogin}</dt>
          <dd data-testid="home-last-login">
            {lastLogin ? (
              <>
                <time dateTime={viewer.lastLoginAt ?? undefined}>{lastLogin}</time>
                <span className="time-zone">{t.time.zone}</span>
              </>
            ) : (
              t.home.never
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
