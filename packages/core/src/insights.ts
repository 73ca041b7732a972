import { type Dataset, membersOf } from './dataset.ts';
import type { MunicipalityRegistry } from './municipality-registry.ts';
import { type Period, periodsOfNetwork, type ReportedCountBound } from './period.ts';
import type { ThemeOrigin } from './theme.ts';

/** How a period's members compare with the period before it. */
export interface MemberComparison {
  previousPeriodId: string;
  /** Members that were not members of the previous period. */
  newMembers: string[];
  /** Members of the previous period too (directly, or through a municipality that merged into them). */
  returningMembers: string[];
  /** Members of the previous period that are not members now. */
  leftMembers: string[];
}

export interface RegionCount {
  regionCode: string;
  memberCount: number;
}

export interface ThemeContinuity {
  themeId: string;
  origin: ThemeOrigin;
  /** The earlier theme this one continues, with its period; `inferred` when no source states it. */
  continues?: { themeId: string; periodId: string; inferred: boolean };
}

/** What a period looks like, for reports and the admin's charts. */
export interface PeriodInsight {
  periodId: string;
  label: string;
  startDate: string;
  endDate: string;
  /** Members on record. */
  memberCount: number;
  /** The count a source reports, which may differ from the members on record. */
  reportedMemberCount: number | null;
  /** `atLeast` when the reported count is a lower bound; null with no reported count. */
  reportedMemberCountBound: ReportedCountBound | null;
  members: string[];
  /**
   * Compared with the previous period; null for the first period, and when either period has
   * no member list on record (then nobody can say who is new).
   */
  comparison: MemberComparison | null;
  /** Regions of the members as they were at the period's start, most members first. */
  regions: RegionCount[];
  themeCount: number;
  themesByOrigin: Record<ThemeOrigin, number>;
  themes: ThemeContinuity[];
}

/** A municipality and every municipality merged into it. */
const lineageOf = (registry: MunicipalityRegistry, code: string) => [
  code,
  ...registry.predecessors(code).map((m) => m.code),
];

/**
 * Whether a member returns from the previous period: it, or a municipality merged into it, was a
 * member then. The same judgement as `networkInsights`' comparison, for one member at a time.
 */
export function isReturningMember(
  registry: MunicipalityRegistry,
  code: string,
  previousMembers: ReadonlySet<string>,
): boolean {
  return lineageOf(registry, code).some((c) => previousMembers.has(c));
}

function compareMembers(
  registry: MunicipalityRegistry,
  previous: Period,
  previousMembers: string[],
  members: string[],
): MemberComparison {
  const lineage = (code: string) => lineageOf(registry, code);
  const before = new Set(previousMembers);
  const returningMembers = members.filter((code) => isReturningMember(registry, code, before));
  const carriedOn = new Set(returningMembers.flatMap(lineage));
  return {
    previousPeriodId: previous.id,
    newMembers: members.filter((code) => !returningMembers.includes(code)),
    returningMembers,
    leftMembers: previousMembers.filter((code) => !carriedOn.has(code)),
  };
}

/** Insights for every period of a network, in order. */
export function networkInsights(
  dataset: Pick<Dataset, 'periods' | 'themes' | 'participations'>,
  registry: MunicipalityRegistry,
  networkId: string,
): PeriodInsight[] {
  const periods = periodsOfNetwork(dataset.periods, networkId);
  const themeById = new Map(dataset.themes.map((t) => [t.id, t]));
  const membersByPeriod = new Map(
    periods.map((p) => [p.id, membersOf(dataset, p.id).map((m) => m.municipalityCode)]),
  );

  return periods.map((period, index) => {
    const members = membersByPeriod.get(period.id)!;
    const previous = index > 0 ? periods[index - 1] : undefined;
    const previousMembers = previous ? membersByPeriod.get(previous.id)! : [];

    const regionCounts = new Map<string, number>();
    for (const code of members) {
      const region = registry.regionOn(code, period.startDate);
      if (region) regionCounts.set(region, (regionCounts.get(region) ?? 0) + 1);
    }

    const themes = dataset.themes.filter((t) => t.periodId === period.id);
    const themesByOrigin: Record<ThemeOrigin, number> = {
      new: 0,
      continued: 0,
      borrowed: 0,
      unspecified: 0,
    };
    for (const theme of themes) themesByOrigin[theme.origin] += 1;

    return {
      periodId: period.id,
      label: period.label,
      startDate: period.startDate,
      endDate: period.endDate,
      memberCount: members.length,
      reportedMemberCount: period.reportedMemberCount ?? null,
      reportedMemberCountBound:
        period.reportedMemberCount === undefined
          ? null
          : (period.reportedMemberCountBound ?? 'exact'),
      members,
      comparison:
        previous && members.length > 0 && previousMembers.length > 0
          ? compareMembers(registry, previous, previousMembers, members)
          : null,
      regions: [...regionCounts]
        .map(([regionCode, memberCount]) => ({ regionCode, memberCount }))
        .sort((a, b) => b.memberCount - a.memberCount || a.regionCode.localeCompare(b.regionCode)),
      themeCount: themes.length,
      themesByOrigin,
      themes: themes.map((theme) => {
        const continued = theme.continuesThemeId
          ? themeById.get(theme.continuesThemeId)
          : undefined;
        return {
          themeId: theme.id,
          origin: theme.origin,
          ...(continued
            ? {
                continues: {
                  themeId: continued.id,
                  periodId: continued.periodId,
                  inferred: theme.continuesInferred === true,
                },
              }
            : {}),
        };
      }),
    };
  });
}
