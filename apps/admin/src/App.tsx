import type { Schemas } from '@verkosto/client';
import { useCallback, useEffect, useState } from 'react';
import { api, setApiLanguage, setCsrfToken } from './api.ts';
import { LanguageContext, translate, type UiLanguage } from './i18n.ts';
import { Login } from './Login.tsx';
import { PeriodList } from './PeriodList.tsx';
import { PeriodMembers } from './PeriodMembers.tsx';

type Me = Schemas['Me'];

/** The shell: skip link, language, who is signed in, and the page the hash names. */
export function App() {
  const [language, setLanguageState] = useState<UiLanguage>('fi');
  const [generation, setGeneration] = useState(0);
  const setLanguage = (next: UiLanguage) => {
    setApiLanguage(next);
    setLanguageState(next);
    setGeneration((g) => g + 1); // reload the page's data in the new language
  };
  const [me, setMe] = useState<Me | null>(null);
  const [hash, setHash] = useState(() => window.location.hash);
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);

  useEffect(() => {
    const onHash = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = translate(language, 'appName');
  }, [language]);
  useEffect(() => {
    api.GET('/v1/auth/me').then(
      (result) => setMe(result.data?.data ?? null),
      () => setMe(null),
    );
  }, []);

  const signOut = useCallback(async () => {
    await api.POST('/v1/auth/logout');
    setCsrfToken(undefined);
    setMe(null);
  }, []);

  const periodId = /^#\/periods\/([a-z0-9-]+)$/.exec(hash)?.[1];
  return (
    <LanguageContext.Provider value={language}>
      <a className="skip" href="#main">
        {t('skip')}
      </a>
      <header>
        <p className="brand">{t('appName')}</p>
        <label>
          {t('language')}{' '}
          <select value={language} onChange={(e) => setLanguage(e.target.value as UiLanguage)}>
            <option value="fi">suomi</option>
            <option value="en">English</option>
          </select>
        </label>
        {me && (
          <p>
            {t('signedInAs')} <strong>{me.name}</strong> ({me.role}){' '}
            <button type="button" onClick={signOut}>
              {t('signOut')}
            </button>
          </p>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {!me ? (
          <Login
            onSignedIn={(session) => {
              setCsrfToken(session.csrfToken);
              setMe({ kind: 'session', name: session.name, role: session.role });
            }}
          />
        ) : periodId ? (
          <PeriodMembers
            key={`${periodId}-${generation}`}
            periodId={periodId}
            canEdit={me.role !== 'viewer'}
          />
        ) : (
          <PeriodList key={generation} />
        )}
      </main>
    </LanguageContext.Provider>
  );
}
