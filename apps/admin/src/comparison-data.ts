import type { Schemas } from '@verkosto/client';
import { api } from './api.ts';

export type PeriodComparison = Schemas['PeriodComparison'];
export type Statistics = Schemas['ComparisonGroupStatistics'];
type Member = PeriodComparison['data']['members'][number];
type Column = PeriodComparison['data']['indicators'][number];

/** One member's value for one indicator with its comparison group's statistics (null: none). */
export interface MemberCell {
  code: string;
  name: string;
  value: number | null;
  rank: number | null;
  group: Statistics | null;
}

/** The API writes each group once per indicator; a cell names it by index. */
export function cellsOf(comparison: PeriodComparison, column: number): MemberCell[] {
  const indicator: Column = comparison.data.indicators[column]!;
  return comparison.data.members.map((member: Member) => {
    const cell = member.cells[column]!;
    return {
      code: member.code,
      name: member.name,
      value: cell.value,
      rank: cell.rank,
      group: cell.group === null ? null : (indicator.groups[cell.group] ?? null),
    };
  });
}

export const fetchIndicators = () => api.GET('/v1/indicators', {});
export type Indicator = NonNullable<
  Awaited<ReturnType<typeof fetchIndicators>>['data']
>['data'][number];

export async function fetchComparison(
  periodId: string,
  year: number,
  indicators: readonly string[],
) {
  const answer = await api.GET('/v1/periods/{periodId}/comparison', {
    params: { path: { periodId }, query: { year, indicators: indicators.join(',') } },
  });
  // Asked without format=csv, the answer is the JSON shape (the route answers CSV only on request).
  return { ...answer, data: answer.data as PeriodComparison | undefined };
}

export const fetchPeriod = (periodId: string) =>
  api.GET('/v1/periods/{periodId}', { params: { path: { periodId } } });

/** The years any indicator covers, ascending. */
export const yearsOf = (indicators: readonly Indicator[]) =>
  [...new Set(indicators.flatMap((i) => i.years))].sort((a, b) => a - b);

/** A year's default choice: the first indicators that have figures for it (at most four). */
export const defaultIndicators = (indicators: readonly Indicator[], year: number) =>
  indicators
    .filter((i) => i.id !== 'population' && i.years.includes(year))
    .slice(0, 4)
    .map((i) => i.id);

export const csvHref = (periodId: string, year: number, indicators: readonly string[]) =>
  `/v1/periods/${encodeURIComponent(periodId)}/comparison?year=${year}&indicators=${indicators.join(',')}&format=csv`;
