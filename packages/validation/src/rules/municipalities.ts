import type { MunicipalityRegistry, Succession } from '@verkosto/core';
import { finnishDate, issue, pointer, type ValidationIssue } from '../issues.ts';
import type { DatasetRule } from './rule.ts';

/** "merged into Mäntyharju (507) on 2025-01-01", following chains, in both languages. */
export function describeSuccessors(chain: Succession[]): {
  successorsFi: string;
  successorsEn: string;
} {
  if (chain.length === 0) return { successorsFi: 'lakkautettu', successorsEn: 'abolished' };
  return {
    successorsFi: chain
      .map(
        (s, i) =>
          `${i === 0 ? 'yhdistyi' : 'sitten'} kuntaan ${s.name.fi} (${s.code}) ${finnishDate(s.effectiveDate)}`,
      )
      .join(', '),
    successorsEn: chain
      .map(
        (s, i) =>
          `${i === 0 ? 'merged into' : 'then into'} ${s.name.fi} (${s.code}) on ${s.effectiveDate}`,
      )
      .join(', '),
  };
}

/** Checks one membership against Statistics Finland's municipalities on its dates. */
export function checkMembershipDates(
  registry: MunicipalityRegistry,
  code: string,
  from: string,
  until: string,
  at: string | (() => string),
): ValidationIssue[] {
  const municipality = registry.get(code);
  // Most memberships are fine: the path is built only when there is something to report.
  const path = () => (typeof at === 'string' ? at : at());
  if (!municipality) return [issue('unknown_municipality', path(), { code })];
  const name = municipality.name.fi;
  if (municipality.validFrom && municipality.validFrom > from) {
    return [
      issue('municipality_not_yet_created', path(), {
        code,
        name,
        validFrom: municipality.validFrom,
        validFromFi: finnishDate(municipality.validFrom),
        startDate: from,
        startDateFi: finnishDate(from),
      }),
    ];
  }
  if (municipality.validTo && municipality.validTo <= from) {
    return [
      issue('municipality_abolished', path(), {
        code,
        name,
        startDate: from,
        startDateFi: finnishDate(from),
        ...describeSuccessors(registry.successors(code)),
      }),
    ];
  }
  if (municipality.validTo && municipality.validTo <= until) {
    return [
      issue('municipality_abolished_during_period', path(), {
        code,
        name,
        ...describeSuccessors(registry.successors(code)),
      }),
    ];
  }
  return [];
}

export const municipalitiesRule: DatasetRule = {
  id: 'municipalities',
  codes: [
    'unknown_municipality',
    'municipality_not_yet_created',
    'municipality_abolished',
    'municipality_abolished_during_period',
  ],
  description: {
    fi: 'Jäsenkunta on Tilastokeskuksen luokituksissa ja oli olemassa kauden alkaessa (tai liittymispäivänä); kesken kauden lakkautettu kunta nostaa varoituksen, joka nimeää seuraajat.',
    en: "A member is in Statistics Finland's classifications and existed when the period started (or on its joining date); one abolished during the period raises a warning that names its successors.",
  },
  check(dataset, { index, registry }) {
    const issues: ValidationIssue[] = [];
    const { participations } = dataset;
    for (let i = 0; i < participations.length; i++) {
      const p = participations[i]!;
      // A row without a code (a CSV name that resolved to none) is reported where it was read.
      if (p.municipalityCode === undefined) continue;
      // Most memberships are fine: the path is built only when there is something to report.
      const path = () => pointer('participations', i, 'municipalityCode');
      const period = index.periods.get(p.periodId)?.period;
      if (!period) {
        // The references rule reports the period; the code can still be checked.
        if (!registry.get(p.municipalityCode))
          issues.push(issue('unknown_municipality', path(), { code: p.municipalityCode }));
        continue;
      }
      const from = p.joinedOn ?? period.startDate;
      const until = p.leftOn ?? period.endDate;
      const found = checkMembershipDates(registry, p.municipalityCode, from, until, path);
      if (found.length > 0) issues.push(...found);
    }
    return issues;
  },
};
