import {
  ACTIVITY_KINDS,
  type Activity,
  dayOf,
  isKnownActivityKind,
  MUNICIPAL_WORKSHOP,
} from './activity.ts';
import { type IsoDate, yearOf } from './dates.ts';
import type { MunicipalityRegistry } from './municipality-registry.ts';
import type { Participation } from './participation.ts';
import type { Period } from './period.ts';

/** What a count in a programme is counted over: the whole period, or each calendar year of it. */
export const PROGRAMME_SPANS = ['period', 'year'] as const;
export type ProgrammeSpan = (typeof PROGRAMME_SPANS)[number];

/** How many activities of one kind a period's programme plans, as a source states it. */
export interface PlannedCount {
  kind: string;
  /** How many; absent when a source names the activity without a number ("regular meetings"). */
  count?: number;
  per: ProgrammeSpan;
  /** The source's own words for it, verbatim. */
  statedAs?: string;
  sources: string[];
}

/** How many municipal workshops each member may have, per period or per calendar year. */
export interface WorkshopQuota {
  count: number;
  per: ProgrammeSpan;
  /** The source's own words for it, verbatim. */
  statedAs?: string;
  sources: string[];
}

/**
 * A period's programme: the activities it plans by kind, and each member's workshop quota. A
 * period has at most one programme; what no source states is left out, never guessed.
 */
export interface Programme {
  periodId: string;
  planned: PlannedCount[];
  workshopQuota?: WorkshopQuota;
  sources: string[];
}

/** The calendar years a period touches, in order: 2019–2020 → [2019, 2020]. */
export function periodYears(period: Pick<Period, 'startDate' | 'endDate'>): number[] {
  const years: number[] = [];
  for (let year = yearOf(period.startDate); year <= yearOf(period.endDate); year++)
    years.push(year);
  return years;
}

/** A count over the whole period: a yearly count times the calendar years the period touches. */
export function countForPeriod(
  count: { count: number; per: ProgrammeSpan },
  period: Pick<Period, 'startDate' | 'endDate'>,
): number {
  return count.per === 'period' ? count.count : count.count * periodYears(period).length;
}

/** Workshops of one member against its quota; `quota` and `remaining` are null without a quota. */
export interface WorkshopCount {
  quota: number | null;
  /** Held (reported as held). */
  held: number;
  /** Booked and not yet held; cancelled workshops do not count. */
  planned: number;
  /** What the quota still allows; never below zero (the rules report an exceeded quota). */
  remaining: number | null;
}

export interface WorkshopUse extends WorkshopCount {
  /** With a yearly quota: the count for each calendar year of the period. */
  years?: Array<WorkshopCount & { year: number }>;
}

/** Whether a membership holds on a date (its joining and leaving days included). */
export function isMemberOn(member: Participation, date: IsoDate): boolean {
  return (!member.joinedOn || member.joinedOn <= date) && (!member.leftOn || date <= member.leftOn);
}

/**
 * The membership a workshop for `code` on `date` belongs to: the municipality's own, or — after a
 * merger — that of a member municipality merged into it by then (a workshop for Nurmes in 2020
 * belongs to Valtimo's USO 5 membership, Valtimo having merged into Nurmes on 2020-01-01).
 * `members` are the period's members by code.
 */
export function workshopMembership(
  members: ReadonlyMap<string, Participation>,
  registry: MunicipalityRegistry,
  code: string,
  date: IsoDate,
): Participation | undefined {
  const own = members.get(code);
  if (own && isMemberOn(own, date)) return own;
  for (const predecessor of registry.predecessors(code)) {
    if (predecessor.validTo === null || predecessor.validTo > date) continue;
    const member = members.get(predecessor.code);
    if (member && isMemberOn(member, date)) return member;
  }
  return undefined;
}

/** Whether an activity counts against a quota: a municipal workshop that is not cancelled. */
export function countsAsWorkshop(activity: Pick<Activity, 'kind' | 'status'>): boolean {
  return activity.kind === MUNICIPAL_WORKSHOP && activity.status !== 'cancelled';
}

function tally(workshops: readonly Activity[], quota: number | null): WorkshopCount {
  let held = 0;
  let planned = 0;
  for (const w of workshops) {
    if (!countsAsWorkshop(w)) continue;
    if (w.status === 'held') held++;
    else planned++;
  }
  return {
    quota,
    held,
    planned,
    remaining: quota === null ? null : Math.max(0, quota - held - planned),
  };
}

/**
 * One member's workshop use in a period, from the workshops that belong to its membership. With
 * a yearly quota, each calendar year has its own count, and what remains is the sum of what
 * each year still allows (a year's unused workshops do not move to another year).
 */
export function workshopUse(
  period: Pick<Period, 'startDate' | 'endDate'>,
  quota: Pick<WorkshopQuota, 'count' | 'per'> | undefined,
  workshops: readonly Activity[],
): WorkshopUse {
  if (!quota) return tally(workshops, null);
  if (quota.per === 'period') return tally(workshops, quota.count);
  const years = periodYears(period).map((year) => ({
    year,
    ...tally(
      workshops.filter((w) => yearOf(dayOf(w.start)) === year),
      quota.count,
    ),
  }));
  const total = tally(workshops, countForPeriod(quota, period));
  total.remaining = years.reduce((sum, y) => sum + (y.remaining ?? 0), 0);
  return { ...total, years };
}

/**
 * Every member's workshop use in a period, by member code (members without workshops too).
 * Workshops are matched to memberships with `workshopMembership`; one that belongs to no
 * membership is counted nowhere (the rules report it).
 */
export function workshopUseByMember(
  period: Pick<Period, 'id' | 'startDate' | 'endDate'>,
  programme: Pick<Programme, 'workshopQuota'> | undefined,
  members: readonly Participation[],
  activities: readonly Activity[],
  registry: MunicipalityRegistry,
): Map<string, WorkshopUse> {
  const byCode = new Map(
    members.filter((m) => m.periodId === period.id).map((m) => [m.municipalityCode, m]),
  );
  const workshops = new Map<string, Activity[]>([...byCode.keys()].map((code) => [code, []]));
  for (const activity of activities) {
    if (activity.periodId !== period.id || activity.kind !== MUNICIPAL_WORKSHOP) continue;
    if (!activity.municipalityCode) continue;
    const member = workshopMembership(
      byCode,
      registry,
      activity.municipalityCode,
      dayOf(activity.start),
    );
    if (member) workshops.get(member.municipalityCode)!.push(activity);
  }
  const quota = programme?.workshopQuota;
  return new Map(
    [...workshops].map(([code, list]) => [code, workshopUse(period, quota, list)] as const),
  );
}

/** One kind of activity in a period: what the programme plans against what happened. */
export interface KindProgress {
  kind: string;
  /** The programme's count for the whole period; null when it states none (or has no such kind). */
  planned: number | null;
  held: number;
  /** Booked and not yet held. */
  scheduled: number;
  cancelled: number;
}

/**
 * Planned against held for each kind: every kind the programme plans and every kind the
 * period's activities have, known kinds in their order, then the others by name.
 */
export function programmeProgress(
  period: Pick<Period, 'id' | 'startDate' | 'endDate'>,
  programme: Pick<Programme, 'planned'> | undefined,
  activities: readonly Activity[],
): KindProgress[] {
  const rows = new Map<string, KindProgress>();
  const row = (kind: string) => {
    let found = rows.get(kind);
    if (!found) {
      found = { kind, planned: null, held: 0, scheduled: 0, cancelled: 0 };
      rows.set(kind, found);
    }
    return found;
  };
  for (const planned of programme?.planned ?? []) {
    const found = row(planned.kind);
    if (planned.count !== undefined)
      found.planned =
        (found.planned ?? 0) + countForPeriod({ count: planned.count, per: planned.per }, period);
  }
  for (const activity of activities) {
    if (activity.periodId !== period.id) continue;
    const found = row(activity.kind);
    if (activity.status === 'held') found.held++;
    else if (activity.status === 'planned') found.scheduled++;
    else found.cancelled++;
  }
  const order = (kind: string) =>
    isKnownActivityKind(kind) ? ACTIVITY_KINDS.indexOf(kind) : ACTIVITY_KINDS.length;
  return [...rows.values()].sort(
    (a, b) => order(a.kind) - order(b.kind) || a.kind.localeCompare(b.kind),
  );
}
