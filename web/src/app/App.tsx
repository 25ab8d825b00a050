import { ApolloProvider } from '@apollo/client/react';
import { Suspense, useEffect, useState } from 'react';
import { createApolloClient } from '../apollo';
import { I18nProvider, useI18n } from '../i18n';
import { SignInPage, useSession } from '../modules/auth';
import { BlocklistPage } from '../modules/blocklist';
import { HomePage } from '../modules/home';
import { ImportsPage } from '../modules/imports';
import { RingDetailPage, RingsPage } from '../modules/rings';
import { AppHeader } from './AppHeader';
import { navigate, ringIdOf, ROUTES, safeReturnPath, useLocation } from './router';

export function App() {
  return (
    <I18nProvider>
      <SessionScopedApollo />
    </I18nProvider>
  );
}

// Each session gets a fresh Apollo client (and fresh component state), so one user's cached
// data can never be shown to the next user of the same tab.
function SessionScopedApollo() {
  const session = useSession();
  return <SessionApollo key={session?.token ?? 'signed-out'} signedIn={session !== null} />;
}

function SessionApollo({ signedIn }: { signedIn: boolean }) {
  const [client] = useState(createApolloClient);
  return (
    <ApolloProvider client={client}>
      <Shell signedIn={signedIn} />
    </ApolloProvider>
  );
}

function Shell({ signedIn }: { signedIn: boolean }) {
  const { t } = useI18n();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <AppHeader signedIn={signedIn} />
      <main id="main" className="shell__main" tabIndex={-1}>
        <Routes signedIn={signedIn} />
      </main>
      <footer className="shell__footer">{t.app.footer}</footer>
    </div>
  );
}

function Routes({ signedIn }: { signedIn: boolean }) {
  const { t } = useI18n();
  const { pathname, searchParams } = useLocation();

  if (!signedIn) {
    if (pathname === ROUTES.signIn) return <SignInPage />;
    const next = pathname === ROUTES.home ? null : pathname + window.location.search;
    return <Redirect to={next ? `${ROUTES.signIn}?next=${encodeURIComponent(next)}` : ROUTES.signIn} />;
  }
  switch (pathname) {
    case ROUTES.signIn:
      return <Redirect to={safeReturnPath(searchParams.get('next'))} />;
    case ROUTES.home:
      return <HomePage />;
    case ROUTES.imports:
      return <ImportsPage />;
    case ROUTES.rings:
      return <RingsPage />;
    case ROUTES.blocklist:
      return (
        <Suspense fallback={<p className="muted">{t.blocklist.loading}</p>}>
          <BlocklistPage />
        </Suspense>
      );
    default: {
      const ringId = ringIdOf(pathname);
      return ringId ? <RingDetailPage id={ringId} /> : <NotFoundPage />;
    }
  }
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section className="panel" data-testid="not-found">
      <h1 className="panel__title">{t.notFound.title}</h1>
      <a
        href={ROUTES.home}
        onClick={(event) => {
          event.preventDefault();
          navigate(ROUTES.home);
        }}
      >
        {t.notFound.backHome}
      </a>
    </section>
  );
}
