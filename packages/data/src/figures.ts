/**
 * The comparison figures (vertailutieto) alone: a separate entry, so the main entry stays small
 * and a browser loads the figures only when it needs them.
 */
import {
  createFigureIndex,
  type FigureIndex,
  type FigureSeries,
  type FigureTable,
  type Indicator,
  type IndicatorCoverage,
} from '@verkosto/core';
import { FIGURE_CATALOGUE, FIGURE_SOURCES } from './figures/catalogue.ts';
import { FIGURE_DIVISIONS, FIGURE_SERIES, FIGURES_VERSION } from './generated/figures.generated.ts';

export { FIGURE_ATTRIBUTION, FIGURE_CATALOGUE, FIGURE_SOURCES } from './figures/catalogue.ts';
export { FIGURES_VERSION } from './generated/figures.generated.ts';

const codesOf = (division: number) => {
  const all = FIGURE_DIVISIONS[String(division)]!;
  return Array.from({ length: all.length / 3 }, (_, i) => all.slice(i * 3, i * 3 + 3));
};

const series: FigureSeries[] = FIGURE_SERIES.map(
  ([indicatorId, year, areaDivision, sourceId, values]) => {
    const codes = codesOf(areaDivision);
    const map = new Map<string, number>();
    values.forEach((v, i) => {
      if (v !== null) map.set(codes[i]!, v);
    });
    return { indicatorId, year, areaDivision, sourceId, values: map };
  },
);

const indicators: Indicator[] = FIGURE_CATALOGUE.map((entry) => ({
  ...entry,
  coverage: series
    .filter((s) => s.indicatorId === entry.id)
    .map(
      ({ year, areaDivision, sourceId }): IndicatorCoverage => ({ year, areaDivision, sourceId }),
    ),
}));

/** Every figure, with its catalogue and sources. */
export const FIGURES: FigureTable = {
  version: FIGURES_VERSION,
  indicators,
  sources: FIGURE_SOURCES,
  series,
};

/** Lookups over `FIGURES`. */
export const figureIndex: FigureIndex = createFigureIndex(FIGURES);
