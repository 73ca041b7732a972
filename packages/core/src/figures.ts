import type { MunicipalityRegistry } from './municipality-registry.ts';
import type { LocalizedText } from './text.ts';

/**
 * Comparison data (vertailutieto): key figures along indicator × year × municipality, as
 * Kolada keeps them, with a catalogue that says what each indicator is and where it comes from.
 */

/** Where a series of figures comes from. */
export interface FigureSource {
  id: string;
  title: string;
  /** The original publisher, e.g. "Tilastokeskus / Statistics Finland". */
  publisher: string;
  licence: string;
  url?: string;
  /** How the values reached us (the copy we read), and anything to know about it. */
  note: string;
}

/** One year of an indicator: its values follow the municipal division of `areaDivision`. */
export interface IndicatorCoverage {
  year: number;
  /** The year whose municipal division (on 1 January) the values use. */
  areaDivision: number;
  sourceId: string;
}

/** An indicator (tunnusluku) in the catalogue. */
export interface Indicator {
  id: string;
  name: LocalizedText & { sv: string; en: string };
  /** The unit, e.g. `%`, `EUR per capita`, `persons`. */
  unit: string;
  definition: LocalizedText & { en: string };
  /** The years held, ascending, each with its area division and source. */
  coverage: readonly IndicatorCoverage[];
  /** What to know before comparing (mixed years, different measures, third-party copies). */
  caveat?: LocalizedText & { en: string };
}

/** The values of one indicator in one year, by municipality code (of its area division). */
export interface FigureSeries extends IndicatorCoverage {
  indicatorId: string;
  values: ReadonlyMap<string, number>;
}

/** The figures, versioned, with their catalogue and sources. */
export interface FigureTable {
  /** Changes whenever a value or the catalogue changes. */
  version: string;
  indicators: readonly Indicator[];
  sources: readonly FigureSource[];
  series: readonly FigureSeries[];
}

/** How a figure relates to the municipality asked about. */
export type FigureMapping =
  /** The value is the municipality's own, in the area division of its year. */
  | 'same'
  /**
   * The municipality had been merged away by the area division's year: the value is its
   * successor's, for the successor's whole area (never a sum or share of rates).
   */
  | 'successor'
  /** The municipality did not exist in the area division and had no successor in it. */
  | 'none';

/** One figure as answered: the value or null, never an estimate. */
export interface FigureValue {
  indicatorId: string;
  year: number;
  /** Null when the source has no value, or no series for the year (see `nearestYear`). */
  value: number | null;
  /** When there is no series for the year: the nearest year that has one (ties: the earlier). */
  nearestYear: number | null;
  areaDivision: number | null;
  sourceId: string | null;
  /** The code whose value this is, in the area division (differs when mapped to a successor). */
  areaCode: string | null;
  mapping: FigureMapping;
}

/** Lookups over a figure table; build once with `createFigureIndex`. */
export interface FigureIndex {
  readonly table: FigureTable;
  indicator(id: string): Indicator | undefined;
  series(indicatorId: string, year: number): FigureSeries | undefined;
  /** The years with a series, ascending. */
  years(indicatorId: string): number[];
  /** The nearest year with a series (ties: the earlier), or null for an unknown indicator. */
  nearestYear(indicatorId: string, year: number): number | null;
}

export function createFigureIndex(table: FigureTable): FigureIndex {
  const indicators = new Map(table.indicators.map((i) => [i.id, i]));
  const series = new Map(table.series.map((s) => [`${s.indicatorId}/${s.year}`, s]));
  const years = new Map<string, number[]>();
  for (const s of table.series)
    years.set(s.indicatorId, [...(years.get(s.indicatorId) ?? []), s.year]);
  for (const list of years.values()) list.sort((a, b) => a - b);
  return {
    table,
    indicator: (id) => indicators.get(id),
    series: (indicatorId, year) => series.get(`${indicatorId}/${year}`),
    years: (indicatorId) => [...(years.get(indicatorId) ?? [])],
    nearestYear(indicatorId, year) {
      let best: number | null = null;
      for (const y of years.get(indicatorId) ?? []) {
        if (best === null || Math.abs(y - year) < Math.abs(best - year)) best = y;
      }
      return best;
    },
  };
}

/**
 * The code that stands for `code` in the municipal division of `areaDivision` (1 January of
 * that year): itself if it existed then, else the first successor that did, else null.
 */
export function codeInDivision(
  registry: MunicipalityRegistry,
  code: string,
  areaDivision: number,
): { code: string; mapping: 'same' | 'successor' } | null {
  const date = `${areaDivision}-01-01`;
  if (registry.existsOn(code, date)) return { code, mapping: 'same' };
  const successor = registry.successors(code).find((s) => registry.existsOn(s.code, date));
  return successor ? { code: successor.code, mapping: 'successor' } : null;
}

/**
 * Whether a code covers the same area in two municipal divisions: no municipality merged
 * into it between their 1 Januaries (a population counted after a merger is not the area's).
 */
export function sameAreaInDivisions(
  registry: MunicipalityRegistry,
  code: string,
  divisionA: number,
  divisionB: number,
): boolean {
  const from = `${Math.min(divisionA, divisionB)}-01-01`;
  const to = `${Math.max(divisionA, divisionB)}-01-01`;
  return !registry
    .predecessors(code)
    .some((p) => p.validTo !== null && from < p.validTo && p.validTo <= to);
}

/** One figure of a municipality for a year; see `FigureValue`. */
export function figureOf(
  index: FigureIndex,
  registry: MunicipalityRegistry,
  indicatorId: string,
  code: string,
  year: number,
): FigureValue {
  const series = index.series(indicatorId, year);
  if (!series) {
    return {
      indicatorId,
      year,
      value: null,
      nearestYear: index.nearestYear(indicatorId, year),
      areaDivision: null,
      sourceId: null,
      areaCode: null,
      mapping: 'none',
    };
  }
  const mapped = codeInDivision(registry, code, series.areaDivision);
  return {
    indicatorId,
    year,
    value: mapped ? (series.values.get(mapped.code) ?? null) : null,
    nearestYear: null,
    areaDivision: series.areaDivision,
    sourceId: series.sourceId,
    areaCode: mapped?.code ?? null,
    mapping: mapped?.mapping ?? 'none',
  };
}

/** A municipality's figures for a year: one per indicator (all, or those asked for). */
export function municipalityFigures(
  index: FigureIndex,
  registry: MunicipalityRegistry,
  code: string,
  year: number,
  indicatorIds: readonly string[] = index.table.indicators.map((i) => i.id),
): FigureValue[] {
  return indicatorIds.map((id) => figureOf(index, registry, id, code, year));
}
