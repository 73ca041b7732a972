import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadMessages, readStoredLanguage } from './i18n.ts';
import './styles.css';

// The language chosen last is shown from the first paint: its messages load first (Finnish is
// already here; Swedish or English is one small request). Should that fail, Finnish it is.
void loadMessages(readStoredLanguage())
  .catch(() => undefined)
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
