import { describe, expect, it } from 'vitest';
import {
  LANGUAGE_STATUS_CODES,
  LANGUAGE_STATUSES,
  type Municipality,
  municipalityExistsOn,
  nameOn,
  regionOn,
} from './municipality.ts';

const base: Omit<Municipality, 'code' | 'name'> = {
  regionCode: '10',
  languageStatus: 'fi',
  validFrom: null,
  validTo: null,
  mergedInto: null,
};

const pertunmaa: Municipality = {
  ...base,
  code: '588',
  name: { fi: 'Pertunmaa', sv: 'Pertunmaa' },
  validTo: '2025-01-01',
  mergedInto: '507',
};

// Länsi-Turunmaa/Väståboland was formed in 2009 and renamed Parainen/Pargas in 2012.
const parainen: Municipality = {
  ...base,
  code: '445',
  name: { fi: 'Parainen', sv: 'Pargas' },
  regionCode: '02',
  languageStatus: 'sv-fi',
  validFrom: '2009-01-01',
  formerNames: [{ until: '2012-01-01', value: { fi: 'Länsi-Turunmaa', sv: 'Väståboland' } }],
};

// Heinävesi moved from Etelä-Savo (10) to Pohjois-Karjala (12) in 2021.
const heinavesi: Municipality = {
  ...base,
  code: '090',
  name: { fi: 'Heinävesi', sv: 'Heinävesi' },
  regionCode: '12',
  formerRegions: [{ until: '2021-01-01', value: '10' }],
};

describe('municipalityExistsOn', () => {
  it('exists up to the day before validTo', () => {
    expect(municipalityExistsOn(pertunmaa, '1990-01-01')).toBe(true);
    expect(municipalityExistsOn(pertunmaa, '2024-12-31')).toBe(true);
    expect(municipalityExistsOn(pertunmaa, '2025-01-01')).toBe(false);
  });

  it('exists from validFrom on', () => {
    expect(municipalityExistsOn(parainen, '2008-12-31')).toBe(false);
    expect(municipalityExistsOn(parainen, '2009-01-01')).toBe(true);
    expect(municipalityExistsOn(parainen, '2099-01-01')).toBe(true);
  });

  it('always exists with both bounds open', () => {
    expect(municipalityExistsOn(heinavesi, '1865-01-01')).toBe(true);
  });
});

describe('regionOn', () => {
  it('gives the former region before the change and the latest from it on', () => {
    expect(regionOn(heinavesi, '2008-01-01')).toBe('10');
    expect(regionOn(heinavesi, '2020-12-31')).toBe('10');
    expect(regionOn(heinavesi, '2021-01-01')).toBe('12');
    expect(regionOn(heinavesi, '2026-01-01')).toBe('12');
  });

  it('walks several changes, oldest first', () => {
    const moved = {
      ...heinavesi,
      formerRegions: [
        { until: '2010-01-01', value: '09' },
        { until: '2021-01-01', value: '10' },
      ],
    };
    expect(regionOn(moved, '2009-12-31')).toBe('09');
    expect(regionOn(moved, '2010-01-01')).toBe('10');
    expect(regionOn(moved, '2021-01-01')).toBe('12');
  });

  it('gives the latest region when there is no history, or null when there is none', () => {
    expect(regionOn(pertunmaa, '2000-01-01')).toBe('10');
    expect(regionOn({ ...pertunmaa, regionCode: null }, '2000-01-01')).toBeNull();
  });
});

describe('nameOn', () => {
  it('gives the former names before the rename', () => {
    expect(nameOn(parainen, '2009-01-01')).toEqual({ fi: 'Länsi-Turunmaa', sv: 'Väståboland' });
    expect(nameOn(parainen, '2011-12-31')).toEqual({ fi: 'Länsi-Turunmaa', sv: 'Väståboland' });
  });

  it('gives the latest names from the rename on', () => {
    expect(nameOn(parainen, '2012-01-01')).toEqual({ fi: 'Parainen', sv: 'Pargas' });
    expect(nameOn(parainen, '2025-01-01')).toEqual({ fi: 'Parainen', sv: 'Pargas' });
  });

  it('gives the latest names when there is no history', () => {
    expect(nameOn(pertunmaa, '1990-01-01')).toEqual({ fi: 'Pertunmaa', sv: 'Pertunmaa' });
  });
});

describe('language statuses', () => {
  it('map to StatFi’s kielisuhde codes 0–3', () => {
    expect(LANGUAGE_STATUSES).toEqual(['fi', 'fi-sv', 'sv', 'sv-fi']);
    expect(LANGUAGE_STATUSES.map((s) => LANGUAGE_STATUS_CODES[s])).toEqual(['0', '1', '2', '3']);
    expect(Object.keys(LANGUAGE_STATUS_CODES).sort()).toEqual([...LANGUAGE_STATUSES].sort());
  });
});
