import {
  businessIdCheckDigit,
  type Dataset,
  type MunicipalityRegistry,
  PARTICIPATION_ROLES,
  type Participation,
  type Period,
  type Theme,
} from '@verkosto/core';
import fc from 'fast-check';
import type { IssueCode } from '../src/issues.ts';

const pad = (n: number) => String(n).padStart(2, '0');
/** A day within a two-year period starting on 1 January of `year`: 0 … 727 days in. */
const dayOf = (year: number, offset: number) => {
  const date = new Date(Date.UTC(year, 0, 1 + offset));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};

/** A valid Y-tunnus from seven digits (bumped until a check digit exists). */
function businessId(seed: number): string {
  for (let n = seed % 10_000_000; ; n = (n + 1) % 10_000_000) {
    const digits = String(n).padStart(7, '0');
    const check = businessIdCheckDigit(digits);
    if (check !== null) return `${digits}-${check}`;
  }
}

const memberShape = fc.record({
  seed: fc.nat(),
  role: fc.constantFrom(...PARTICIPATION_ROLES),
  // Optional joining and leaving days, as offsets into the period; sorted below.
  days: fc.option(fc.tuple(fc.integer({ min: 0, max: 729 }), fc.integer({ min: 0, max: 729 })), {
    nil: undefined,
  }),
});

const themeShape = fc.record({
  origin: fc.constantFrom('new', 'continued', 'borrowed', 'unspecified'),
  sub: fc.boolean(),
  sv: fc.boolean(),
  keywords: fc.array(fc.constantFrom('johtaminen', 'talous', 'ennakointi', 'osallisuus'), {
    maxLength: 3,
  }),
});

/**
 * Valid datasets of every size and shape: one to three networks with consecutive two-year
 * periods from 2008 on, themes of every origin with sub-themes and continuations, lead themes,
 * business IDs, and members with roles and joining/leaving days that existed for their whole
 * membership according to the registry.
 */
export function validDataset(registry: MunicipalityRegistry): fc.Arbitrary<Dataset> {
  const networkShape = fc.record({
    firstYear: fc.integer({ min: 2008, max: 2018 }),
    periodCount: fc.integer({ min: 1, max: 4 }),
    themes: fc.array(fc.array(themeShape, { maxLength: 5 }), { minLength: 4, maxLength: 4 }),
    members: fc.array(fc.array(memberShape, { maxLength: 12 }), { minLength: 4, maxLength: 4 }),
    lead: fc.boolean(),
    businessId: fc.option(fc.nat(), { nil: undefined }),
  });
  return fc.array(networkShape, { minLength: 1, maxLength: 3 }).map((networks) => {
    const dataset: Dataset = {
      formatVersion: 1,
      sources: [
        { id: 'lahde', title: 'Lähde', url: 'https://example.org/lahde' },
        { id: 'toinen-lahde', title: 'Toinen lähde', publishedOn: '2019-02-22' },
      ],
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
        ...(shape.businessId !== undefined
          ? { organiserBusinessId: businessId(shape.businessId) }
          : {}),
        links: [{ url: 'https://example.org/', label: { fi: 'Kotisivu' } }],
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
          sources: ['lahde', 'toinen-lahde'],
        };
        const themes: Theme[] = shape.themes[i]!.map((t, k) => {
          const continues = t.origin === 'continued' ? previousThemes[k] : undefined;
          const origin = t.origin === 'continued' && !continues ? 'new' : t.origin;
          return {
            id: `${period.id}-teema-${k}`,
            periodId: period.id,
            slug: `teema-${k}`,
            name: t.sv ? { fi: `Teema ${k}`, sv: `Tema ${k}` } : { fi: `Teema ${k}` },
            origin,
            ...(continues ? { continuesThemeId: continues.id } : {}),
            ...(origin === 'borrowed' ? { borrowedFrom: 'Toisesta verkostosta' } : {}),
            ...(t.sub && k > 0 ? { parentId: `${period.id}-teema-${k - 1}` } : {}),
            keywords: t.keywords,
            sources: ['lahde'],
          };
        });
        if (shape.lead && themes.length > 0) period.leadThemeId = themes[0]!.id;
        dataset.periods.push(period);
        dataset.themes.push(...themes);
        previousThemes = themes;

        const eligible = registry
          .validOn(period.startDate)
          .filter((m) => m.validTo === null || m.validTo > period.endDate);
        const seen = new Set<string>();
        for (const member of shape.members[i]!) {
          const code = eligible[member.seed % eligible.length]!.code;
          if (seen.has(code)) continue;
          seen.add(code);
          const participation: Participation = {
            periodId: period.id,
            municipalityCode: code,
            role: member.role,
            sources: ['lahde'],
          };
          if (member.days) {
            const [a, b] = [...member.days].sort((x, y) => x - y) as [number, number];
            participation.joinedOn = dayOf(year, a);
            participation.leftOn = dayOf(year, b);
          }
          dataset.participations.push(participation);
        }
      }
    });
    return dataset;
  });
}

/** A single change that breaks one rule, with the code that must catch it. */
export interface Mutation {
  code: IssueCode;
  applies: (d: Dataset, registry: MunicipalityRegistry) => boolean;
  apply: (d: Dataset, registry: MunicipalityRegistry) => void;
}

/** Two periods of one network, in order, when the dataset has them. */
const twoPeriods = (d: Dataset) =>
  d.periods.length > 1 && d.periods[0]!.networkId === d.periods[1]!.networkId;

/** A period and a municipality that fits `fits(municipality, period)`, not yet a member. */
function findMember(
  d: Dataset,
  registry: MunicipalityRegistry,
  fits: (m: ReturnType<MunicipalityRegistry['get']> & object, p: Period) => boolean,
): { period: Period; code: string } | undefined {
  for (const period of d.periods) {
    const taken = new Set(
      d.participations.filter((p) => p.periodId === period.id).map((p) => p.municipalityCode),
    );
    const found = registry.municipalities.find((m) => !taken.has(m.code) && fits(m, period));
    if (found) return { period, code: found.code };
  }
  return undefined;
}

function addMember(d: Dataset, target: { period: Period; code: string } | undefined) {
  d.participations.push({
    periodId: target!.period.id,
    municipalityCode: target!.code,
    role: 'kehittajakunta',
    sources: [],
  });
}

const notYetCreated = (d: Dataset, r: MunicipalityRegistry) =>
  findMember(d, r, (m, p) => m.validFrom !== null && m.validFrom > p.startDate);
const abolished = (d: Dataset, r: MunicipalityRegistry) =>
  findMember(d, r, (m, p) => m.validTo !== null && m.validTo <= p.startDate);
const abolishedDuring = (d: Dataset, r: MunicipalityRegistry) =>
  findMember(
    d,
    r,
    (m, p) => m.validTo !== null && m.validTo > p.startDate && m.validTo <= p.endDate,
  );

/** Every dataset rule's codes, and the schema's, each broken by one small change. */
export const MUTATIONS: Mutation[] = [
  // uniqueness
  {
    code: 'duplicate_id',
    applies: () => true,
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
  // references
  {
    code: 'unknown_network',
    applies: () => true,
    apply: (d) => {
      d.periods[0]!.networkId = 'ei-ole';
    },
  },
  {
    code: 'unknown_period',
    applies: (d) => d.participations.length > 0,
    apply: (d) => {
      d.participations[0]!.periodId = 'ei-ole';
    },
  },
  {
    code: 'unknown_theme',
    applies: (d) => d.themes.length > 0,
    apply: (d) => {
      d.themes.at(-1)!.parentId = 'ei-ole';
    },
  },
  {
    code: 'unknown_source',
    applies: () => true,
    apply: (d) => void d.periods[0]!.sources.push('ei-ole'),
  },
  {
    code: 'theme_parent_other_period',
    applies: (d) => d.themes.some((t) => t.periodId !== d.themes[0]?.periodId),
    apply: (d) => {
      const other = d.themes.find((t) => t.periodId !== d.themes[0]!.periodId)!;
      d.themes[0]!.parentId = other.id;
    },
  },
  {
    code: 'theme_parent_cycle',
    applies: (d) => d.themes.length > 0,
    apply: (d) => {
      d.themes[0]!.parentId = d.themes[0]!.id;
    },
  },
  {
    code: 'continued_theme_not_earlier',
    applies: (d) => d.themes.length > 0,
    apply: (d) => {
      const theme = d.themes.at(-1)!;
      theme.origin = 'continued';
      delete theme.borrowedFrom;
      theme.continuesThemeId = theme.id;
    },
  },
  {
    code: 'lead_theme_other_period',
    applies: (d) => d.themes.some((t) => t.periodId !== d.periods[0]!.id),
    apply: (d) => {
      d.periods[0]!.leadThemeId = d.themes.find((t) => t.periodId !== d.periods[0]!.id)!.id;
    },
  },
  // theme origin
  {
    code: 'origin_requires_reference',
    applies: (d) => d.themes.length > 0,
    apply: (d) => {
      d.themes[0]!.origin = 'borrowed';
      delete d.themes[0]!.continuesThemeId;
      delete d.themes[0]!.borrowedFrom;
    },
  },
  {
    code: 'reference_requires_origin',
    applies: (d) => d.themes.length > 0,
    apply: (d) => {
      d.themes[0]!.origin = 'new';
      delete d.themes[0]!.continuesThemeId;
      d.themes[0]!.borrowedFrom = 'Toisesta verkostosta';
    },
  },
  // periods
  {
    code: 'period_end_before_start',
    applies: () => true,
    apply: (d) => {
      d.periods[0]!.endDate = d.periods[0]!.startDate;
    },
  },
  {
    code: 'periods_overlap',
    applies: twoPeriods,
    apply: (d) => {
      d.periods[0]!.endDate = d.periods[1]!.startDate;
    },
  },
  {
    code: 'duplicate_ordinal',
    applies: twoPeriods,
    apply: (d) => {
      d.periods[1]!.ordinal = d.periods[0]!.ordinal;
    },
  },
  {
    code: 'ordinal_out_of_order',
    applies: twoPeriods,
    apply: (d) => {
      [d.periods[0]!.ordinal, d.periods[1]!.ordinal] = [
        d.periods[1]!.ordinal,
        d.periods[0]!.ordinal,
      ];
    },
  },
  {
    code: 'participation_outside_period',
    applies: (d) => d.participations.length > 0,
    apply: (d) => {
      const p = d.participations[0]!;
      const period = d.periods.find((x) => x.id === p.periodId)!;
      p.leftOn = `${Number(period.endDate.slice(0, 4)) + 1}-06-30`;
    },
  },
  {
    code: 'participation_dates_reversed',
    applies: (d) => d.participations.length > 0,
    apply: (d) => {
      const p = d.participations[0]!;
      const period = d.periods.find((x) => x.id === p.periodId)!;
      p.joinedOn = period.endDate;
      p.leftOn = period.startDate;
    },
  },
  // municipalities by date
  {
    code: 'unknown_municipality',
    applies: (d) => d.participations.length > 0,
    apply: (d) => {
      d.participations.at(-1)!.municipalityCode = '999';
    },
  },
  {
    code: 'municipality_not_yet_created',
    applies: (d, r) => notYetCreated(d, r) !== undefined,
    apply: (d, r) => addMember(d, notYetCreated(d, r)),
  },
  {
    code: 'municipality_abolished',
    applies: (d, r) => abolished(d, r) !== undefined,
    apply: (d, r) => addMember(d, abolished(d, r)),
  },
  {
    code: 'municipality_abolished_during_period',
    applies: (d, r) => abolishedDuring(d, r) !== undefined,
    apply: (d, r) => addMember(d, abolishedDuring(d, r)),
  },
  // business IDs and text
  {
    code: 'invalid_business_id',
    applies: () => true,
    apply: (d) => {
      d.networks[0]!.organiserBusinessId = '0201256-5';
    },
  },
  {
    code: 'untrimmed_text',
    applies: () => true,
    apply: (d) => {
      d.networks[0]!.name.fi = `${d.networks[0]!.name.fi} `;
    },
  },
  // the shape (schemas)
  {
    code: 'blank_text',
    applies: () => true,
    apply: (d) => {
      d.networks[0]!.name.fi = '   ';
    },
  },
  {
    code: 'control_characters',
    applies: () => true,
    apply: (d) => {
      d.periods[0]!.label = 'USO\t1';
    },
  },
  {
    code: 'too_long',
    applies: () => true,
    apply: (d) => {
      d.networks[0]!.name.fi = 'x'.repeat(201);
    },
  },
  {
    code: 'unrecognized_key',
    applies: () => true,
    apply: (d) => void Object.assign(d.networks[0]!, { colour: 'blue' }),
  },
  {
    code: 'required',
    applies: () => true,
    apply: (d) => {
      delete (d.periods[0] as Partial<Period>).label;
    },
  },
  {
    code: 'invalid_type',
    applies: () => true,
    apply: (d) => {
      (d.periods[0] as unknown as { ordinal: string }).ordinal = '1';
    },
  },
  {
    code: 'not_integer',
    applies: () => true,
    apply: (d) => {
      d.periods[0]!.ordinal = 1.5;
    },
  },
  {
    code: 'too_small',
    applies: () => true,
    apply: (d) => {
      d.periods[0]!.ordinal = 0;
    },
  },
  {
    code: 'invalid_value',
    applies: (d) => d.participations.length > 0,
    apply: (d) => {
      (d.participations[0] as unknown as { role: string }).role = 'boss';
    },
  },
  {
    code: 'invalid_date',
    applies: () => true,
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
    code: 'invalid_slug',
    applies: () => true,
    apply: (d) => {
      d.networks[0]!.id = 'Verkosto 1';
    },
  },
  {
    code: 'invalid_url',
    applies: () => true,
    apply: (d) => {
      d.sources[0]!.url = 'www.example.org';
    },
  },
  {
    code: 'unsupported_format_version',
    applies: () => true,
    apply: (d) => {
      (d as unknown as { formatVersion: number }).formatVersion = 2;
    },
  },
];
