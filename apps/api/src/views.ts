import {
  ACTIVITY_KIND_NAMES,
  type Dataset,
  isKnownActivityKind,
  isReturningMember,
  type Language,
  localize,
  type Municipality,
  type MunicipalityRegistry,
  type Network,
  networkInsights,
  type Participation,
  type Period,
  periodActivityInsight,
  periodStatus,
  type Region,
  type Theme,
  type ThemeLineage,
  type WorkshopUse,
} from '@verkosto/core';
import { named, pick } from './http/lang.ts';
import type { MemberHistory, PeriodCounts } from './store/reads.ts';

/** Domain objects as the API shows them: `names` + `name` in the negotiated language. */

export function networkView(network: Network, periodCount: number, lang: Language) {
  const { name, ...rest } = network;
  return { ...rest, ...named(name, lang), periodCount };
}

export function periodView(period: Period, counts: PeriodCounts, today: string) {
  return {
    ...period,
    status: periodStatus(period, today),
    memberCount: counts.memberCount,
    themeCount: counts.themeCount,
  };
}

export function themeView(theme: Theme, lang: Language) {
  const { name, ...rest } = theme;
  return { ...rest, ...named(name, lang) };
}

const themeRef = (theme: Theme, lang: Language) => ({
  id: theme.id,
  periodId: theme.periodId,
  ...named(theme.name, lang),
});

export function themeDetailView(
  theme: Theme,
  subThemes: readonly Theme[],
  lineage: ThemeLineage,
  lang: Language,
) {
  const inferred = new Set(lineage.inferred);
  // A theme reached through a link no source states is shown as inferred, never as fact.
  const linked = (t: Theme) => ({ ...themeRef(t, lang), inferred: inferred.has(t.id) });
  return {
    ...themeView(theme, lang),
    subThemes: subThemes.map((t) => themeRef(t, lang)),
    lineage: {
      continues: lineage.ancestors.map(linked),
      continuedBy: lineage.descendants.map(linked),
    },
  };
}

/** A region's name in the negotiated language where it has one, and which language it is. */
function regionName(name: Region['name'] | undefined, lang: Language) {
  if (!name) return { regionName: null, regionNameLanguage: null };
  const { text, language } = pick(name, lang);
  return { regionName: text, regionNameLanguage: language };
}

export function municipalityView(m: Municipality, lang: Language) {
  return {
    code: m.code,
    ...named(m.name, lang),
    regionCode: m.regionCode,
    languageStatus: m.languageStatus,
    validFrom: m.validFrom,
    validTo: m.validTo,
    mergedInto: m.mergedInto,
  };
}

export function municipalityDetailView(
  m: Municipality,
  memberships: readonly MemberHistory[],
  registry: MunicipalityRegistry,
  lang: Language,
) {
  return {
    ...municipalityView(m, lang),
    successors: registry.successors(m.code).map((s) => ({
      code: s.code,
      ...named(s.name, lang),
      effectiveDate: s.effectiveDate,
      from: s.from,
    })),
    predecessors: registry
      .predecessors(m.code)
      .map((p) => ({ code: p.code, ...named(p.name, lang), validTo: p.validTo })),
    participations: [...memberships].sort((a, b) => a.periodId.localeCompare(b.periodId)),
  };
}

/**
 * A member with its name and region at the period's start, and whether it is new or returning:
 * null when the previous period is unknown or had no members on record (as in the insights).
 */
export function participantView(
  participation: Participation,
  period: Period,
  previousMembers: ReadonlySet<string> | undefined,
  registry: MunicipalityRegistry,
  lang: Language,
  workshops: WorkshopUse | undefined,
) {
  const code = participation.municipalityCode;
  const names = registry.nameOn(code, period.startDate) ?? { fi: code, sv: code };
  const regionCode = registry.regionOn(code, period.startDate);
  const region = regionCode ? registry.region(regionCode) : undefined;
  return {
    ...participation,
    ...named(names, lang),
    regionCode,
    ...regionName(region?.name, lang),
    membership:
      previousMembers && previousMembers.size > 0
        ? isReturningMember(registry, code, previousMembers)
          ? ('returning' as const)
          : ('new' as const)
        : null,
    workshops: workshops ?? { quota: null, held: 0, planned: 0, remaining: null },
  };
}

/** An activity kind's name in the language asked; a kind of the network's own is its own name. */
export const kindName = (kind: string, lang: Language) =>
  isKnownActivityKind(kind) ? localize(ACTIVITY_KIND_NAMES[kind], lang) : kind;

export function insightsView(
  dataset: Pick<Dataset, 'periods' | 'themes' | 'participations' | 'activities' | 'programmes'>,
  registry: MunicipalityRegistry,
  networkId: string,
  lang: Language,
) {
  const periods = new Map(dataset.periods.map((p) => [p.id, p]));
  const programmes = new Map((dataset.programmes ?? []).map((g) => [g.periodId, g]));
  const themeNames = new Map(dataset.themes.map((t) => [t.id, named(t.name, lang)]));
  // What each period did: its rows only, grouped once (the dataset is one network's).
  const byPeriod = <T extends { periodId: string }>(rows: readonly T[]) => {
    const grouped = new Map<string, T[]>();
    for (const row of rows) {
      const list = grouped.get(row.periodId);
      if (list) list.push(row);
      else grouped.set(row.periodId, [row]);
    }
    return (periodId: string) => grouped.get(periodId) ?? [];
  };
  const themesOf = byPeriod(dataset.themes);
  const membersOf = byPeriod(dataset.participations);
  const activitiesOf = byPeriod(dataset.activities ?? []);
  const activityInsight = (periodId: string) => {
    const insight = periodActivityInsight(
      periods.get(periodId)!,
      programmes.get(periodId),
      {
        themes: themesOf(periodId),
        members: membersOf(periodId),
        activities: activitiesOf(periodId),
      },
      registry,
    );
    return {
      activityCount: activitiesOf(periodId).length,
      progress: insight.progress.map((row) => ({ ...row, kindName: kindName(row.kind, lang) })),
      workshops: insight.workshops,
      themes: insight.themes.map((t) => ({ ...t, ...themeNames.get(t.themeId)! })),
    };
  };
  return networkInsights(dataset, registry, networkId).map((insight) => ({
    periodId: insight.periodId,
    label: insight.label,
    startDate: insight.startDate,
    endDate: insight.endDate,
    memberCount: insight.memberCount,
    reportedMemberCount: insight.reportedMemberCount,
    reportedMemberCountBound: insight.reportedMemberCountBound,
    newMemberCount: insight.comparison?.newMembers.length ?? null,
    returningMemberCount: insight.comparison?.returningMembers.length ?? null,
    comparison: insight.comparison,
    regions: insight.regions.map((r) => {
      const region = registry.region(r.regionCode);
      return { ...r, ...regionName(region?.name, lang) };
    }),
    themeCount: insight.themeCount,
    themesByOrigin: insight.themesByOrigin,
    themesContinued: insight.themes.flatMap((t) =>
      t.continues
        ? [
            {
              themeId: t.themeId,
              continuesThemeId: t.continues.themeId,
              continuesPeriodId: t.continues.periodId,
              inferred: t.continues.inferred,
            },
          ]
        : [],
    ),
    activities: activityInsight(insight.periodId),
  }));
}
