import { usoDataset } from '@verkosto/data';
import { describe, expect, it } from 'vitest';
import { checkImportMoves } from './import-moves.ts';

const uso5 = usoDataset.periods.find((p) => p.id === 'uso-5')!;
const theme = usoDataset.themes.find((t) => t.periodId === 'uso-5')!;

describe('an import that would move data', () => {
  it('is an error at the owner field of each moved period, theme or activity', () => {
    const activity = {
      id: 'uso-5-seminaari',
      periodId: 'uso-5',
      kind: 'national-seminar' as const,
      status: 'held' as const,
      title: { fi: 'Seminaari' },
      start: '2019-03-01',
      end: '2019-03-01',
      themeIds: [],
      sources: [],
    };
    const issues = checkImportMoves(
      { ...usoDataset, activities: [activity] },
      {
        periods: [
          { ...uso5, label: 'USO 5 (uusi nimi)' },
          { ...uso5, networkId: 'toinen' },
        ],
        themes: [{ ...theme, periodId: 'uso-6' }],
        activities: [{ ...activity, periodId: 'uso-6' }],
      },
    );
    expect(issues.map((i) => [i.code, i.path, i.params])).toEqual([
      [
        'moved_by_import',
        '/periods/1/networkId',
        { kind: 'period', id: 'uso-5', from: 'uso', to: 'toinen' },
      ],
      [
        'moved_by_import',
        '/themes/0/periodId',
        { kind: 'theme', id: theme.id, from: 'uso-5', to: 'uso-6' },
      ],
      [
        'moved_by_import',
        '/activities/0/periodId',
        { kind: 'activity', id: 'uso-5-seminaari', from: 'uso-5', to: 'uso-6' },
      ],
    ]);
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
    expect(issues[0]!.message.fi).toContain('poista se ja luo uusi');
  });

  it('is nothing for new rows and rows that stay where they are, and names a CSV’s line', () => {
    expect(
      checkImportMoves(usoDataset, {
        periods: [{ ...uso5, id: 'uso-9', ordinal: 9 }],
        themes: [{ ...theme, name: { fi: 'Uusi nimi' } }],
      }),
    ).toEqual([]);
    const [moved] = checkImportMoves(
      usoDataset,
      { themes: [theme, { ...theme, periodId: 'uso-6' }] },
      [2, 3],
    );
    expect(moved).toMatchObject({ path: '/themes/1/periodId', line: 3 });
  });
});
