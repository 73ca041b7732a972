import type { Schemas } from '@verkosto/client';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { api, setApiLanguage, setCsrfToken, whenSignedOut } from './api.ts';
import { LanguageContext, type MessageKey, translate, type UiLanguage } from './i18n.ts';
import { Login, SessionDialog } from './Login.tsx';
import { PeriodList } from './PeriodList.tsx';
import { PeriodPage } from './PeriodPage.tsx';
import { parseRoute, type Route } from './routes.ts';

type Me = Schemas['Me'];

// The pages fewer people open load when first opened, keeping the first load small.
const AuditLog = lazy(() => import('./AuditLog.tsx').then((m) => ({ default: m.AuditLog })));
const ImportExport = lazy(() =>
  import('./ImportExport.tsx').then((m) => ({ default: m.ImportExport })),
);
const Accounts = lazy(() => import('./Accounts.tsx').then((m) => ({ default: m.Accounts })));
const Insights = lazy(() => import('./Insights.tsx').then((m) => ({ default: m.Insights })));

const NAV: Array<{ page: Route['page']; href: string; label: MessageKey; adminOnly?: boolean }> = [
  { page: 'periods', href: '#/', label: 'periods' },
  { page: 'insights', href: '#/insights', label: 'insights' },
  { page: 'import', href: '#/import', label: 'importExport' },
  { page: 'audit', href: '#/audit', label: 'audit', adminOnly: true },
  { page: 'accounts', href: '#/accounts', label: 'accounts', adminOnly: true },
];

/** The shell: skip link, language, who is signed in, navigation, and the page the hash names. */
export function App() {
  const [language, setLanguageState] = useState<UiLanguage>('fi');
  const [generation, setGeneration] = useState(0);
  const setLanguage = (next: UiLanguage) => {
    setApiLanguage(next);
    setLanguageState(next);
    setGeneration((g) => g + 1); // reload the page's data in the new language
  };
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  const main = useRef<HTMLElement>(null);
  const t = (key: MessageKey) => translate(language, key);

  useEffect(() => {
    const onHash = () => {
      setRoute(parseRoute(window.location.hash));
      // A new page: move focus to it, as a full page load would, so screen readers announce it.
      main.current?.focus();
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${translate(language, NAV.find((n) => n.page === route.page)?.label ?? 'periods')} – ${translate(language, 'appName')}`;
  }, [language, route]);
  const [expired, setExpired] = useState(false);
  useEffect(() =>
    whenSignedOut(() => {
      // The session ended under us (8 hours, or signed out elsewhere): sign in again in a
      // dialog over the page, so what was typed stays in its form.
      setCsrfToken(undefined);
      setExpired(true);
    }),
  );
  useEffect(() => {
    api.GET('/v1/auth/me').then(
      (result) => {
        // A reloaded page: the session cookie survived, and /auth/me gives its CSRF token again.
        setCsrfToken(result.data?.data.csrfToken);
        setMe(result.data?.data ?? null);
      },
      () => setMe(null),
    );
  }, []);

  const signOut = useCallback(async () => {
    await api.POST('/v1/auth/logout');
    setCsrfToken(undefined);
    setMe(null);
  }, []);

  const canEdit = me?.role === 'editor' || me?.role === 'admin';
  const isAdmin = me?.role === 'admin';
  const key = `${generation}`;
  return (
    <LanguageContext.Provider value={language}>
      <a className="skip" href="#main">
        {t('skip')}
      </a>
      <header>
        <p className="brand">{t('appName')}</p>
        <label className="inline">
          {t('language')}{' '}
          <select value={language} onChange={(e) => setLanguage(e.target.value as UiLanguage)}>
            <option value="fi">suomi</option>
            <option value="en">English</option>
          </select>
        </label>
        {me && (
          <p>
            {t('signedInAs')} <strong>{me.name}</strong> ({t(`role_${me.role}`)}){' '}
            <button type="button" className="secondary" onClick={signOut}>
              {t('signOut')}
            </button>
          </p>
        )}
      </header>
      {me && (
        <nav aria-label={t('mainNav')}>
          <ul>
            {NAV.filter((item) => !item.adminOnly || isAdmin).map((item) => (
              <li key={item.page}>
                <a
                  href={item.href}
                  aria-current={
                    item.page === route.page || (item.page === 'periods' && route.page === 'period')
                      ? 'page'
                      : undefined
                  }
                >
                  {t(item.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {me && expired && (
        <SessionDialog
          onSignedIn={(session) => {
            setCsrfToken(session.csrfToken);
            setMe({ kind: 'session', name: session.name, role: session.role });
            setExpired(false);
          }}
        />
      )}
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<p>{t('loading')}</p>}>
          {me === undefined ? (
            <p>{t('loading')}</p>
          ) : !me ? (
            <Login
              onSignedIn={(session) => {
                setCsrfToken(session.csrfToken);
                setMe({ kind: 'session', name: session.name, role: session.role });
              }}
            />
          ) : route.page === 'period' ? (
            <PeriodPage
              key={`${route.periodId}-${key}`}
              periodId={route.periodId}
              canEdit={canEdit}
            />
          ) : route.page === 'import' ? (
            <ImportExport key={key} canEdit={canEdit} />
          ) : route.page === 'accounts' ? (
            isAdmin ? (
              <Accounts key={key} me={me.name} />
            ) : (
              <p>{t('adminOnly')}</p>
            )
          ) : route.page === 'audit' ? (
            isAdmin ? (
              <AuditLog key={key} />
            ) : (
              <p>{t('adminOnly')}</p>
            )
          ) : route.page === 'insights' ? (
            <Insights key={key} />
          ) : (
            <PeriodList key={key} canEdit={canEdit} />
          )}
        </Suspense>
      </main>
    </LanguageContext.Provider>
  );
}
