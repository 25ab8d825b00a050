import { useI18n } from '../i18n';
import { useSignOut, useViewer } from '../modules/auth';
import { mayCurateRings } from '../modules/blocklist';
import { maySeeRings } from '../modules/rings';
import { navigate, ROUTES } from './router';

export function AppHeader({ signedIn }: { signedIn: boolean }) {
  const { t, locale, setLocale } = useI18n();
  const other = locale === 'zh-CN' ? 'en' : 'zh-CN';

  return (
    <header className="app-header">
      <div className="app-header__inner">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">{t.app.name}</span>
          <span className="brand__tagline">{t.app.tagline}</span>
        </div>
        <div className="app-header__actions">
          {signedIn && <SessionMenu />}
          <button
            type="button"
            className="button button--quiet"
            data-testid="locale-switch"
            lang={other}
            aria-label={t.locale.switchLabel}
            onClick={() => setLocale(other)}
          >
            {t.locale.switchTo}
          </button>
        </div>
      </div>
    </header>
  );
}

function SessionMenu() {
  const { t } = useI18n();
  const signOut = useSignOut();
  const { data } = useViewer();

  return (
    <>
      {data?.me.organisation.kind === 'PLATFORM' && (
        <a
          className="button button--quiet"
          href={ROUTES.imports}
          data-testid="nav-imports"
          onClick={(event) => {
            event.preventDefault();
            navigate(ROUTES.imports);
          }}
        >
          {t.imports.nav}
        </a>
      )}
      {data && maySeeRings(data.me) && (
        <a
          className="button button--quiet"
          href={ROUTES.rings}
          data-testid="nav-rings"
          onClick={(event) => {
            event.preventDefault();
            navigate(ROUTES.rings);
          }}
        >
          {t.rings.nav}
        </a>
      )}
      {data && mayCurateRings(data.me) && (
        <a
          className="button button--quiet"
          href={ROUTES.blocklist}
          data-testid="nav-blocklist"
          onClick={(event) => {
            event.preventDefault();
            navigate(ROUTES.blocklist);
          }}
        >
          {t.blocklist.nav}
        </a>
      )}
      {data && (
        <span className="app-header__user" data-testid="header-user">
          <span className="visually-hidden">{t.session.signedInAs} </span>
          {data.me.displayName}
          <span className="app-header__org"> · {data.me.organisation.name}</span>
        </span>
      )}
      <button type="button" className="button button--quiet" data-testid="signout" onClick={signOut}>
        {t.session.signOut}
      </button>
    </>
  );
}
