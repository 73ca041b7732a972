import { useState } from 'react';
import { api } from './api.ts';
import { useT } from './i18n.ts';

export interface Session {
  name: string;
  role: 'viewer' | 'editor' | 'admin';
  csrfToken: string;
}

export function Login({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
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
    else
      setError(
        (result.error as { detail?: string } | undefined)?.detail ?? result.response.statusText,
      );
  }

  return (
    <form onSubmit={submit} aria-labelledby="login-title" noValidate>
      <h1 id="login-title">{t('signIn')}</h1>
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
