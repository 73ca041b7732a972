// @vitest-environment jsdom

import { cleanup, render, screen } from '@testing-library/react';
import { type IssueCode, issue } from '@verkosto/validation';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageContext, type UiLanguage } from '../i18n.ts';
import { Field, FormIssues } from './Field.tsx';
import { type FormIssue, messageOf } from './issues.ts';

afterEach(cleanup);

// Real issues, as @verkosto/validation (and so the API) makes them.
const real = (code: IssueCode, path: string, params: Record<string, string | number> = {}) =>
  issue(code, path, params) as FormIssue;

function Shown({ language, issues }: { language: UiLanguage; issues: FormIssue[] }) {
  return (
    <LanguageContext.Provider value={language}>
      <Field label="sources" path="/sources" issues={issues}>
        {(control) => <input {...control} />}
      </Field>
      <FormIssues issues={issues.filter((i) => i.path !== '/sources')} />
    </LanguageContext.Provider>
  );
}

describe('issue messages', () => {
  const missingSource = real('missing_source', '/sources', { kind: 'period' });

  it('names the sources field by its label, not the data’s field name, in every language', () => {
    // What validation says names the raw field; the admin says it in its own words.
    expect(missingSource.message.fi).toContain('kenttään sources');
    const texts = {
      fi: 'Lähde puuttuu (toimikausi): kerro, mistä tieto on peräisin, lisäämällä lähde kohtaan ”Lähteet”.',
      sv: 'Källa saknas (verksamhetsperiod): ange varifrån uppgiften kommer genom att lägga till en källa under ”Källor”.',
      en: 'No source (period): say where this comes from by adding a source under “Sources”.',
    } as const;
    for (const language of ['fi', 'sv', 'en'] as const) {
      render(<Shown language={language} issues={[missingSource]} />);
      const input = screen.getByLabelText('sources');
      const shown = document.getElementById(input.getAttribute('aria-describedby')!)!;
      expect(shown.textContent).toBe(texts[language]);
      expect(shown.querySelector('[lang]')).toBeNull();
      cleanup();
    }
  });

  it('names a text field by its label in the language of the UI', () => {
    const untrimmed = real('untrimmed_text', '/themes/3/name/sv');
    expect(messageOf(untrimmed, 'sv')).toBe(
      'Texten i fältet ”Namn på svenska” börjar eller slutar med extra mellanslag.',
    );
    expect(messageOf(untrimmed, 'fi')).toBe(
      'Kentän ”Nimi ruotsiksi” tekstin alussa tai lopussa on ylimääräisiä välilyöntejä.',
    );
    const kind = real('unknown_activity_kind', '/kind', { kind: 'työpja', known: 'seminaari' });
    expect(messageOf(kind, 'en')).toBe(
      '“työpja” in “Kind” is not a known kind; known kinds: seminaari.',
    );
  });

  it('falls back to the validation’s message for a code it does not know, marked Finnish in Swedish', () => {
    const duplicate = real('duplicate_id', '/periods/2/id', { id: 'uso-5', first: '/periods/4' });
    render(<Shown language="sv" issues={[duplicate]} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(duplicate.message.fi);
    expect(alert.querySelector('[lang="fi"]')?.textContent).toBe(duplicate.message.fi);
    cleanup();
    render(<Shown language="en" issues={[duplicate]} />);
    expect(screen.getByRole('alert').textContent).toContain(duplicate.message.en);
    expect(screen.getByRole('alert').querySelector('[lang]')).toBeNull();
  });

  it('keeps the validation’s message when a known code lacks what the admin’s words need', () => {
    const bare: FormIssue = {
      code: 'missing_source',
      path: '/sources',
      severity: 'warning',
      message: { fi: 'Lähde puuttuu.', en: 'No source.' },
    };
    expect(messageOf(bare, 'en')).toBe('No source.');
    expect(messageOf(bare, 'sv')).toBe('Lähde puuttuu.');
  });
});
