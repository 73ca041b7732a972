import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadMessages, readStoredLanguage, type UiLanguage } from './i18n.ts';
import './styles.css';

// The language chosen last is shown from the first paint: its messages load first (Finnish is
// already here; Swedish or English is one small request). Should that fail, the page is Finnish,
// and says so (`<html lang="fi">`).
const stored = readStoredLanguage();
void loadMessages(stored)
  .then(
    () => stored,
    (): UiLanguage => 'fi',
  )
  .then((language) =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App initialLanguage={language} />
      </StrictMode>,
    ),
  );
