import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MUNICIPALITY_COUNTS } from './generated/statistics.generated.ts';
import { REGISTRY_FIRST_DATE, municipalityRegistry as registry } from './registry.ts';

describe('municipality registry on Statistics Finland data', () => {
  it.each([
    ['2026-01-01', 308],
    ['2025-06-30', 308],
    ['2024-12-31', 309],
    ['2021-01-01', 309],
    ['2020-01-01', 310],
    ['2019-01-01', 311],
  ])('has %s → %i municipalities', (date, count) => {
    expect(registry.validOn(date)).toHaveLength(count);
  });

  it("matches StatFi's count for every year 2008–2026", () => {
    expect(MUNICIPALITY_COUNTS.map((c) => c.year)).toEqual(
      Array.from({ length: 19 }, (_, i) => 2008 + i),
    );
    for (const { year, count } of MUNICIPALITY_COUNTS) {
      expect([year, registry.validOn(`${year}-01-01`).length]).toEqual([year, count]);
    }
  });

  it('knows Pertunmaa (588) merged into Mäntyharju (507) on 2025-01-01', () => {
    expect(registry.existsOn('588', '2024-12-31')).toBe(true);
    expect(registry.existsOn('588', '2025-01-01')).toBe(false);
    expect(registry.successors('588')).toEqual([
      {
        code: '507',
        name: { fi: 'Mäntyharju', sv: 'Mäntyharju', en: 'Mäntyharju' },
        effectiveDate: '2025-01-01',
        from: '588',
      },
    ]);
    expect(registry.predecessors('507').map((m) => m.code)).toEqual(['588']);
  });

  it('knows Valtimo (911) merged into Nurmes (541) on 2020-01-01', () => {
    expect(registry.existsOn('911', '2019-12-31')).toBe(true);
    expect(registry.existsOn('911', '2020-01-01')).toBe(false);
    expect(registry.successors('911').map((s) => [s.code, s.effectiveDate])).toEqual([
      ['541', '2020-01-01'],
    ]);
    expect(registry.currentSuccessor('911')?.name.fi).toBe('Nurmes');
  });

  it('follows every abolished code to a municipality that exists today', () => {
    const abolished = registry.municipalities.filter((m) => m.validTo !== null);
    expect(abolished).toHaveLength(114);
    for (const m of abolished) {
      const today = registry.currentSuccessor(m.code)!;
      expect(registry.existsOn(today.code, '2026-01-01'), m.code).toBe(true);
    }
  });

  it('finds municipalities by Finnish or Swedish name, ignoring case and accents', () => {
    expect(registry.findByName('Helsingfors').map((m) => m.code)).toEqual(['091']);
    expect(registry.findByName('ULEÅBORG').map((m) => m.code)).toEqual(['564']);
    expect(registry.findByName('mantyharju').map((m) => m.code)).toEqual(['507']);
    expect(registry.findByName('Björneborg').map((m) => m.code)).toEqual(['609']);
    // Parainen is both the municipality abolished in 2009 (573) and today's 445.
    expect(registry.findByName('Parainen').map((m) => m.code)).toEqual(['445', '573']);
    expect(registry.findByName('Parainen', { validOn: '2026-01-01' }).map((m) => m.code)).toEqual([
      '445',
    ]);
    expect(registry.findByName('Väståboland').map((m) => m.code)).toEqual(['445']);
  });

  it('keeps the region a municipality had on a date', () => {
    expect(registry.regionOn('090', '2020-06-01')).toBe('10');
    expect(registry.regionOn('090', '2021-01-01')).toBe('12');
    expect(registry.region('12')?.name.fi).toBe('Pohjois-Karjala');
  });

  it('spot-checks names and regions against the README', () => {
    const spots = ['091', '853', '564', '478'].map((code) => {
      const m = registry.get(code)!;
      return [m.code, m.name.fi, m.name.sv, m.regionCode];
    });
    expect(spots).toEqual([
      ['091', 'Helsinki', 'Helsingfors', '01'],
      ['853', 'Turku', 'Åbo', '02'],
      ['564', 'Oulu', 'Uleåborg', '17'],
      ['478', 'Maarianhamina', 'Mariehamn', '21'],
    ]);
    expect(registry.regions).toHaveLength(19);
  });

  it('has generated modules that match the reference CSVs', () => {
    const script = fileURLToPath(new URL('../scripts/generate.ts', import.meta.url));
    expect(() =>
      execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
    // A child process that parses every reference CSV (2 MB with the comparison figures): on a
    // busy machine its start alone can take longer than the default test timeout.
  }, 120_000);

  it('starts on 1 January of its oldest classification, 2008', () => {
    expect(REGISTRY_FIRST_DATE).toBe('2008-01-01');
    expect(registry.validOn(REGISTRY_FIRST_DATE)).toHaveLength(415);
  });
});
