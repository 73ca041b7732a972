import {
  type Activity,
  businessIdCheckDigit,
  type Dataset,
  isAllDay,
  type MunicipalityRegistry,
  nextDay,
  PARTICIPATION_ROLES,
  type Participation,
  type Period,
  type Programme,
  previousDay,
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

const activityShape = fc.record({
  kind: fc.constantFrom(
    'national-seminar',
    'work-seminar',
    'contact-person-meeting',
    'elected-officials-training',
    'foresight-process',
  ),
  status: fc.constantFrom('planned', 'held', 'cancelled'),
  day: fc.integer({ min: 0, max: 727 }),
  length: fc.integer({ min: 0, max: 2 }),
  // A time of day from 8 to 16, or a whole day.
  hour: fc.option(fc.integer({ min: 8, max: 16 }), { nil: undefined }),
  themes: fc.array(fc.nat(), { maxLength: 2 }),
  participants: fc.option(fc.nat({ max: 500 }), { nil: undefined }),
  sv: fc.boolean(),
});

const programmeShape = fc.record({
  planned: fc.uniqueArray(
    fc.record({
      kind: fc.constantFrom('national-seminar', 'work-seminar', 'contact-person-meeting'),
      count: fc.option(fc.nat({ max: 10 }), { nil: undefined }),
      per: fc.constantFrom('period', 'year'),
    }),
    { selector: (p) => p.kind, maxLength: 3 },
  ),
  quota: fc.option(
    fc.record({ count: fc.integer({ min: 1, max: 5 }), per: fc.constantFrom('period', 'year') }),
    { nil: undefined },
  ),
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
    activities: fc.array(fc.array(activityShape, { maxLength: 4 }), {
      minLength: 4,
      maxLength: 4,
    }),
    programmes: fc.array(fc.option(programmeShape, { nil: undefined }), {
      minLength: 4,
      maxLength: 4,
    }),
    // Workshops per member, up to the quota.
    workshops: fc.array(fc.nat({ max: 5 }), { minLength: 4, maxLength: 4 }),
  });
  // Datasets written before activities have neither key.
  const withActivities = fc.boolean();
  return fc
    .tuple(fc.array(networkShape, { minLength: 1, maxLength: 3 }), withActivities)
    .map(([networks, activitiesToo]) => {
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

          if (!activitiesToo) continue;
          dataset.activities ??= [];
          dataset.programmes ??= [];
          const programme = shape.programmes[i];
          if (programme) {
            const entry: Programme = {
              periodId: period.id,
              planned: programme.planned.map((p) => ({
                kind: p.kind,
                ...(p.count !== undefined ? { count: p.count } : {}),
                per: p.per,
                statedAs: `${p.count ?? 'joitakin'} tilaisuutta`,
                sources: ['lahde'],
              })),
              sources: ['lahde'],
            };
            if (programme.quota)
              entry.workshopQuota = { ...programme.quota, sources: ['toinen-lahde'] };
            dataset.programmes.push(entry);
          }
          shape.activities[i]!.forEach((a, k) => {
            const first = dayOf(year, a.day);
            const last = dayOf(year, a.day + a.length);
            const activity: Activity = {
              id: `${period.id}-toiminta-${k}`,
              periodId: period.id,
              kind: a.kind,
              status: a.status as Activity['status'],
              title: a.sv
                ? { fi: `Seminaari ${k}`, sv: `Seminarium ${k}` }
                : { fi: `Seminaari ${k}` },
              start: a.hour === undefined ? first : `${first}T${pad(a.hour)}:00`,
              end: a.hour === undefined ? last : `${last}T${pad(a.hour + 2)}:30`,
              themeIds: [...new Set(a.themes.filter((t) => t < themes.length))].map(
                (t) => themes[t]!.id,
              ),
              sources: ['lahde'],
            };
            if (a.participants !== undefined) activity.participantCount = a.participants;
            dataset.activities!.push(activity);
          });
          // Each member's workshops on the first day of its membership: within the quota, and
          // (the year being one) within a yearly quota too.
          const quota = programme?.quota?.count ?? shape.workshops[i]!;
          dataset.participations
            .filter((p) => p.periodId === period.id)
            .forEach((member, m) => {
              for (let w = 0; w < Math.min(quota, shape.workshops[i]!); w++) {
                const day = member.joinedOn ?? period.startDate;
                dataset.activities!.push({
                  id: `${period.id}-tyopaja-${m}-${w}`,
                  periodId: period.id,
                  kind: 'municipal-workshop',
                  status: w % 3 === 2 ? 'cancelled' : w % 2 === 0 ? 'held' : 'planned',
                  title: { fi: `Kuntatyöpaja ${w + 1}` },
                  start: day,
                  end: day,
                  themeIds: themes.length > 0 ? [themes[0]!.id] : [],
                  municipalityCode: member.municipalityCode,
                  participantCount: 12,
                  sources: [],
                });
              }
            });
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

const activitiesOf = (d: Dataset) => d.activities ?? [];
const periodOf = (d: Dataset, a: Activity) => d.periods.find((p) => p.id === a.periodId)!;
const isWorkshop = (a: Activity) => a.kind === 'municipal-workshop';

/** A workshop for `code` on `day`, in a period. */
function addWorkshop(d: Dataset, period: Period, code: string, day: string, n = 0) {
  d.activities ??= [];
  d.activities.push({
    id: `lisatty-tyopaja-${n}`,
    periodId: period.id,
    kind: 'municipal-workshop',
    status: 'planned',
    title: { fi: 'Lisätty työpaja' },
    start: day,
    end: day,
    themeIds: [],
    municipalityCode: code,
    sources: [],
  });
}

/** A municipality that existed on a period's first day and has no tie to any of its members. */
function nonMember(d: Dataset, r: MunicipalityRegistry, period: Period): string | undefined {
  const members = new Set(
    d.participations.filter((p) => p.periodId === period.id).map((p) => p.municipalityCode),
  );
  return r
    .validOn(period.startDate)
    .find((m) => !members.has(m.code) && !r.predecessors(m.code).some((p) => members.has(p.code)))
    ?.code;
}

/** A municipality abolished during a period: a workshop on its last day of existence is too late. */
const abolishedIn = (d: Dataset, r: MunicipalityRegistry) => {
  for (const period of d.periods) {
    const found = r.municipalities.find(
      (m) => m.validTo !== null && m.validTo > period.startDate && m.validTo <= period.endDate,
    );
    if (found) return { period, code: found.code, day: found.validTo! };
  }
  return undefined;
};

/** A period with a workshop quota and a member whose membership holds on its first day. */
const quotaTarget = (d: Dataset) => {
  for (const programme of d.programmes ?? []) {
    if (!programme.workshopQuota) continue;
    const period = d.periods.find((p) => p.id === programme.periodId)!;
    const member = d.participations.find((p) => p.periodId === period.id);
    if (member)
      return {
        period,
        member,
        quota: programme.workshopQuota.count,
        day: member.joinedOn ?? period.startDate,
      };
  }
  return undefined;
};

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
  // activities and programmes
  {
    code: 'activity_time_forms_differ',
    applies: (d) => activitiesOf(d).length > 0,
    apply: (d) => {
      const a = d.activities![0]!;
      a.end = isAllDay(a.start) ? `${a.end}T12:00` : a.end.slice(0, 10);
    },
  },
  {
    code: 'activity_end_before_start',
    applies: (d) => activitiesOf(d).length > 0,
    apply: (d) => {
      const a = d.activities![0]!;
      a.end = isAllDay(a.start) ? previousDay(a.start) : a.start;
    },
  },
  {
    code: 'activity_outside_period',
    applies: (d) => activitiesOf(d).length > 0,
    apply: (d) => {
      const a = d.activities!.at(-1)!;
      const after = nextDay(periodOf(d, a).endDate);
      a.start = isAllDay(a.start) ? after : `${after}T10:00`;
      a.end = isAllDay(a.end) ? after : `${after}T12:00`;
    },
  },
  {
    code: 'unknown_activity_kind',
    applies: (d) => activitiesOf(d).some((a) => !isWorkshop(a)),
    apply: (d) => {
      d.activities!.find((a) => !isWorkshop(a))!.kind = 'natinal-seminar';
    },
  },
  {
    code: 'activity_theme_other_period',
    applies: (d) =>
      activitiesOf(d).length > 0 && d.themes.some((t) => t.periodId !== d.activities![0]!.periodId),
    apply: (d) => {
      const a = d.activities![0]!;
      a.themeIds = [d.themes.find((t) => t.periodId !== a.periodId)!.id];
    },
  },
  {
    code: 'workshop_without_municipality',
    applies: (d) => activitiesOf(d).length > 0,
    apply: (d) => {
      const a = d.activities![0]!;
      a.kind = 'municipal-workshop';
      delete a.municipalityCode;
    },
  },
  {
    code: 'municipality_only_for_workshops',
    applies: (d) => activitiesOf(d).some((a) => !isWorkshop(a)),
    apply: (d) => {
      d.activities!.find((a) => !isWorkshop(a))!.municipalityCode = '091';
    },
  },
  {
    code: 'workshop_not_member',
    applies: (d, r) => nonMember(d, r, d.periods[0]!) !== undefined,
    apply: (d, r) => {
      const period = d.periods[0]!;
      addWorkshop(d, period, nonMember(d, r, period)!, period.startDate);
    },
  },
  {
    code: 'workshop_municipality_abolished',
    applies: (d, r) => abolishedIn(d, r) !== undefined,
    apply: (d, r) => {
      const { period, code, day } = abolishedIn(d, r)!;
      addWorkshop(d, period, code, day);
    },
  },
  {
    code: 'workshop_quota_exceeded',
    applies: (d) => quotaTarget(d) !== undefined,
    apply: (d) => {
      const { period, member, quota, day } = quotaTarget(d)!;
      for (let n = 0; n <= quota; n++) addWorkshop(d, period, member.municipalityCode, day, n);
    },
  },
  {
    code: 'programme_count_negative',
    applies: (d) => (d.programmes ?? []).length > 0,
    apply: (d) => {
      const programme = d.programmes![0]!;
      if (programme.planned.length > 0) programme.planned[0]!.count = -1;
      else programme.workshopQuota = { count: -1, per: 'period', sources: [] };
    },
  },
  {
    code: 'duplicate_programme',
    applies: (d) => (d.programmes ?? []).length > 0,
    apply: (d) => void d.programmes!.push(structuredClone(d.programmes![0]!)),
  },
  {
    code: 'duplicate_planned_kind',
    applies: (d) => (d.programmes ?? []).some((p) => p.planned.length > 0),
    apply: (d) => {
      const programme = d.programmes!.find((p) => p.planned.length > 0)!;
      programme.planned.push({ ...programme.planned[0]!, sources: [] });
    },
  },
  {
    code: 'invalid_activity_time',
    applies: (d) => activitiesOf(d).length > 0,
    apply: (d) => {
      d.activities![0]!.start = '2019-03-05 10:00';
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
