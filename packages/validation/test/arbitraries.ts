import type { Dataset, MunicipalityRegistry, Participation, Period, Theme } from '@verkosto/core';
import fc from 'fast-check';

/**
 * Valid datasets of every size and shape: one or two networks with consecutive two-year
 * periods, themes with sub-themes and continuations, and members that existed for the whole
 * period according to the registry.
 */
export function validDataset(registry: MunicipalityRegistry): fc.Arbitrary<Dataset> {
  const networkShape = fc.record({
    firstYear: fc.integer({ min: 2010, max: 2018 }),
    periodCount: fc.integer({ min: 1, max: 4 }),
    themesPerPeriod: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 4, maxLength: 4 }),
    memberSeeds: fc.array(fc.array(fc.nat(), { maxLength: 12 }), { minLength: 4, maxLength: 4 }),
    continueThemes: fc.boolean(),
  });
  return fc.array(networkShape, { minLength: 1, maxLength: 2 }).map((networks) => {
    const dataset: Dataset = {
      formatVersion: 1,
      sources: [{ id: 'lahde', title: 'Lähde', url: 'https://example.org/lahde' }],
      networks: [],
      periods: [],
      themes: [],
      participations: [],
    };
    networks.forEach((shape, n) => {
      const networkId = `verkosto-${n}`;
      dataset.networks.push({
        id: networkId,
        name: { fi: `Verkosto ${n}`, sv: `Nätverk ${n}` },
        organiser: 'Suomen Kuntaliitto ry',
        links: [],
        sources: ['lahde'],
      });
      let previousThemes: Theme[] = [];
      for (let i = 0; i < shape.periodCount; i++) {
        const year = shape.firstYear + 2 * i;
        const period: Period = {
          id: `${networkId}-${i + 1}`,
          networkId,
          ordinal: i + 1,
          label: `V${n} ${i + 1}`,
          startDate: `${year}-01-01`,
          endDate: `${year + 1}-12-31`,
          sources: ['lahde'],
        };
        dataset.periods.push(period);
        const themes: Theme[] = [];
        for (let t = 0; t < shape.themesPerPeriod[i]!; t++) {
          const continues = shape.continueThemes ? previousThemes[t] : undefined;
          themes.push({
            id: `${period.id}-teema-${t}`,
            periodId: period.id,
            slug: `teema-${t}`,
            name: { fi: `Teema ${t}` },
            origin: continues ? 'continued' : 'new',
            ...(continues ? { continuesThemeId: continues.id } : {}),
            ...(t > 0 && t % 2 === 0 ? { parentId: `${period.id}-teema-${t - 1}` } : {}),
            keywords: [],
            sources: ['lahde'],
          });
        }
        dataset.themes.push(...themes);
        previousThemes = themes;
        const eligible = registry
          .validOn(period.startDate)
          .filter((m) => m.validTo === null || m.validTo > period.endDate);
        const codes = new Set(
          shape.memberSeeds[i]!.map((seed) => eligible[seed % eligible.length]!.code),
        );
        for (const code of [...codes].sort()) {
          const participation: Participation = {
            periodId: period.id,
            municipalityCode: code,
            role: 'kehittajakunta',
            sources: ['lahde'],
          };
          dataset.participations.push(participation);
        }
      }
    });
    return dataset;
  });
}

/** A single change that breaks exactly one rule, with the code that must catch it. */
export interface Mutation {
  code: string;
  applies: (d: Dataset) => boolean;
  apply: (d: Dataset) => void;
}

export const MUTATIONS: Mutation[] = [
  {
    code: 'duplicate_id',
    applies: (d) => d.periods.length > 0,
    apply: (d) => void d.sources.push({ ...d.sources[0]! }),
  },
  {
    code: 'duplicate_participation',
    applies: (d) => d.participations.length > 0,
    apply: (d) => void d.participations.push({ ...d.participations[0]! }),
  },
  {
    code: 'duplicate_theme_slug',
    applies: (d) => d.themes.length > 0,
    apply: (d) => void d.themes.push({ ...d.themes[0]!, id: 'toinen-id' }),
  },
  {
    code: 'unknown_period',
    applies: (d) => d.themes.length > 0,
    apply: (d) => {
      d.themes[0]!.periodId = 'ei-ole';
    },
  },
  {
    code: 'unknown_municipality',
    applies: (d) => d.participations.length > 0,
    apply: (d) => {
      d.participations.at(-1)!.municipalityCode = '999';
    },
  },
  {
    code: 'unknown_network',
    applies: (d) => d.periods.length > 0,
    apply: (d) => {
      d.periods[0]!.networkId = 'ei-ole';
    },
  },
  {
    code: 'unknown_source',
    applies: (d) => d.periods.length > 0,
    apply: (d) => void d.periods[0]!.sources.push('ei-ole'),
  },
  {
    code: 'period_end_before_start',
    applies: (d) => d.periods.length > 0,
    apply: (d) => {
      d.periods[0]!.endDate = d.periods[0]!.startDate;
    },
  },
  {
    code: 'periods_overlap',
    applies: (d) => d.periods.length > 1 && d.periods[0]!.networkId === d.periods[1]!.networkId,
    apply: (d) => {
      d.periods[0]!.endDate = d.periods[1]!.startDate;
    },
  },
  {
    code: 'duplicate_ordinal',
    applies: (d) => d.periods.length > 1 && d.periods[0]!.networkId === d.periods[1]!.networkId,
    apply: (d) => {
      d.periods[1]!.ordinal = d.periods[0]!.ordinal;
    },
  },
  {
    code: 'origin_requires_reference',
    applies: (d) => d.themes.length > 0,
    apply: (d) => {
      d.themes[0]!.origin = 'borrowed';
      delete d.themes[0]!.continuesThemeId;
    },
  },
  {
    code: 'invalid_business_id',
    applies: (d) => d.networks.length > 0,
    apply: (d) => {
      d.networks[0]!.organiserBusinessId = '0201256-5';
    },
  },
  {
    code: 'blank_text',
    applies: (d) => d.networks.length > 0,
    apply: (d) => {
      d.networks[0]!.name.fi = '   ';
    },
  },
  {
    code: 'unknown_field',
    applies: () => true,
    apply: (d) => void Object.assign(d.networks[0]!, { colour: 'blue' }),
  },
  {
    code: 'invalid_date',
    applies: (d) => d.periods.length > 0,
    apply: (d) => {
      d.periods[0]!.startDate = '2019-02-30';
    },
  },
  {
    code: 'invalid_municipality_code',
    applies: (d) => d.participations.length > 0,
    apply: (d) => {
      d.participations[0]!.municipalityCode = '91';
    },
  },
  {
    code: 'participation_outside_period',
    applies: (d) => d.participations.length > 0,
    apply: (d) => {
      d.participations[0]!.joinedOn = '2001-01-01';
    },
  },
];
