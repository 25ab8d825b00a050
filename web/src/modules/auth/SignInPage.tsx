import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { navigate, safeReturnPath, useLocation } from '../../app/router';
import { useI18n } from '../../i18n';
import { signInMutation } from './auth.graphql';
import { getLastSignOutReason, startSession } from './session';
import { signInErrorKey, type SignInErrorKey } from './signInError';

export function SignInPage() {
  const { t } = useI18n();
  const { searchParams } = useLocation();
  const [signIn, { loading }] = useMutation(signInMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // The key, not the text, so the message follows a change of language.
  const [errorKey, setErrorKey] = useState<SignInErrorKey | null>(null);
  const [sessionExpired] = useState(() => getLastSignOutReason() === 'expired');
  const passwordInput = useRef<HTMLInputElement>(null);
  const emailId = useId();
  const passwordId = useId();
  const errorId = useId();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setErrorKey(null);
    try {
      const { data } = await signIn({ variables: { input: { email: email.trim(), password } } });
      if (!data) throw new Error('Sign-in answered without data');
      startSession({ token: data.login.token, expiresAt: data.login.expiresAt });
      navigate(safeReturnPath(searchParams.get('next')), { replace: true });
    } catch (error) {
      setErrorKey(signInErrorKey(error));
      setPassword('');
      passwordInput.current?.focus();
    }
  }

  const describedBy = errorKey ? errorId : undefined;

  return (
    <div className="signin">
      <section className="panel signin__panel" aria-labelledby="signin-title">
        <h1 id="signin-title" className="signin__title">
          {t.signIn.title}
        </h1>
        <p className="muted">{t.signIn.intro}</p>

        {sessionExpired && !errorKey && (
          <p className="notice notice--info" role="status" data-testid="signin-expired">
            {t.signIn.sessionExpired}
          </p>
        )}
        {errorKey && (
          <p id={errorId} className="notice notice--error" role="alert" data-testid="signin-error">
            {t.signIn[errorKey]}
          </p>
        )}

        <form className="form" onSubmit={handleSubmit}>
          <div className="field">
            <label htmlFor={emailId}>{t.signIn.email}</label>
            <input
              id={emailId}
              data-testid="signin-email"
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              required
              autoFocus
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              aria-invalid={errorKey === 'invalidCredentials' || errorKey === 'badInput'}
              aria-describedby={describedBy}
            />
          </div>
          <div className="field">
            <label htmlFor={passwordId}>{t.signIn.password}</label>
            <input
              id={passwordId}
              ref={passwordInput}
              data-testid="signin-password"
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-invalid={errorKey === 'invalidCredentials' || errorKey === 'badInput'}
              aria-describedby={describedBy}
            />
          </div>
          <button
            type="submit"
            className="button button--primary button--block"
            data-testid="signin-submit"
            disabled={loading}
            aria-busy={loading}
          >
            {loading ? t.signIn.submitting : t.signIn.submit}
          </button>
        </form>
        <p className="signin__notice muted">{t.signIn.notice}</p>
      </section>
    </div>
  );
}
