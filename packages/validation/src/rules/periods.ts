import type { Period } from '@verkosto/core';
import { issue, pointer, type ValidationIssue } from '../issues.ts';
import type { DatasetRule } from './rule.ts';

const range = (p: Period) => `${p.startDate}–${p.endDate}`;

/** The check on one period alone (its dates): shared by the dataset rule and `validateEntity`. */
export function periodDateIssues(period: Period, at: (field: string) => string): ValidationIssue[] {
  return period.endDate <= period.startDate
    ? [
        issue('period_end_before_start', at('endDate'), {
          startDate: period.startDate,
          endDate: period.endDate,
        }),
      ]
    : [];
}

export const periodsRule: DatasetRule = {
  id: 'periods',
  codes: [
    'period_end_before_start',
    'periods_overlap',
    'duplicate_ordinal',
    'ordinal_out_of_order',
    'participation_outside_period',
    'participation_dates_reversed',
  ],
  description: {
    fi: 'Kausi päättyy alkunsa jälkeen; saman verkoston kaudet eivät mene päällekkäin; järjestysnumerot ovat yksikäsitteiset ja päivämääräjärjestyksessä; jäsenyyden päivät ovat kauden sisällä.',
    en: 'A period ends after it starts; periods of one network do not overlap; ordinals are unique and in date order; membership dates lie within the period.',
  },
  check(dataset, { index }) {
    const issues: ValidationIssue[] = [];
    const byNetwork = new Map<string, Array<{ period: Period; i: number }>>();
    dataset.periods.forEach((period, i) => {
      issues.push(...periodDateIssues(period, (field) => pointer('periods', i, field)));
      const list = byNetwork.get(period.networkId) ?? [];
      list.push({ period, i });
      byNetwork.set(period.networkId, list);
    });

    for (const [networkId, list] of byNetwork) {
      const ordinals = new Map<number, Period>();
      for (const { period, i } of list) {
        const other = ordinals.get(period.ordinal);
        if (other) {
          issues.push(
            issue('duplicate_ordinal', pointer('periods', i, 'ordinal'), {
              networkId,
              ordinal: period.ordinal,
              otherId: other.id,
            }),
          );
        } else ordinals.set(period.ordinal, period);
      }
      // Sorted by start, a period overlaps an earlier one exactly when it starts before the latest end so far.
      const sorted = [...list].sort((a, b) => a.period.startDate.localeCompare(b.period.startDate));
      let latest: Period | undefined;
      let previous: Period | undefined;
      for (const { period, i } of sorted) {
        if (latest && period.startDate <= latest.endDate) {
          issues.push(
            issue('periods_overlap', pointer('periods', i, 'startDate'), {
              id: period.id,
              range: range(period),
              otherId: latest.id,
              otherRange: range(latest),
            }),
          );
        }
        if (previous && previous.ordinal > period.ordinal) {
          issues.push(
            issue('ordinal_out_of_order', pointer('periods', i, 'ordinal'), {
              id: period.id,
              ordinal: period.ordinal,
              otherId: previous.id,
              otherOrdinal: previous.ordinal,
            }),
          );
        }
        if (!latest || period.endDate > latest.endDate) latest = period;
        previous = period;
      }
    }

    dataset.participations.forEach((p, i) => {
      const period = index.periods.get(p.periodId)?.period;
      if (!period) return;
      for (const field of ['joinedOn', 'leftOn'] as const) {
        const date = p[field];
        if (date && (date < period.startDate || date > period.endDate)) {
          issues.push(
            issue('participation_outside_period', pointer('participations', i, field), {
              date,
              periodId: period.id,
              range: range(period),
            }),
          );
        }
      }
      if (p.joinedOn && p.leftOn && p.leftOn < p.joinedOn) {
        issues.push(
          issue('participation_dates_reversed', pointer('participations', i, 'leftOn'), {
            joinedOn: p.joinedOn,
            leftOn: p.leftOn,
          }),
        );
      }
    });
    return issues;
  },
};
