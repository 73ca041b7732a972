import { describe, expect, it } from 'vitest';
import { createComparator, SIZE_CLASSES, sizeClassOf } from './comparables.ts';
import {
  codeInDivision,
  createFigureIndex,
  type FigureSeries,
  municipalityFigures,
  sameAreaInDivisions,
} from './figures.ts';
import type { Municipality } from './municipality.ts';
import {
  createMunicipalityClassifications,
  type MunicipalityAttributes,
  type MunicipalityGroup,
} from './municipality-classification.ts';
import { createMunicipalityRegistry } from './municipality-registry.ts';

/**
 * A hand-worked world: five mainland municipalities and one in Åland; Epsilon (005) merges
 * into Beta (002) on 2021-01-01. Every expected number below is worked out by hand.
 */
const town = (
  code: string,
  regionCode: string,
  extra: Partial<Municipality> = {},
): Municipality => ({
  code,
  name: { fi: `Kunta ${code}`, sv: `Kommun ${code}` },
  regionCode,
  languageStatus: 'fi',
  validFrom: null,
  validTo: null,
  mergedInto: null,
  ...extra,
});
const registry = createMunicipalityRegistry([
  town('001', '01'),
  town('002', '02'),
  town('003', '01'),
  town('004', '01'),
  town('005', '02', { validTo: '2021-01-01', mergedInto: '002' }),
  town('006', '21'),
]);
const attrs = (
  year: number,
  code: string,
  regionCode: string,
  group: MunicipalityGroup,
): MunicipalityAttributes => ({
  code,
  classificationYear: year,
  regionCode,
  subregionCode: `${regionCode}1`,
  wellbeingServicesCountyCode: null,
  languageStatus: 'fi',
  group,
});
const classifications = createMunicipalityClassifications([
  {
    year: 2019,
    attributes: [
      attrs(2019, '001', '01', 'urban'),
      attrs(2019, '002', '02', 'urban'),
      attrs(2019, '003', '01', 'urban'),
      attrs(2019, '004', '01', 'rural'),
      attrs(2019, '005', '02', 'rural'),
      attrs(2019, '006', '21', 'urban'),
    ],
    subregions: [],
    wellbeingServicesCounties: [],
  },
  {
    year: 2026,
    attributes: [
      attrs(2026, '001', '01', 'urban'),
      attrs(2026, '002', '02', 'urban'),
      attrs(2026, '003', '01', 'urban'),
      attrs(2026, '004', '01', 'rural'),
      attrs(2026, '006', '21', 'urban'),
    ],
    subregions: [],
    wellbeingServicesCounties: [],
  },
]);
const series = (
  indicatorId: string,
  year: number,
  areaDivision: number,
  values: Record<string, number>,
): FigureSeries => ({
  indicatorId,
  year,
  areaDivision,
  sourceId: 'hand',
  values: new Map(Object.entries(values)),
});
const figures = createFigureIndex({
  version: 'test',
  sources: [],
  indicators: [],
  series: [
    // 2018 on the 2019 division: 001, 002, 003 and 006 are 20 000–49 999; 004, 005 2 000–4 999.
    series('population', 2018, 2019, {
      '001': 25_000,
      '002': 30_000,
      '003': 45_000,
      '004': 3_000,
      '005': 2_500,
      '006': 21_000,
    }),
    // 2022 on the 2024 division: 002 includes Epsilon.
    series('population', 2022, 2024, {
      '001': 26_000,
      '002': 33_000,
      '003': 46_000,
      '004': 2_900,
      '006': 21_000,
    }),
    series('rate', 2018, 2019, { '001': 10, '002': 20, '003': 40, '004': 5, '005': 7, '006': 99 }),
    series('rate', 2022, 2023, { '001': 12, '002': 18, '003': 30, '004': 6, '006': 50 }),
  ],
});
const comparator = createComparator({ registry, classifications, figures });

describe('size classes (Verkosto’s own)', () => {
  it('include their lower bound and exclude the next class’s', () => {
    expect(sizeClassOf(1_999)).toBe('lt-2000');
    expect(sizeClassOf(2_000)).toBe('2000-4999');
    expect(sizeClassOf(49_999)).toBe('20000-49999');
    expect(sizeClassOf(100_000)).toBe('ge-100000');
    expect(SIZE_CLASSES.map((c) => c.min)).toEqual([
      0, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000,
    ]);
  });
});

describe('comparable municipalities', () => {
  it('groups by municipality group and size class, Åland apart, itself included', () => {
    const result = comparator.compare('001', 'rate', 2018);
    expect(result.group?.members.map((m) => m.code)).toEqual(['001', '002', '003']);
    // Values 10, 20, 40: median 20; q1 h = 0.5 → 10 + 0.5·10 = 15; q3 h = 1.5 → 20 + 0.5·20 = 30.
    expect(result.summary).toEqual({ n: 3, min: 10, q1: 15, median: 20, q3: 30, max: 40 });
    expect(result.rank).toBe(3);
    expect(result.group?.method).toMatchObject({
      criteria: ['group', 'size'],
      areaDivision: 2019,
      classificationYear: 2019,
      classificationExact: true,
      populationYear: 2018,
      populationAreaDivision: 2019,
    });
    expect(result.group?.method.description).toContain('Åland');
    expect(comparator.method(2018, 2019)).toBe(result.group?.method);
  });

  it('memoises answers, but not while the index lacks the series (loaded on demand)', () => {
    // An index whose series arrive later, as the API's figure store loads them by key.
    const held = new Map<string, FigureSeries>();
    const lazy = {
      ...figures,
      series: (id: string, year: number) => held.get(`${id}/${year}`),
    };
    const later = createComparator({ registry, classifications, figures: lazy });
    held.set('population/2018', figures.series('population', 2018)!);
    expect(later.compare('001', 'rate', 2018).group).toBeNull();
    held.set('rate/2018', figures.series('rate', 2018)!);
    const loaded = later.compare('001', 'rate', 2018);
    expect(loaded.summary?.median).toBe(20);
    // Asked again: the same answer, not recomputed.
    expect(later.compare('001', 'rate', 2018)).toBe(loaded);
  });

  it('narrows to the region when asked', () => {
    const result = comparator.compare('001', 'rate', 2018, ['group', 'size', 'region']);
    expect(result.group?.members.map((m) => m.code)).toEqual(['001', '003']);
    expect(result.summary?.median).toBe(25);
  });

  it('compares Åland only with Åland', () => {
    const result = comparator.compare('006', 'rate', 2018);
    expect(result.group?.members.map((m) => m.code)).toEqual(['006']);
    expect(result.rank).toBe(1);
  });

  it('maps a merged municipality to its successor, and groups the successor', () => {
    // Epsilon (005) was merged into Beta (002) by the 2023 division: the value is Beta's, for
    // Beta's whole area; the nearest classification held to 2023 is 2026 (3 years, not 4).
    const result = comparator.compare('005', 'rate', 2022);
    expect(result.figure).toMatchObject({ value: 18, areaCode: '002', mapping: 'successor' });
    expect(result.group?.method).toMatchObject({
      areaDivision: 2023,
      classificationYear: 2026,
      classificationExact: false,
      populationYear: 2022,
      populationAreaDivision: 2024,
    });
    // 001 (26 000), 002 (33 000), 003 (46 000): values 12, 18, 30 → q1 15, median 18, q3 24.
    expect(result.summary).toEqual({ n: 3, min: 12, q1: 15, median: 18, q3: 24, max: 30 });
    expect(result.rank).toBe(2);
  });

  it('uses the merged municipality’s own value in a division where it still existed', () => {
    const result = comparator.compare('005', 'rate', 2018);
    expect(result.figure).toMatchObject({ value: 7, areaCode: '005', mapping: 'same' });
    // Rural 2 000–4 999: 004 (3 000) and 005 (2 500), values 5 and 7.
    expect(result.group?.members.map((m) => m.code)).toEqual(['004', '005']);
    expect(result.summary?.median).toBe(6);
  });

  it('answers null with the nearest year, never an estimate', () => {
    // 2020 lies 2 years from both 2018 and 2022: the earlier wins.
    const result = comparator.compare('001', 'rate', 2020);
    expect(result.figure).toMatchObject({ value: null, nearestYear: 2018, mapping: 'none' });
    expect(result.group).toBeNull();
    expect(municipalityFigures(figures, registry, '001', 2030, ['rate'])[0]?.nearestYear).toBe(
      2022,
    );
  });

  it('leaves out a municipality whose population covers another area, and says why', () => {
    // On the 2020 division with the 2022 population (2024 division), Beta's count includes
    // Epsilon, merged on 2021-01-01: Beta is unplaced, not put in a size class it did not have.
    const group = comparator.group('001', 2023, 2020);
    expect(group.unplaced).toContainEqual({ code: '002', reason: 'no-population' });
    expect(sameAreaInDivisions(registry, '002', 2019, 2024)).toBe(false);
    expect(sameAreaInDivisions(registry, '002', 2021, 2024)).toBe(true);
    expect(codeInDivision(registry, '005', 2020)).toEqual({ code: '005', mapping: 'same' });
    expect(codeInDivision(registry, '005', 2021)).toEqual({ code: '002', mapping: 'successor' });
  });
});

describe('municipality classifications', () => {
  it('picks the nearest held year, the earlier on a tie, and says when it is not exact', () => {
    expect(classifications.nearest(2019)).toMatchObject({ exact: true });
    expect(classifications.nearest(2022).classification.year).toBe(2019);
    expect(classifications.nearest(2023).classification.year).toBe(2026);
    expect(classifications.nearest(2023).exact).toBe(false);
    expect(classifications.attributes('005', 2026)).toBeUndefined();
    expect(classifications.attributes('005', 2019)?.group).toBe('rural');
  });
});
