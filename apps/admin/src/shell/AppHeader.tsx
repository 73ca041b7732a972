import type { Schemas } from '@verkosto/client';
import { Button, LanguageMenu, LanguageMenuItem } from 'suomifi-ui-components';
import { type UiLanguage, useLanguage, useT } from '../i18n.ts';
import { NetworkSwitcher } from './NetworkSwitcher.tsx';

/** Each language named in itself, so a reader finds theirs whatever the page is in. */
const LANGUAGES: ReadonlyArray<{ code: UiLanguage; label: string }> = [
  { code: 'fi', label: 'Suomi (FI)' },
  { code: 'sv', label: 'Svenska (SV)' },
  { code: 'en', label: 'English (EN)' },
];

/** The service's name, the network switcher, the language menu and who is signed in. */
export function AppHeader({
  me,
  onLanguage,
  onSignOut,
}: {
  me: Schemas['Me'] | null;
  onLanguage: (language: UiLanguage) => void;
  onSignOut: () => void;
}) {
  const t = useT();
  const language = useLanguage();
  return (
    <header className="app-header">
      <p className="brand">{t('appName')}</p>
      {me && <NetworkSwitcher />}
      <div className="header-tools">
        <LanguageMenu
          buttonText={language.toUpperCase()}
          // The name starts with the visible text (WCAG 2.5.3), then says what the menu does.
          aria-label={`${language.toUpperCase()} – ${t('languageMenu')}`}
          className="language-menu"
        >
          {LANGUAGES.map((item) => (
            <LanguageMenuItem
              key={item.code}
              lang={item.code}
              selected={item.code === language}
              onSelect={() => onLanguage(item.code)}
            >
              {item.label}
            </LanguageMenuItem>
          ))}
        </LanguageMenu>
        {me && (
          <>
            <p>
              {t('signedInAs')} <strong>{me.name}</strong> ({t(`role_${me.role}`)})
            </p>
            <Button variant="secondary" onClick={onSignOut}>
              {t('signOut')}
            </Button>
          </>
        )}
      </div>
    </header>
  );
}
