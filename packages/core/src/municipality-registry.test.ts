import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../test/fixtures.ts';
import { createMunicipalityRegistry } from './municipality-registry.ts';

const registry = createMunicipalityRegistry(MUNICIPALITIES, [
  { code: '10', name: { fi: 'Etelä-Savo', sv: 'Södra Savolax', en: 'South Savo' } },
]);

describe('municipality registry', () => {
  it('knows which municipalities existed on a date, at the boundaries', () => {
    expect(registry.existsOn('588', '2024-12-31')).toBe(true);
    expect(registry.existsOn('588', '2025-01-01')).toBe(false);
    expect(registry.existsOn('902', '2009-12-31')).toBe(false);
    expect(registry.existsOn('902', '2010-01-01')).toBe(true);
    expect(registry.existsOn('999', '2020-01-01')).toBe(false);
    expect(registry.validOn('2025-01-01').map((m) => m.code)).toEqual([
      '090',
      '091',
      '445',
      '507',
      '541',
      '564',
    ]);
  });

  it('follows merger chains to today, with each step’s date', () => {
    expect(registry.successors('901')).toEqual([
      {
        code: '902',
        name: { fi: 'Välikunta', sv: 'Mellankommun' },
        effectiveDate: '2010-01-01',
        from: '901',
      },
      {
        code: '564',
        name: { fi: 'Oulu', sv: 'Uleåborg' },
        effectiveDate: '2013-01-01',
        from: '902',
      },
    ]);
    expect(registry.currentSuccessor('901')?.code).toBe('564');
    expect(registry.currentSuccessor('091')?.code).toBe('091');
    expect(registry.successors('091')).toEqual([]);
    expect(registry.predecessors('564').map((m) => m.code)).toEqual(['902', '901']);
  });

  it('names a successor as it was named when the merger took effect', () => {
    expect(registry.successors('573')[0]!.name).toEqual({
      fi: 'Länsi-Turunmaa',
      sv: 'Väståboland',
    });
  });

  it('finds by Finnish, Swedish and former names, ignoring case and accents', () => {
    expect(registry.findByName('HELSINGFORS').map((m) => m.code)).toEqual(['091']);
    expect(registry.findByName('mantyharju').map((m) => m.code)).toEqual(['507']);
    expect(registry.findByName('Väståboland').map((m) => m.code)).toEqual(['445']);
    expect(registry.findByName('Parainen').map((m) => m.code)).toEqual(['445', '573']);
    expect(registry.findByName('Parainen', { validOn: '2008-06-01' }).map((m) => m.code)).toEqual([
      '573',
    ]);
    expect(registry.findByName('Helsin')).toEqual([]);
  });

  it('searches: exact before prefix before substring, and by code', () => {
    expect(registry.search('nurmes').map((m) => m.code)).toEqual(['541']);
    expect(registry.search('ha').map((m) => m.code)).toEqual(['507']);
    // Prefix (Mäntyharju) before substrings (Länsi-Turunmaa, a former name of 445; Pertunmaa).
    expect(registry.search('ma').map((m) => m.code)).toEqual(['507', '445', '588']);
    expect(registry.search('91').map((m) => m.code)).toEqual(['091']);
    expect(registry.search('').length).toBe(MUNICIPALITIES.length);
  });

  it('filters by region as it was on the date', () => {
    expect(
      registry.search('', { validOn: '2020-06-01', regionCode: '10' }).map((m) => m.code),
    ).toEqual(['090', '507', '588']);
    expect(
      registry.search('', { validOn: '2021-06-01', regionCode: '10' }).map((m) => m.code),
    ).toEqual(['507', '588']);
    expect(registry.regionOn('090', '2020-12-31')).toBe('10');
    expect(registry.regionOn('090', '2021-01-01')).toBe('12');
    expect(registry.nameOn('445', '2011-06-01')?.fi).toBe('Länsi-Turunmaa');
    expect(registry.nameOn('445', '2012-01-01')?.fi).toBe('Parainen');
    expect(registry.region('10')?.name.sv).toBe('Södra Savolax');
  });
});
