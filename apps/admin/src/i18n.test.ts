import { describe, expect, it } from 'vitest';
import { translate, translateCount, UI_LANGUAGES } from './i18n.ts';
import { en } from './messages/en.ts';
import { fi } from './messages/fi.ts';
import { sv } from './messages/sv.ts';
import { formatDate, formatNumber } from './ui/format.ts';

const MESSAGES = { fi, sv, en };
const LANGUAGES = UI_LANGUAGES;
const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();

describe('messages', () => {
  it('are in Finnish, Swedish and English', () => {
    expect(LANGUAGES).toEqual(['fi', 'sv', 'en']);
  });

  it.each(LANGUAGES)('has in %s exactly the Finnish keys, none empty', (language) => {
    expect(Object.keys(MESSAGES[language]).sort()).toEqual(Object.keys(MESSAGES.fi).sort());
    for (const [key, text] of Object.entries(MESSAGES[language]))
      expect(text.trim(), `${language}.${key}`).not.toBe('');
  });

  it.each(LANGUAGES)('has in %s the placeholders of every Finnish message', (language) => {
    const fi = MESSAGES.fi as Record<string, string>;
    const mismatches = Object.entries(MESSAGES[language] as Record<string, string>)
      .filter(([key, text]) => placeholders(text).join() !== placeholders(fi[key]!).join())
      .map(([key]) => key);
    expect(mismatches).toEqual([]);
  });

  it('notices a missing placeholder', () => {
    expect(placeholders('Poista jäsenkunta {name}')).not.toEqual(placeholders('Ta bort'));
    expect(placeholders('{held} pidetty, {planned} sovittu')).toEqual(['{held}', '{planned}']);
  });

  it('fills in parameters', () => {
    expect(translate('fi', 'removeMember', { name: 'Pori' })).toBe('Poista jäsenkunta Pori');
    expect(translate('sv', 'removeMember', { name: 'Björneborg' })).toBe(
      'Ta bort medlemskommunen Björneborg',
    );
    expect(translate('en', 'removeMember', { name: 'Pori' })).toBe('Remove member Pori');
  });

  it('counts in Swedish with its plural forms, grouped as in Finland', () => {
    expect(translateCount('sv', 'municipalityCount', 1)).toBe('1 kommun');
    expect(translateCount('sv', 'municipalityCount', 1234)).toBe('1\u00a0234 kommuner');
    expect(translateCount('sv', 'countPeriods', 2)).toBe('2 verksamhetsperioder');
  });

  it('writes dates and numbers in Swedish as in Finland (sv-FI)', () => {
    expect(formatDate('2025-01-01', 'sv')).toBe('1.1.2025');
    expect(formatNumber(1234.5, 'sv')).toBe('1\u00a0234,5');
  });
});
