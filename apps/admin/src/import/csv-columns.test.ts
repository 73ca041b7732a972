import { usoDataset } from '@verkosto/data';
import {
  MEMBER_COLUMNS,
  parseMembersCsv,
  parseThemesCsv,
  THEME_COLUMNS,
} from '@verkosto/validation';
import { describe, expect, it } from 'vitest';
import { MEMBER_COLUMN_HELP, TEMPLATES, THEME_COLUMN_HELP, templateText } from './csv-columns.ts';

describe('CSV help and templates', () => {
  it('explain exactly the columns the validation reads', () => {
    expect(MEMBER_COLUMN_HELP.map(([c]) => c)).toEqual([...MEMBER_COLUMNS]);
    expect(THEME_COLUMN_HELP.map(([c]) => c)).toEqual([...THEME_COLUMNS]);
    for (const kind of ['members', 'themes'] as const)
      expect(TEMPLATES[kind].example).toHaveLength(TEMPLATES[kind].columns.length);
  });

  it('are templates the validation reads without an issue', () => {
    const members = parseMembersCsv(templateText('members'), { periods: usoDataset.periods });
    expect(members.issues).toEqual([]);
    expect(members.participations[0]).toMatchObject({
      municipalityCode: '507',
      role: 'kehittajakunta',
    });
    const themes = parseThemesCsv(templateText('themes'));
    expect(themes.issues).toEqual([]);
    expect(themes.themes[0]).toMatchObject({ id: 'uso-7-ennakoiva-johtaminen', origin: 'new' });
  });
});
