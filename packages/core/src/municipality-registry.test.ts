import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../test/fixtures.ts';
import type { Municipality } from './municipality.ts';
import { createMunicipalityRegistry } from './municipality-registry.ts';

const registry = createMunicipalityRegistry(MUNICIPALITIES, [
  { code: '12', name: { fi: 'Pohjois-Karjala', sv: 'Norra Karelen', en: 'North Karelia' } },
  { code: '10', name: { fi: 'Etelä-Savo', sv: 'Södra Savolax', en: 'South Savo' } },
]);

const codes = (list: readonly Municipality[]) => list.map((m) => m.code);

/** A current municipality with nothing in its history. */
const kunta = (code: string, fi: string, sv = fi, regionCode = '01'): Municipality => ({
  code,
  name: { fi, sv },
  regionCode,
  languageStatus: 'fi',
  validFrom: null,
  validTo: null,
  mergedInto: null,
});

describe('lookups', () => {
  it('lists municipalities and regions by code', () => {
    expect(codes(registry.municipalities)).toEqual([...codes(MUNICIPALITIES)].sort());
    expect(registry.regions.map((r) => r.code)).toEqual(['10', '12']);
  });

  it('gets by code, and nothing for an unknown code', () => {
    expect(registry.get('507')?.name.fi).toBe('Mäntyharju');
    expect(registry.get('999')).toBeUndefined();
    expect(registry.get('91')).toBeUndefined(); // codes are zero-padded
    expect(registry.region('10')?.name.sv).toBe('Södra Savolax');
    expect(registry.region('99')).toBeUndefined();
  });
});

describe('existsOn and validOn', () => {
  it('exists up to the day before validTo', () => {
    expect(registry.existsOn('588', '2024-12-31')).toBe(true); // Pertunmaa
    expect(registry.existsOn('588', '2025-01-01')).toBe(false);
    expect(registry.existsOn('911', '2019-12-31')).toBe(true); // Valtimo
    expect(registry.existsOn('911', '2020-01-01')).toBe(false);
    expect(registry.existsOn('099', '2020-12-31')).toBe(true); // Honkajoki
    expect(registry.existsOn('099', '2021-01-01')).toBe(false);
  });

  it('exists from validFrom on', () => {
    expect(registry.existsOn('445', '2008-12-31')).toBe(false);
    expect(registry.existsOn('445', '2009-01-01')).toBe(true);
    expect(registry.existsOn('902', '2009-12-31')).toBe(false);
    expect(registry.existsOn('902', '2010-01-01')).toBe(true);
    expect(registry.existsOn('902', '2013-01-01')).toBe(false);
  });

  it('never exists for an unknown code', () => {
    expect(registry.existsOn('999', '2020-01-01')).toBe(false);
  });

  it('lists the municipalities that existed on a date, by code', () => {
    expect(codes(registry.validOn('2008-06-01'))).toEqual([
      '090',
      '091',
      '099',
      '214',
      '507',
      '541',
      '564',
      '573',
      '588',
      '901',
      '911',
    ]);
    expect(codes(registry.validOn('2019-12-31'))).toContain('911');
    expect(codes(registry.validOn('2020-01-01'))).not.toContain('911');
    expect(codes(registry.validOn('2025-01-01'))).toEqual([
      '090',
      '091',
      '214',
      '445',
      '507',
      '541',
      '564',
    ]);
  });
});

describe('successors', () => {
  it('gives the municipality a code merged into, with the date', () => {
    expect(registry.successors('588')).toEqual([
      {
        code: '507',
        name: { fi: 'Mäntyharju', sv: 'Mäntyharju' },
        effectiveDate: '2025-01-01',
        from: '588',
      },
    ]);
    expect(registry.successors('911')).toEqual([
      {
        code: '541',
        name: { fi: 'Nurmes', sv: 'Nurmes' },
        effectiveDate: '2020-01-01',
        from: '911',
      },
    ]);
    expect(registry.successors('099').map((s) => [s.code, s.effectiveDate])).toEqual([
      ['214', '2021-01-01'],
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
    expect(registry.successors('902').map((s) => s.code)).toEqual(['564']);
  });

  it('names a successor as it was named when the merger took effect', () => {
    // Parainen (573) merged into Länsi-Turunmaa in 2009, which took the name Parainen in 2012.
    expect(registry.successors('573')).toEqual([
      {
        code: '445',
        name: { fi: 'Länsi-Turunmaa', sv: 'Väståboland' },
        effectiveDate: '2009-01-01',
        from: '573',
      },
    ]);
  });

  it('is empty for a municipality that exists, and for an unknown code', () => {
    expect(registry.successors('091')).toEqual([]);
    expect(registry.successors('507')).toEqual([]);
    expect(registry.successors('999')).toEqual([]);
  });

  it('stops at a successor missing from the registry, and at cycles', () => {
    const broken = createMunicipalityRegistry([
      { ...kunta('001', 'A'), validTo: '2010-01-01', mergedInto: '002' },
      { ...kunta('002', 'B'), validTo: '2011-01-01', mergedInto: '001' },
      { ...kunta('003', 'C'), validTo: '2010-01-01', mergedInto: '404' },
    ]);
    expect(broken.successors('001').map((s) => s.code)).toEqual(['002']);
    expect(broken.successors('002').map((s) => s.code)).toEqual(['001']);
    expect(broken.successors('003')).toEqual([]);
    expect(broken.predecessors('001').map((m) => m.code)).toEqual(['002']);
  });
});

describe('currentSuccessor', () => {
  it('gives the end of the chain', () => {
    expect(registry.currentSuccessor('588')?.code).toBe('507');
    expect(registry.currentSuccessor('911')?.code).toBe('541');
    expect(registry.currentSuccessor('099')?.code).toBe('214');
    expect(registry.currentSuccessor('901')?.code).toBe('564');
    expect(registry.currentSuccessor('573')?.name.fi).toBe('Parainen');
  });

  it('gives the municipality itself while it exists, and nothing for an unknown code', () => {
    expect(registry.currentSuccessor('091')?.code).toBe('091');
    expect(registry.currentSuccessor('999')).toBeUndefined();
  });
});

describe('predecessors', () => {
  it('lists the municipalities that merged in, nearest first, through chains', () => {
    expect(codes(registry.predecessors('507'))).toEqual(['588']);
    expect(codes(registry.predecessors('541'))).toEqual(['911']);
    expect(codes(registry.predecessors('214'))).toEqual(['099']);
    expect(codes(registry.predecessors('564'))).toEqual(['902', '901']);
    expect(codes(registry.predecessors('902'))).toEqual(['901']);
  });

  it('is empty when nothing merged in, and for an unknown code', () => {
    expect(registry.predecessors('091')).toEqual([]);
    expect(registry.predecessors('588')).toEqual([]);
    expect(registry.predecessors('999')).toEqual([]);
  });
});

describe('findByName', () => {
  it('matches Finnish and Swedish names, ignoring case, accents and spacing', () => {
    expect(codes(registry.findByName('HELSINGFORS'))).toEqual(['091']);
    expect(codes(registry.findByName('Helsinki'))).toEqual(['091']);
    expect(codes(registry.findByName('mantyharju'))).toEqual(['507']);
    expect(codes(registry.findByName('  Mäntyharju '))).toEqual(['507']);
    expect(codes(registry.findByName('heinavesi'))).toEqual(['090']);
    expect(codes(registry.findByName('Uleaborg'))).toEqual(['564']);
    expect(codes(registry.findByName('mellankommun'))).toEqual(['902']);
  });

  it('matches former names', () => {
    expect(codes(registry.findByName('Väståboland'))).toEqual(['445']);
    expect(codes(registry.findByName('lansi-turunmaa'))).toEqual(['445']);
  });

  it('finds every municipality that bore a name, filtered by date or region', () => {
    expect(codes(registry.findByName('Parainen'))).toEqual(['445', '573']);
    expect(codes(registry.findByName('pargas'))).toEqual(['445', '573']);
    expect(codes(registry.findByName('Parainen', { validOn: '2008-06-01' }))).toEqual(['573']);
    expect(codes(registry.findByName('Parainen', { validOn: '2020-06-01' }))).toEqual(['445']);
    expect(codes(registry.findByName('Parainen', { regionCode: '02' }))).toEqual(['445']);
    expect(codes(registry.findByName('Honkajoki', { validOn: '2021-01-01' }))).toEqual([]);
  });

  it('needs the whole name', () => {
    expect(registry.findByName('Helsin')).toEqual([]);
    expect(registry.findByName('')).toEqual([]);
  });
});

describe('search', () => {
  it('ranks an exact name before prefixes before substrings', () => {
    const local = createMunicipalityRegistry([
      kunta('140', 'Iisalmi', 'Idensalmi', '11'),
      kunta('142', 'Iitti', 'Iitti', '07'),
      kunta('749', 'Siilinjärvi', 'Siilinjärvi', '11'),
      kunta('972', 'Ii', 'Ii', '17'),
    ]);
    expect(codes(local.search('ii'))).toEqual(['972', '140', '142', '749']);
    expect(codes(local.search('II'))).toEqual(['972', '140', '142', '749']);
  });

  it('breaks ties by Finnish name in Finnish alphabetical order (ä after z)', () => {
    const local = createMunicipalityRegistry([
      kunta('992', 'Äänekoski'),
      kunta('019', 'Aura'),
      kunta('005', 'Alajärvi'),
    ]);
    expect(codes(local.search('a'))).toEqual(['005', '019', '992']);
  });

  it('ranks on the fixtures: prefix (Mäntyharju) before substrings', () => {
    expect(codes(registry.search('nurmes'))).toEqual(['541']);
    expect(codes(registry.search('ha'))).toEqual(['507']);
    // Länsi-Turunmaa is a former name of 445; Pertunmaa also contains "ma".
    expect(codes(registry.search('ma'))).toEqual(['507', '445', '588']);
    // Both Parainens start with "pa"; Kankaanpää only contains it.
    expect(codes(registry.search('pa'))).toEqual(['445', '573', '214']);
  });

  it('matches Swedish and former names by substring', () => {
    expect(codes(registry.search('singf'))).toEqual(['091']);
    expect(codes(registry.search('turunmaa'))).toEqual(['445']);
    expect(codes(registry.search('ÅBORG'))).toEqual(['564']);
  });

  it('finds by code, zero-padding short codes', () => {
    expect(codes(registry.search('91'))).toEqual(['091']);
    expect(codes(registry.search('091'))).toEqual(['091']);
    expect(codes(registry.search(' 99 '))).toEqual(['099']);
    expect(registry.search('1')).toEqual([]);
    expect(registry.search('9999')).toEqual([]);
  });

  it('applies the date filter to code searches too', () => {
    expect(codes(registry.search('099', { validOn: '2020-12-31' }))).toEqual(['099']);
    expect(registry.search('099', { validOn: '2021-01-01' })).toEqual([]);
  });

  it('returns everything, by code, for an empty query', () => {
    expect(codes(registry.search(''))).toEqual(codes(registry.municipalities));
    expect(codes(registry.search('   ', { validOn: '2025-01-01' }))).toEqual(
      codes(registry.validOn('2025-01-01')),
    );
  });

  it('finds nothing when nothing matches', () => {
    expect(registry.search('tampere')).toEqual([]);
  });
});

describe('regions and names over time', () => {
  it('filters by region as it was on the date', () => {
    expect(codes(registry.search('', { validOn: '2020-06-01', regionCode: '10' }))).toEqual([
      '090',
      '507',
      '588',
    ]);
    expect(codes(registry.search('', { validOn: '2021-06-01', regionCode: '10' }))).toEqual([
      '507',
      '588',
    ]);
    expect(codes(registry.search('', { validOn: '2021-06-01', regionCode: '12' }))).toEqual([
      '090',
      '541',
    ]);
    expect(codes(registry.search('', { validOn: '2020-06-01', regionCode: '04' }))).toEqual([
      '099',
      '214',
    ]);
    expect(codes(registry.search('', { validOn: '2025-06-01', regionCode: '10' }))).toEqual([
      '507',
    ]);
  });

  it('filters by the latest region without a date', () => {
    expect(codes(registry.search('', { regionCode: '12' }))).toEqual(['090', '541', '911']);
    expect(codes(registry.search('h', { regionCode: '12' }))).toEqual(['090']);
  });

  it('gives the region on a date', () => {
    expect(registry.regionOn('090', '2020-12-31')).toBe('10');
    expect(registry.regionOn('090', '2021-01-01')).toBe('12');
    expect(registry.regionOn('091', '2010-01-01')).toBe('01');
    expect(registry.regionOn('573', '2008-01-01')).toBeNull();
    expect(registry.regionOn('999', '2020-01-01')).toBeNull();
  });

  it('gives the names on a date', () => {
    expect(registry.nameOn('445', '2011-12-31')).toEqual({
      fi: 'Länsi-Turunmaa',
      sv: 'Väståboland',
    });
    expect(registry.nameOn('445', '2012-01-01')).toEqual({ fi: 'Parainen', sv: 'Pargas' });
    expect(registry.nameOn('091', '2012-01-01')?.sv).toBe('Helsingfors');
    expect(registry.nameOn('999', '2012-01-01')).toBeUndefined();
  });
});
