import { type IsoDate, isIsoDate } from './dates.ts';
import type { LocalizedText } from './text.ts';

/**
 * What a network does, by kind. USO's programmes name national seminars, work seminars for
 * developers and contact persons, contact-person meetings, training for elected officials, a
 * joint foresight process and municipality-specific workshops (kuntatyöpajat). A network may use
 * another kind (a slug); these are the ones Verkosto knows by name.
 */
export const ACTIVITY_KINDS = [
  'national-seminar',
  'work-seminar',
  'contact-person-meeting',
  'elected-officials-training',
  'foresight-process',
  'municipal-workshop',
] as const;
export type KnownActivityKind = (typeof ACTIVITY_KINDS)[number];

/** The one kind held for one member municipality, counted against its workshop quota. */
export const MUNICIPAL_WORKSHOP: KnownActivityKind = 'municipal-workshop';

export const ACTIVITY_KIND_NAMES: Record<KnownActivityKind, LocalizedText> = {
  'national-seminar': {
    fi: 'valtakunnallinen seminaari',
    sv: 'nationellt seminarium',
    en: 'national seminar',
  },
  'work-seminar': { fi: 'työseminaari', sv: 'arbetsseminarium', en: 'work seminar' },
  'contact-person-meeting': {
    fi: 'yhteyshenkilötapaaminen',
    sv: 'kontaktpersonsmöte',
    en: 'contact-person meeting',
  },
  'elected-officials-training': {
    fi: 'luottamushenkilöiden valmennus',
    sv: 'utbildning för förtroendevalda',
    en: 'training for elected officials',
  },
  'foresight-process': { fi: 'ennakointiprosessi', sv: 'framsynsprocess', en: 'foresight process' },
  'municipal-workshop': {
    fi: 'kuntatyöpaja',
    sv: 'kommunspecifik workshop',
    en: 'municipal workshop',
  },
};

export function isKnownActivityKind(kind: string): kind is KnownActivityKind {
  return (ACTIVITY_KINDS as readonly string[]).includes(kind);
}

/** Where an activity stands: booked, held (reported), or called off. */
export const ACTIVITY_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/**
 * When an activity takes place: a whole day `YYYY-MM-DD`, or a wall-clock time in Helsinki
 * `YYYY-MM-DDTHH:MM` (Europe/Helsinki, without an offset, so that a seminar at 9.00 stays at
 * 9.00 whether summer time applies or not).
 */
export type ActivityTime = string;

/**
 * Something a network does in a period: a seminar, a meeting, a workshop for one member. It
 * records how many took part, never who: there is no personal data in an activity.
 */
export interface Activity {
  /** Unique across the dataset, e.g. `uso-5-2019-03-05-aloitusseminaari`. */
  id: string;
  periodId: string;
  /** One of `ACTIVITY_KINDS`, or another slug the network uses. */
  kind: string;
  status: ActivityStatus;
  title: LocalizedText;
  description?: LocalizedText;
  /** The first day, or the starting time in Helsinki. */
  start: ActivityTime;
  /**
   * In the same form as `start`: the last day (inclusive, like a period's `endDate`), or the
   * time it ends (exclusive).
   */
  end: ActivityTime;
  /** Themes of the activity's period that it takes up. */
  themeIds: string[];
  /** With a municipal workshop: the member municipality it is held for (its code). */
  municipalityCode?: string;
  /** How many took part: a count, never names. */
  participantCount?: number;
  sources: string[];
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a real date `YYYY-MM-DD` or a date and time `YYYY-MM-DDTHH:MM` (00:00–23:59). */
export function isActivityTime(value: string): value is ActivityTime {
  if (value.length === 10) return isIsoDate(value);
  const match = DATE_TIME.exec(value);
  return match !== null && isIsoDate(match[1]!);
}

/** Whether a time is a whole day (`YYYY-MM-DD`) rather than a time of day. */
export function isAllDay(time: ActivityTime): boolean {
  return time.length === 10;
}

/** The day an activity time falls on. */
export function dayOf(time: ActivityTime): IsoDate {
  return time.slice(0, 10);
}

/** The day after a date. */
export function nextDay(date: IsoDate): IsoDate {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** The day before a date. */
export function previousDay(date: IsoDate): IsoDate {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/**
 * Why a start and an end do not fit together, if they do not: both must have the same form, and
 * the end comes after the start (a whole-day activity may end on the day it starts).
 */
export function activityTimesProblem(
  start: ActivityTime,
  end: ActivityTime,
): 'mixed_forms' | 'end_before_start' | undefined {
  if (isAllDay(start) !== isAllDay(end)) return 'mixed_forms';
  if (isAllDay(start) ? end < start : end <= start) return 'end_before_start';
  return undefined;
}

/**
 * The days an activity covers, first and last (inclusive). A time-of-day activity that ends at
 * midnight ends on the day before.
 */
export function activityDays(activity: Pick<Activity, 'start' | 'end'>): {
  first: IsoDate;
  last: IsoDate;
} {
  const first = dayOf(activity.start);
  if (isAllDay(activity.end)) return { first, last: activity.end };
  const last = activity.end.endsWith('T00:00')
    ? previousDay(dayOf(activity.end))
    : dayOf(activity.end);
  // Only times in the wrong order (which the rules refuse) could end before they start.
  if (last < first) return { first, last: first };
  return { first, last };
}

/** Orders activities by start, then id: the order of a programme and of a calendar. */
export function compareActivities(
  a: Pick<Activity, 'start' | 'id'>,
  b: Pick<Activity, 'start' | 'id'>,
): number {
  // A whole day sorts before the times of that day: `2019-03-05` < `2019-03-05T09:00`.
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
