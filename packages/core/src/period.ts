import type { IsoDate } from './dates.ts';
import type { LocalizedText } from './text.ts';

/** Whether a reported count is the number itself or a lower bound of it. */
export const REPORTED_COUNT_BOUNDS = ['exact', 'atLeast'] as const;
export type ReportedCountBound = (typeof REPORTED_COUNT_BOUNDS)[number];

/** A network's term of operation (toimikausi), usually two calendar years. */
export interface Period {
  /** A stable slug, e.g. `uso-5`. */
  id: string;
  networkId: string;
  /** 1 for the first period of the network, 2 for the second, … */
  ordinal: number;
  /** How people call it, e.g. `USO 5`. */
  label: string;
  startDate: IsoDate;
  /** The last day of the period (inclusive). */
  endDate: IsoDate;
  /** The theme that leads the period (pääteema), if a source names one. */
  leadThemeId?: string;
  description?: LocalizedText;
  /** The number of members a source reports, which may differ from the members on record. */
  reportedMemberCount?: number;
  /**
   * How the source gives the count: `exact` (the default when absent), or `atLeast` when it is a
   * lower bound ("yli 20 kehittäjäkuntaa" → at least 20).
   */
  reportedMemberCountBound?: ReportedCountBound;
  sources: string[];
}

export const PERIOD_STATUSES = ['upcoming', 'active', 'ended'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

/** Where a period stands on a date: not begun, running (start and end days included), or over. */
export function periodStatus(
  period: Pick<Period, 'startDate' | 'endDate'>,
  on: IsoDate,
): PeriodStatus {
  if (on < period.startDate) return 'upcoming';
  if (on > period.endDate) return 'ended';
  return 'active';
}

/** The periods of one network in order (by ordinal, then start date). */
export function periodsOfNetwork(periods: readonly Period[], networkId: string): Period[] {
  return periods
    .filter((p) => p.networkId === networkId)
    .sort((a, b) => a.ordinal - b.ordinal || a.startDate.localeCompare(b.startDate));
}

/** The period of the same network that came just before this one, if any. */
export function previousPeriod(periods: readonly Period[], period: Period): Period | undefined {
  const ordered = periodsOfNetwork(periods, period.networkId);
  const index = ordered.findIndex((p) => p.id === period.id);
  return index > 0 ? ordered[index - 1] : undefined;
}

/** Whether two periods share at least one day. */
export function periodsOverlap(
  a: Pick<Period, 'startDate' | 'endDate'>,
  b: Pick<Period, 'startDate' | 'endDate'>,
): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

/** What a network's next period would be: its numbering and a term of `years` after the latest. */
export interface NextPeriod {
  ordinal: number;
  /** The latest label with the next number ("USO 7" → "USO 8"), or empty when there is no pattern. */
  label: string;
  /** The day after the latest period ends, or empty when there is none. */
  startDate: IsoDate | '';
  /** The day before the same date `years` later. */
  endDate: IsoDate | '';
}

/**
 * Proposes a network's next period from its periods: the next ordinal, the label continued, and
 * the term after the latest one (USO runs in two-year terms, so two years by default).
 */
export function nextPeriod(periods: readonly Period[], years = 2): NextPeriod {
  const latest = periods.reduce<Period | undefined>(
    (found, p) => (!found || p.ordinal > found.ordinal ? p : found),
    undefined,
  );
  const ordinal = (latest?.ordinal ?? 0) + 1;
  const prefix = latest ? /^(.*?)\d+$/.exec(latest.label)?.[1] : undefined;
  if (!latest) return { ordinal, label: '', startDate: '', endDate: '' };
  const start = new Date(`${latest.endDate}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() + 1);
  const end = new Date(start);
  end.setUTCFullYear(end.getUTCFullYear() + years);
  end.setUTCDate(end.getUTCDate() - 1);
  return {
    ordinal,
    label: prefix ? `${prefix}${ordinal}` : '',
    startDate: start.toISOString().slice(0, 10) as IsoDate,
    endDate: end.toISOString().slice(0, 10) as IsoDate,
  };
}
