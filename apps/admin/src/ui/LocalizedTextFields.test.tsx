// @vitest-environment jsdom

import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageContext, type UiLanguage } from '../i18n.ts';
import type { FormIssue } from './issues.ts';
import { LocalizedTextFields, textDraft, textOf } from './LocalizedTextFields.tsx';

afterEach(cleanup);

const issue: FormIssue = {
  path: '/description/sv',
  severity: 'error',
  message: { fi: 'Liian pitkä.', en: 'Too long.' },
};

function Description({ language = 'fi' }: { language?: UiLanguage }) {
  const [draft, setDraft] = useState(textDraft('description', { fi: 'Kuvaus', en: 'About' }));
  return (
    <LanguageContext.Provider value={language}>
      <LocalizedTextFields
        text="description"
        draft={draft}
        onChange={(key, value) => setDraft({ ...draft, [key]: value })}
        issues={[issue]}
      />
      <output>{JSON.stringify(textOf('description', draft) ?? null)}</output>
    </LanguageContext.Provider>
  );
}

describe('LocalizedTextFields', () => {
  it('edits a text in Finnish, Swedish and English, each field in its language', () => {
    render(<Description />);
    const sv = screen.getByLabelText('Kuvaus ruotsiksi');
    expect(sv.tagName).toBe('TEXTAREA');
    expect(sv.getAttribute('lang')).toBe('sv');
    expect(screen.getByLabelText('Kuvaus englanniksi')).toHaveProperty('value', 'About');
    fireEvent.change(sv, { target: { value: ' Beskrivning ' } });
    expect(JSON.parse(screen.getByRole('status').textContent!)).toEqual({
      fi: 'Kuvaus',
      sv: 'Beskrivning',
      en: 'About',
    });
  });

  it('shows an issue at its own language’s field only', () => {
    render(<Description language="en" />);
    const sv = screen.getByLabelText('Description in Swedish');
    expect(sv.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(sv.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Too long.',
    );
    expect(screen.getByLabelText('Description in Finnish').getAttribute('aria-invalid')).toBeNull();
  });
});

describe('textOf', () => {
  it('is nothing when no language was typed, and keeps an empty Finnish for the check to name', () => {
    expect(textOf('name', textDraft('name', undefined))).toBeUndefined();
    expect(textOf('name', { 'name.fi': ' ', 'name.sv': 'Namn', 'name.en': '' })).toEqual({
      fi: '',
      sv: 'Namn',
    });
  });
});
