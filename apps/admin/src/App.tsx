import type { Schemas } from '@verkosto/client';
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { api, listAll, setApiLanguage, setCsrfToken, whenSignedOut } from './api.ts';
import {
  LanguageContext,
  loadMessages,
  storeLanguage,
  translate,
  type UiLanguage,
} from './i18n.ts';
import { Login, SessionDialog } from './Login.tsx';
import { NetworkContext, pickNetwork, storeNetwork } from './networks.ts';
import { mayOpen, PAGES } from './pages.tsx';
import { parseRoute, type Route } from './routes.ts';
import { AppHeader } from './shell/AppHeader.tsx';
import { MainNavigation } from './shell/MainNavigation.tsx';
import { DesignTokens } from './ui/DesignTokens.tsx';
import { NoticeContext } from './ui/notice.ts';
import type { Status } from './ui/StatusMessage.tsx';

type Me = Schemas['Me'];
type Network = Schemas['Network'];

/**
 * The shell: skip link, header (network switcher, language, who is signed in), the main
 * navigation, and the page the hash names. Pages are listed once, in pages.tsx.
 */
export function App({ initialLanguage }: { initialLanguage: UiLanguage }) {
  const [language, setLanguageState] = useState<UiLanguage>(initialLanguage);
  const [generation, setGeneration] = useState(0);
  const setLanguage = (next: UiLanguage) => {
    storeLanguage(next);
    // The page changes language once its messages are here (Swedish and English load on demand).
    void loadMessages(next).then(() => {
      setApiLanguage(next);
      setLanguageState(next);
      setGeneration((g) => g + 1); // reload the page's data in the new language
    });
  };
  useEffect(() => setApiLanguage(language), []);
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    const onHash = () => {
      setRoute(parseRoute(window.location.hash));
      // A new page: move focus to it, as a full page load would, so screen readers announce it.
      main.current?.focus();
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const page = PAGES[route.page];
  const [notice, setNotice] = useState<Status | null>(null);
  useEffect(() => setNotice(null), [route]);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${translate(language, page.title)} – ${translate(language, 'appName')}`;
  }, [language, page]);
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

  // Someone who may not open the page the address names (an editor at #/audit) lands on the
  // first page: never on a refusal.
  useEffect(() => {
    if (me && !mayOpen(page, me.role)) window.location.replace('#/');
  }, [me, page]);

  const [networks, setNetworks] = useState<Network[]>([]);
  const [networkId, setNetworkId] = useState<string | undefined>(undefined);
  const loadNetworks = useCallback(async (select?: string) => {
    const all = await listAll((query) => api.GET('/v1/networks', { params: { query } }));
    setNetworks(all);
    const chosen = pickNetwork(all, select);
    setNetworkId(chosen?.id);
    if (select) storeNetwork(select);
  }, []);
  useEffect(() => {
    if (me) void loadNetworks();
  }, [me, loadNetworks, generation]);
  const selectNetwork = useCallback((id: string) => {
    storeNetwork(id);
    setNetworkId(id);
    if (!window.location.hash.startsWith('#/insights')) window.location.hash = '#/';
  }, []);

  const signOut = useCallback(async () => {
    await api.POST('/v1/auth/logout');
    setCsrfToken(undefined);
    setMe(null);
  }, []);

  const signedIn = (session: { name: string; role: Me['role']; csrfToken: string }) => {
    setCsrfToken(session.csrfToken);
    setMe({ kind: 'session', name: session.name, role: session.role });
  };
  const current = networks.find((n) => n.id === networkId);
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  const Page = page.component;
  return (
    <LanguageContext.Provider value={language}>
      <NetworkContext.Provider
        value={{ networks, current, select: selectNetwork, reload: loadNetworks }}
      >
        <NoticeContext.Provider value={{ notice, notify: setNotice }}>
          <DesignTokens />
          <a className="skip" href="#main">
            {t('skip')}
          </a>
          <AppHeader me={me ?? null} onLanguage={setLanguage} onSignOut={signOut} />
          {me && expired && (
            <SessionDialog
              onSignedIn={(session) => {
                signedIn(session);
                setExpired(false);
              }}
            />
          )}
          <div className="layout">
            {me && <MainNavigation route={route} role={me.role} />}
            <main id="main" ref={main} tabIndex={-1}>
              <Suspense fallback={<p>{t('loading')}</p>}>
                {me === undefined ? (
                  <p>{t('loading')}</p>
                ) : !me ? (
                  <Login onSignedIn={signedIn} />
                ) : !mayOpen(page, me.role) ? (
                  <p>{t('loading')}</p>
                ) : (
                  <Page
                    key={`${generation}-${networkId}-${window.location.hash}`}
                    route={route}
                    role={me.role}
                    me={me}
                  />
                )}
              </Suspense>
            </main>
          </div>
        </NoticeContext.Provider>
      </NetworkContext.Provider>
    </LanguageContext.Provider>
  );
}
