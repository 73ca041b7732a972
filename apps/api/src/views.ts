import {
  type Dataset,
  type Language,
  type Municipality,
  type MunicipalityRegistry,
  type Network,
  networkInsights,
  type Participation,
  type Period,
  type PeriodInsight,
  periodStatus,
  type Theme,
  themeLineage,
} from '@verkosto/core';
import { named } from './http/lang.ts';

/** Domain objects as the API shows them: `names` + `name` in the negotiated language. */

export function networkView(network: Network, dataset: Dataset, lang: Language) {
  const { name, ...rest } = network;
  return {
    ...rest,
    ...named(name, lang),
    periodCount: dataset.periods.filter((p) => p.networkId === network.id).length,
  };
}

export function periodView(period: Period, dataset: Dataset, today: string) {
  return {
    ...period,
    status: periodStatus(period, today),
    memberCount: dataset.participations.filter((p) => p.periodId === period.id).length,
    themeCount: dataset.themes.filter((t) => t.periodId === period.id).length,
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

export function themeDetailView(theme: Theme, dataset: Dataset, lang: Language) {
  const lineage = themeLineage(dataset.themes, theme.id);
  return {
    ...themeView(theme, lang),
    subThemes: dataset.themes.filter((t) => t.parentId === theme.id).map((t) => themeRef(t, lang)),
    lineage: {
      continues: lineage.ancestors.map((t) => themeRef(t, lang)),
      continuedBy: lineage.descendants.map((t) => themeRef(t, lang)),
    },
  };
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
  dataset: Dataset,
  registry: MunicipalityRegistry,
  lang: Language,
) {
  const periods = new Map(dataset.periods.map((p) => [p.id, p]));
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
    participations: dataset.participations
      .filter((p) => p.municipalityCode === m.code && periods.has(p.periodId))
      .map((p) => {
        const period = periods.get(p.periodId)!;
        return {
          periodId: p.periodId,
          networkId: period.networkId,
          label: period.label,
          role: p.role,
        };
      })
      .sort((a, b) => a.periodId.localeCompare(b.periodId)),
  };
}

export function participantView(
  participation: Participation,
  period: Period,
  insight: PeriodInsight | undefined,
  registry: MunicipalityRegistry,
  lang: Language,
) {
  const code = participation.municipalityCode;
  const names = registry.nameOn(code, period.startDate) ?? { fi: code, sv: code };
  const regionCode = registry.regionOn(code, period.startDate);
  const region = regionCode ? registry.region(regionCode) : undefined;
  const comparison = insight?.comparison;
  return {
    ...participation,
    ...named(names, lang),
    regionCode,
    regionName: region ? (region.name[lang] ?? region.name.fi) : null,
    membership: comparison
      ? comparison.returningMembers.includes(code)
        ? ('returning' as const)
        : ('new' as const)
      : null,
  };
}

export function insightsView(
  dataset: Dataset,
  registry: MunicipalityRegistry,
  networkId: string,
  lang: Language,
) {
  return networkInsights(dataset, registry, networkId).map((insight) => ({
    periodId: insight.periodId,
    label: insight.label,
    startDate: insight.startDate,
    endDate: insight.endDate,
    memberCount: insight.memberCount,
    reportedMemberCount: insight.reportedMemberCount,
    newMemberCount: insight.comparison?.newMembers.length ?? null,
    returningMemberCount: insight.comparison?.returningMembers.length ?? null,
    comparison: insight.comparison,
    regions: insight.regions.map((r) => {
      const region = registry.region(r.regionCode);
      return { ...r, regionName: region ? (region.name[lang] ?? region.name.fi) : null };
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
            },
          ]
        : [],
    ),
  }));
}
