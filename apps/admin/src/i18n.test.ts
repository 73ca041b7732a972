import { describe, expect, it } from 'vitest';
import { MESSAGES, translate } from './i18n.ts';

describe('messages', () => {
  it('has every message in Finnish and English', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.fi).sort());
    for (const [key, text] of Object.entries(MESSAGES.fi)) expect(text.trim(), key).not.toBe('');
  });

  it('fills in parameters', () => {
    expect(translate('fi', 'removeMember', { name: 'Pori' })).toBe('Poista jäsenkunta Pori');
    expect(translate('en', 'removeMember', { name: 'Pori' })).toBe('Remove member Pori');
  });
});
