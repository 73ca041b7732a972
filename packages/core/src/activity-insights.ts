import type { Activity } from './activity.ts';
import type { MunicipalityRegistry } from './municipality-registry.ts';
import type { Participation } from './participation.ts';
import type { Period } from './period.ts';
import {
  type KindProgress,
  type Programme,
  programmeProgress,
  type WorkshopUse,
  workshopUseByMember,
} from './programme.ts';
import type { Theme } from './theme.ts';

/** How many of a period's activities take up one of its themes. */
export interface ThemeCoverage {
  themeId: string;
  /** Activities on the theme that are not cancelled. */
  activities: number;
  held: number;
}

/** What a period did, for reports and the admin's charts. */
export interface PeriodActivityInsight {
  periodId: string;
  /** Planned against held, per kind. */
  progress: KindProgress[];
  /** Each member's workshops against its quota, by member code in code order. */
  workshops: Array<{ municipalityCode: string } & WorkshopUse>;
  /** Every theme of the period, including those no activity takes up, in the period's order. */
  themes: ThemeCoverage[];
}

/**
 * A period's activities in figures: planned against held per kind, workshops used per member,
 * and the themes the activities cover. Linear in the period's rows.
 */
export function periodActivityInsight(
  period: Pick<Period, 'id' | 'startDate' | 'endDate'>,
  programme: Programme | undefined,
  data: {
    themes: readonly Theme[];
    members: readonly Participation[];
    activities: readonly Activity[];
  },
  registry: MunicipalityRegistry,
): PeriodActivityInsight {
  const activities = data.activities.filter((a) => a.periodId === period.id);
  const coverage = new Map<string, ThemeCoverage>();
  for (const theme of data.themes) {
    if (theme.periodId === period.id)
      coverage.set(theme.id, { themeId: theme.id, activities: 0, held: 0 });
  }
  for (const activity of activities) {
    if (activity.status === 'cancelled') continue;
    for (const id of new Set(activity.themeIds)) {
      const found = coverage.get(id);
      if (!found) continue;
      found.activities++;
      if (activity.status === 'held') found.held++;
    }
  }
  const use = workshopUseByMember(period, programme, data.members, activities, registry);
  return {
    periodId: period.id,
    progress: programmeProgress(period, programme, activities),
    workshops: [...use]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([municipalityCode, counts]) => ({ municipalityCode, ...counts })),
    themes: [...coverage.values()],
  };
}
