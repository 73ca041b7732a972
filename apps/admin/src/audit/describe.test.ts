import { describe, expect, it } from 'vitest';
import { describeImport, describeValue, nameOf } from './describe.ts';

describe('the audit log in words', () => {
  it('summarises an import in one sentence, counted in Finnish', () => {
    const summary = {
      kind: 'members',
      changes: {
        created: { participations: 2, periods: 0, themes: 0, networks: 0, sources: 0 },
        updated: { participations: 0 },
        deleted: { participations: 1 },
        unchanged: { participations: 20 },
      },
    };
    expect(describeImport(summary, 'fi')).toBe(
      'Tuotiin jäsenet: lisättiin 2 jäsenyyttä, poistettiin 1 jäsenyys.',
    );
    expect(describeImport(summary, 'en')).toBe(
      'Imported members: created 2 memberships, deleted 1 membership.',
    );
    expect(
      describeImport(
        { kind: 'dataset', changes: { created: { periods: 150, participations: 45150 } } },
        'fi',
      ),
    ).toBe('Tuotiin aineisto: lisättiin 150 toimikautta ja 45\u00a0150 jäsenyyttä.');
  });

  it('shows values as people read them', () => {
    expect(describeValue('startDate', '2025-01-01', 'fi')).toBe('1.1.2025');
    expect(describeValue('role', 'kehittajakunta', 'fi')).toBe('kehittäjäkunta');
    expect(describeValue('name', { fi: 'Teema', en: 'Theme' }, 'en')).toBe('Theme');
    expect(describeValue('keywords', ['a', 'b'], 'fi')).toBe('a, b');
    expect(describeValue('leftOn', undefined, 'fi')).toBe('–');
    expect(nameOf({ label: 'USO 8' }, 'fi')).toBe('USO 8');
    expect(nameOf({ name: { fi: 'Teema' } }, 'en')).toBe('Teema');
  });
});
