import {
  codeInDivision,
  type FigureIndex,
  type FigureValue,
  figureOf,
  sameAreaInDivisions,
} from './figures.ts';
import type {
  MunicipalityClassifications,
  MunicipalityGroup,
} from './municipality-classification.ts';
import type { MunicipalityRegistry } from './municipality-registry.ts';
import { type GroupSummary, QUANTILE_METHOD, rankOf, summarize } from './statistics.ts';
import type { LocalizedText } from './text.ts';

/**
 * Comparable municipalities (vertailukunnat): those like a municipality in the criteria asked
 * for — StatFi's municipality group, Verkosto's population size class, optionally the region.
 * Every answer carries its `ComparisonMethod`, so a reader can see how the group was made.
 */

/**
 * Population size classes. These are **Verkosto's own**: no source we hold gives StatFi size
 * classes. The bounds follow the round numbers Finnish municipal statistics commonly use;
 * each class includes its lower bound and excludes the next class's.
 */
export const SIZE_CLASSES = [
  { id: 'lt-2000', min: 0, name: { fi: 'alle 2 000', sv: 'under 2 000', en: 'under 2,000' } },
  {
    id: '2000-4999',
    min: 2_000,
    name: { fi: '2 000–4 999', sv: '2 000–4 999', en: '2,000–4,999' },
  },
  {
    id: '5000-9999',
    min: 5_000,
    name: { fi: '5 000–9 999', sv: '5 000–9 999', en: '5,000–9,999' },
  },
  {
    id: '10000-19999',
    min: 10_000,
    name: { fi: '10 000–19 999', sv: '10 000–19 999', en: '10,000–19,999' },
  },
  {
    id: '20000-49999',
    min: 20_000,
    name: { fi: '20 000–49 999', sv: '20 000–49 999', en: '20,000–49,999' },
  },
  {
    id: '50000-99999',
    min: 50_000,
    name: { fi: '50 000–99 999', sv: '50 000–99 999', en: '50,000–99,999' },
  },
  {
    id: 'ge-100000',
    min: 100_000,
    name: { fi: 'vähintään 100 000', sv: 'minst 100 000', en: '100,000 or more' },
  },
] as const satisfies ReadonlyArray<{ id: string; min: number; name: LocalizedText }>;
export type SizeClass = (typeof SIZE_CLASSES)[number]['id'];

/** The size class of a population. */
export function sizeClassOf(population: number): SizeClass {
  let found: SizeClass = SIZE_CLASSES[0].id;
  for (const c of SIZE_CLASSES) if (population >= c.min) found = c.id;
  return found;
}

/** What comparables must share with the municipality. */
export const COMPARISON_CRITERIA = ['group', 'size', 'region'] as const;
export type ComparisonCriterion = (typeof COMPARISON_CRITERIA)[number];
export const DEFAULT_CRITERIA: readonly ComparisonCriterion[] = ['group', 'size'];

/** The indicator whose values give each municipality its size class. */
export const POPULATION_INDICATOR = 'population';

/** How a comparison group was made: returned with every answer. */
export interface ComparisonMethod {
  criteria: ComparisonCriterion[];
  /** The municipal division (1 January of this year) the group and the values are in. */
  areaDivision: number;
  /** The StatFi classification year the group, region and Åland rule come from. */
  classificationYear: number;
  /** False when no classification of `areaDivision`'s year is held and the nearest is used. */
  classificationExact: boolean;
  /** The year of the population that gives the size class (31 December), if size is a criterion. */
  populationYear: number | null;
  /** The area division of that population. */
  populationAreaDivision: number | null;
  quantileMethod: string;
  rankMethod: string;
  /** The method in words. */
  description: string;
}

export interface ComparisonMember {
  code: string;
  group: MunicipalityGroup;
  regionCode: string;
  sizeClass: SizeClass | null;
  population: number | null;
}

/** A municipality's comparison group in one area division and year. */
export interface ComparisonGroup {
  /** The code asked about, and the code that stands for it in the area division. */
  code: string;
  areaCode: string | null;
  method: ComparisonMethod;
  /** The municipality's own attributes; null when it cannot be placed (see `unplaced`). */
  subject: ComparisonMember | null;
  /** Every municipality sharing the criteria, the subject included, by code. */
  members: ComparisonMember[];
  /** Municipalities of the division left out because an attribute is unknown, with why. */
  unplaced: Array<{ code: string; reason: 'not-in-classification' | 'no-population' }>;
}

const RANK_METHOD =
  '1 = highest value; ties share the best rank (1 + the number of strictly greater values); members without a value are not ranked.';

export interface ComparisonContext {
  registry: MunicipalityRegistry;
  classifications: MunicipalityClassifications;
  figures: FigureIndex;
}

/** Comparisons over one context, with the groups of each division, year and criteria memoised. */
export interface Comparator {
  /** The method of the groups of one area division, year and criteria. */
  method(year: number, areaDivision: number, by?: readonly ComparisonCriterion[]): ComparisonMethod;
  group(
    code: string,
    year: number,
    areaDivision: number,
    by?: readonly ComparisonCriterion[],
  ): ComparisonGroup;
  /**
   * One indicator: the municipality's value beside its group's summary and its rank. Answers
   * are memoised and shared: read them, never change them.
   */
  compare(
    code: string,
    indicatorId: string,
    year: number,
    by?: readonly ComparisonCriterion[],
  ): IndicatorComparison;
}

export interface IndicatorComparison {
  figure: FigureValue;
  /** Null when the year has no series (see `figure.nearestYear`). */
  group: ComparisonGroup | null;
  /** Over the group members' values; null when none has a value. */
  summary: GroupSummary | null;
  /** Among the members with a value; null when the municipality has none or is unplaced. */
  rank: number | null;
}

function describe(method: Omit<ComparisonMethod, 'description'>): string {
  const parts: string[] = [];
  if (method.criteria.includes('group'))
    parts.push('the same Statistics Finland municipality group (urban / semi-urban / rural)');
  if (method.criteria.includes('size'))
    parts.push(
      `the same population size class (Verkosto's own classes, on the population of 31 Dec ${method.populationYear}, area division ${method.populationAreaDivision})`,
    );
  if (method.criteria.includes('region')) parts.push('the same region (maakunta)');
  const classification = method.classificationExact
    ? `the ${method.classificationYear} classification`
    : `the ${method.classificationYear} classification, the nearest held to ${method.areaDivision} (no ${method.areaDivision} classification is held)`;
  return `Municipalities of the ${method.areaDivision} municipal division sharing ${parts.join(', ') || 'nothing'} with the municipality, by ${classification}; Åland (region 21) is compared only with Åland and the mainland only with the mainland. The municipality itself is in its group. Municipalities whose attributes are unknown are left out and listed. Quartiles: ${method.quantileMethod} Rank: ${method.rankMethod}`;
}

export function createComparator(context: ComparisonContext): Comparator {
  const { registry, classifications, figures } = context;
  interface Placement {
    key: string;
    method: ComparisonMethod;
    members: ComparisonMember[];
    unplaced: ComparisonGroup['unplaced'];
    /** The members by partition (see `partitionOf`), and by code. */
    partitions: Map<string, ComparisonMember[]>;
    byCode: Map<string, ComparisonMember>;
  }
  const memo = new Map<string, Placement>();
  // Each group's values with their summary: a period's members share them.
  const statistics = new Map<string, { values: number[]; summary: GroupSummary | null }>();
  // Each municipality's comparison per indicator, year and criteria: the figures do not change,
  // so a period's comparison asked again (for another period or language) recomputes nothing.
  // Bounded by series × criteria × municipalities.
  const comparisons = new Map<string, IndicatorComparison>();

  /** The partition a member falls in: Åland or not, then each criterion's value. */
  const partitionOf = (m: ComparisonMember, criteria: readonly ComparisonCriterion[]) =>
    [
      m.regionCode === '21' ? 'ax' : 'mainland',
      criteria.includes('group') ? m.group : '',
      criteria.includes('size') ? m.sizeClass : '',
      criteria.includes('region') ? m.regionCode : '',
    ].join('|');

  /** Every municipality of the division, placed by the criteria; one pass per key. */
  const placed = (year: number, areaDivision: number, by: readonly ComparisonCriterion[]) => {
    const criteria = COMPARISON_CRITERIA.filter((c) => by.includes(c));
    const key = `${areaDivision}/${year}/${criteria.join(',')}`;
    const hit = memo.get(key);
    if (hit) return hit;
    const { classification, exact } = classifications.nearest(areaDivision);
    const bySize = criteria.includes('size');
    const populationYear = bySize ? figures.nearestYear(POPULATION_INDICATOR, year) : null;
    const population =
      populationYear === null ? undefined : figures.series(POPULATION_INDICATOR, populationYear);
    const members: ComparisonMember[] = [];
    const unplaced: ComparisonGroup['unplaced'] = [];
    for (const m of registry.validOn(`${areaDivision}-01-01`)) {
      const attributes = classifications.attributes(m.code, classification.year);
      if (!attributes) {
        unplaced.push({ code: m.code, reason: 'not-in-classification' });
        continue;
      }
      let people: number | null = null;
      if (population) {
        // A population counted on another division stands for this municipality only when the
        // code covers the same area in both (no merger in between, in either direction).
        people = sameAreaInDivisions(registry, m.code, population.areaDivision, areaDivision)
          ? (population.values.get(m.code) ?? null)
          : null;
        if (people === null) {
          unplaced.push({ code: m.code, reason: 'no-population' });
          continue;
        }
      }
      members.push({
        code: m.code,
        group: attributes.group,
        regionCode: attributes.regionCode,
        sizeClass: people === null ? null : sizeClassOf(people),
        population: people,
      });
    }
    const partial = {
      criteria: [...criteria],
      areaDivision,
      classificationYear: classification.year,
      classificationExact: exact,
      populationYear,
      populationAreaDivision: population?.areaDivision ?? null,
      quantileMethod: QUANTILE_METHOD,
      rankMethod: RANK_METHOD,
    };
    const partitions = new Map<string, ComparisonMember[]>();
    for (const m of members) {
      const partition = partitionOf(m, criteria);
      partitions.set(partition, [...(partitions.get(partition) ?? []), m]);
    }
    const method = { ...partial, description: describe(partial) };
    const byCode = new Map(members.map((m) => [m.code, m]));
    const entry: Placement = { key, method, members, unplaced, partitions, byCode };
    memo.set(key, entry);
    return entry;
  };

  const groupOf = (
    code: string,
    year: number,
    areaDivision: number,
    by: readonly ComparisonCriterion[],
  ) => {
    const placement = placed(year, areaDivision, by);
    const mapped = codeInDivision(registry, code, areaDivision);
    const subject = mapped ? placement.byCode.get(mapped.code) : undefined;
    const partition = subject ? partitionOf(subject, placement.method.criteria) : undefined;
    const found: ComparisonGroup = {
      code,
      areaCode: mapped?.code ?? null,
      method: placement.method,
      subject: subject ?? null,
      // Shared with the memo: `group` hands out a copy, `compare` only reads it.
      members: partition ? placement.partitions.get(partition)! : [],
      unplaced: placement.unplaced,
    };
    return { found, placement, partition };
  };
  const group: Comparator['group'] = (code, year, areaDivision, by = DEFAULT_CRITERIA) => {
    const { found } = groupOf(code, year, areaDivision, by);
    return { ...found, members: [...found.members] };
  };

  return {
    method: (year, areaDivision, by = DEFAULT_CRITERIA) => placed(year, areaDivision, by).method,
    group,
    compare(code, indicatorId, year, by = DEFAULT_CRITERIA) {
      const memoKey = `${indicatorId}/${year}/${code}/${by.join(',')}`;
      const known = comparisons.get(memoKey);
      if (known) return known;
      const figure = figureOf(figures, registry, indicatorId, code, year);
      const series = figures.series(indicatorId, year);
      // Not memoised: an index that loads series on demand may not hold this one yet.
      if (!series) return { figure, group: null, summary: null, rank: null };
      const { found, placement, partition } = groupOf(code, year, series.areaDivision, by);
      if (partition === undefined) return { figure, group: found, summary: null, rank: null };
      const key = `${indicatorId}/${year}/${placement.key}/${partition}`;
      let stats = statistics.get(key);
      if (!stats) {
        const values: number[] = [];
        for (const m of found.members) {
          const v = series.values.get(m.code);
          if (v !== undefined) values.push(v);
        }
        stats = { values, summary: summarize(values) };
        statistics.set(key, stats);
      }
      const result = {
        figure,
        group: found,
        summary: stats.summary,
        rank: figure.value !== null ? rankOf(stats.values, figure.value) : null,
      };
      comparisons.set(memoKey, result);
      return result;
    },
  };
}
