import { useEffect, useRef, useState } from 'react';
import { api } from './api.ts';
import { useT } from './i18n.ts';

export interface Session {
  name: string;
  role: 'viewer' | 'editor' | 'admin';
  csrfToken: string;
}

export function Login({
  onSignedIn,
  notice,
}: {
  onSignedIn: (session: Session) => void;
  /** Why the form is shown again, e.g. the session expired. */
  notice?: string;
}) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const result = await api.POST('/v1/auth/login', {
      body: { username: String(form.get('username')), password: String(form.get('password')) },
    });
    setBusy(false);
    if (result.data) onSignedIn(result.data.data);
    // The API's detail is in English: the UI says it in its own language.
    else
      setError(
        t(
          result.response.status === 401
            ? 'wrongCredentials'
            : result.response.status === 429
              ? 'tooManyAttempts'
              : 'signInFailed',
        ),
      );
  }

  return (
    <form onSubmit={submit} aria-labelledby="login-title" noValidate>
      <h1 id="login-title">{t('signIn')}</h1>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <p>
        <label htmlFor="username">{t('username')}</label>
        <input id="username" name="username" autoComplete="username" required />
      </p>
      <p>
        <label htmlFor="password">{t('password')}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t('signIn')}
      </button>
    </form>
  );
}

/**
 * Sign in again over the page when the session has ended: a modal dialog, so the page (and
 * whatever was typed in it) stays as it was underneath.
 */
export function SessionDialog({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} aria-labelledby="login-title" onCancel={(e) => e.preventDefault()}>
      <Login notice={t('sessionExpired')} onSignedIn={onSignedIn} />
    </dialog>
  );
}
