import type {
  Activity,
  Dataset,
  Network,
  Participation,
  Period,
  Programme,
  Theme,
} from '@verkosto/core';
import { PARTICIPATION_ROLES, participationKey } from '@verkosto/core';
import { municipalityRegistry as registry } from '@verkosto/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validDataset as anyDataset } from '../test/arbitraries.ts';
import { checkDatasetRules } from './validate.ts';
import {
  applyWrite,
  checkWrite,
  importScope,
  issueIdentity,
  mergerFamily,
  selectScope,
  type Write,
  writeScope,
} from './write-scope.ts';

/** Codes that exist, were abolished, or are unknown: members of every kind of verdict. */
const CODES = ['091', '049', '609', '911', '476', '999', '853', '564'];
const SOURCES = ['lahde', 'toinen-lahde', 'puuttuva'];
/**
 * Municipalities joined by mergers (Oulu 2013, Kuopio 2015 and 2017, Pori 2010 and 2015,
 * Nurmes 2020): a workshop for one may count for another's membership and quota.
 */
const FAMILY = ['564', '084', '972', '297', '476', '174', '609', '413', '537', '911', '541'];

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const day = fc
  .tuple(fc.integer({ min: 2005, max: 2026 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}-01`);
const someSources = fc.subarray(SOURCES);
const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
const without = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

function participationWrite(d: Dataset): fc.Arbitrary<Write> {
  const periodIds = [...d.periods.map((p) => p.id), 'ei-ole'];
  const fields = fc.record({
    role: pick(PARTICIPATION_ROLES),
    joinedOn: maybe(day),
    leftOn: maybe(day),
    sources: someSources,
  });
  const create = fc
    .tuple(pick(periodIds), pick([...CODES, ...FAMILY]), fields)
    .map(([periodId, municipalityCode, f]): Write => {
      const after = without({ periodId, municipalityCode, ...f }) as Participation;
      return { kind: 'participation', key: participationKey(after), after };
    });
  if (d.participations.length === 0) return create;
  const existing = pick(d.participations);
  return fc.oneof(
    create,
    fc.tuple(existing, fields).map(([before, f]): Write => {
      const after = without({ ...before, ...f });
      return { kind: 'participation', key: participationKey(before), before, after };
    }),
    existing.map(
      (before): Write => ({ kind: 'participation', key: participationKey(before), before }),
    ),
  );
}

function periodWrite(d: Dataset): fc.Arbitrary<Write> {
  const themeIds = d.themes.map((t) => t.id);
  const fields = fc.record({
    ordinal: fc.integer({ min: 1, max: 5 }),
    startDate: day,
    endDate: day,
    label: pick(['Kausi', ' Kausi ']),
    leadThemeId: themeIds.length ? maybe(pick([...themeIds, 'ei-ole'])) : fc.constant(undefined),
    sources: someSources,
  });
  const create = fc
    .tuple(
      pick([...d.periods.map((p) => p.id), 'uusi-kausi']),
      pick([...d.networks.map((n) => n.id), 'ei-ole']),
      fields,
    )
    .map(([id, networkId, f]): Write => {
      const after = without({ id, networkId, ...f }) as Period;
      return { kind: 'period', key: id, after };
    });
  const existing = pick(d.periods);
  return fc.oneof(
    create,
    fc.tuple(existing, fields).map(
      ([before, f]): Write => ({
        kind: 'period',
        key: before.id,
        before,
        after: without({ ...before, ...f }),
      }),
    ),
    existing.map((before): Write => ({ kind: 'period', key: before.id, before })),
  );
}

function themeWrite(d: Dataset): fc.Arbitrary<Write> {
  const themeIds = [...d.themes.map((t) => t.id), 'ei-ole'];
  const fields = fc.record({
    slug: pick(['teema-0', 'teema-1', 'uusi']),
    origin: pick(['new', 'continued', 'borrowed', 'unspecified'] as const),
    parentId: maybe(pick(themeIds)),
    continuesThemeId: maybe(pick(themeIds)),
    borrowedFrom: maybe(fc.constant('Muualta')),
    name: pick([{ fi: 'Teema' }, { fi: ' Teema' }]),
    sources: someSources,
  });
  const create = fc.tuple(pick(d.periods.map((p) => p.id)), fields).map(([periodId, f]): Write => {
    const after = without({ id: `${periodId}-${f.slug}`, periodId, keywords: [], ...f }) as Theme;
    return { kind: 'theme', key: after.id, after };
  });
  if (d.themes.length === 0) return create;
  const existing = pick(d.themes);
  return fc.oneof(
    create,
    fc.tuple(existing, fields).map(
      ([before, f]): Write => ({
        kind: 'theme',
        key: before.id,
        before,
        after: without({
          ...before,
          ...f,
        }),
      }),
    ),
    existing.map((before): Write => ({ kind: 'theme', key: before.id, before })),
  );
}

function networkWrite(d: Dataset): fc.Arbitrary<Write> {
  const fields = fc.record({
    name: pick([{ fi: 'Verkosto' }, { fi: 'Verkosto ' }]),
    organiserBusinessId: maybe(pick(['0201256-6', '1234567-8'])),
    sources: someSources,
  });
  const create = fc.tuple(pick([...d.networks.map((n) => n.id), 'uusi']), fields).map(
    ([id, f]): Write => ({
      kind: 'network',
      key: id,
      after: without({ id, organiser: 'Kuntaliitto', links: [], ...f }) as Network,
    }),
  );
  const existing = pick(d.networks);
  return fc.oneof(
    create,
    fc.tuple(existing, fields).map(
      ([before, f]): Write => ({
        kind: 'network',
        key: before.id,
        before,
        after: without({ ...before, ...f }),
      }),
    ),
    existing.map((before): Write => ({ kind: 'network', key: before.id, before })),
  );
}

/**
 * Activities of every verdict: workshops for members, non-members and abolished municipalities,
 * many for one member (over its quota), times inside and outside the period, themes of the
 * period, of another period and none.
 */
function activityWrite(d: Dataset): fc.Arbitrary<Write> {
  const existing = d.activities ?? [];
  const themeIds = [...d.themes.map((t) => t.id), 'ei-ole'];
  const members = d.participations.map((p) => p.municipalityCode);
  const fields = fc.record({
    kind: pick(['municipal-workshop', 'national-seminar', 'work-seminar']),
    status: pick(['planned', 'held', 'cancelled'] as const),
    start: day,
    themeIds: fc.uniqueArray(pick(themeIds), { maxLength: 2 }),
    municipalityCode: maybe(pick([...members, ...CODES, ...FAMILY])),
    sources: someSources,
  });
  const create = fc
    .tuple(
      pick([...d.periods.map((p) => p.id), 'ei-ole']),
      pick([...existing.map((a) => a.id), 'uusi-toiminta', 'toinen-toiminta']),
      fields,
    )
    .map(([periodId, id, f]): Write => {
      const after = without({
        id,
        periodId,
        title: { fi: 'Toiminta' },
        ...f,
        end: f.start,
      }) as Activity;
      return { kind: 'activity', key: id, after };
    });
  if (existing.length === 0) return create;
  const one = pick(existing);
  // One more workshop for a municipality that has some: at its quota, one too many.
  const workshops = existing.filter((a) => a.kind === 'municipal-workshop');
  const another = workshops.length
    ? fc
        .tuple(pick(workshops), pick(['uusi-toiminta', 'toinen-toiminta']), fields)
        .map(([w, id, f]): Write => {
          const after = { ...w, id, status: f.status === 'cancelled' ? 'planned' : f.status };
          return { kind: 'activity', key: id, after };
        })
    : create;
  return fc.oneof(
    create,
    another,
    fc.tuple(one, fields).map(
      ([before, f]): Write => ({
        kind: 'activity',
        key: before.id,
        before,
        after: without({ ...before, ...f, end: f.start }),
      }),
    ),
    one.map((before): Write => ({ kind: 'activity', key: before.id, before })),
  );
}

function programmeWrite(d: Dataset): fc.Arbitrary<Write> {
  const fields = fc.record({
    planned: fc.uniqueArray(
      fc.record({
        kind: pick(['national-seminar', 'work-seminar', 'municipal-workshop']),
        count: maybe(fc.integer({ min: -1, max: 8 })),
        per: pick(['period', 'year'] as const),
        sources: someSources,
      }),
      { selector: (p) => p.kind, maxLength: 3 },
    ),
    workshopQuota: maybe(
      fc.record({
        count: fc.integer({ min: 0, max: 5 }),
        per: pick(['period', 'year'] as const),
        sources: someSources,
      }),
    ),
    sources: someSources,
  });
  return fc.oneof(
    fc
      .tuple(pick([...d.periods.map((p) => p.id), 'ei-ole']), fields)
      .map(([periodId, f]): Write => {
        const after = without({ periodId, ...f }) as Programme;
        after.planned = after.planned.map((p) => without(p));
        return { kind: 'programme', key: periodId, after };
      }),
    pick(d.periods.map((p) => p.id)).map((key): Write => ({ kind: 'programme', key })),
  );
}

/** A write's `before` is what the dataset holds at its key (a create may hit an existing key). */
function withBefore(d: Dataset, write: Write): Write {
  const items = {
    network: d.networks,
    period: d.periods,
    theme: d.themes,
    participation: d.participations,
    activity: d.activities ?? [],
    programme: d.programmes ?? [],
  }[write.kind] as Array<NonNullable<Write['after']>>;
  const before = items.find((item) =>
    write.kind === 'participation'
      ? participationKey(item as Participation) === write.key
      : write.kind === 'programme'
        ? (item as Programme).periodId === write.key
        : (item as { id: string }).id === write.key,
  );
  return { ...write, before } as Write;
}

/**
 * Datasets as a store holds them: with activities and programmes (and without, as before
 * them); where they have activities, one period also has members of merger families (the
 * municipality before and after a merger) and workshops for them on any of its days, so that a
 * workshop may count for another code's membership and quota. Those workshops may bring
 * issues of their own (one for no member, one after the period): a write's verdict is only what
 * it adds.
 */
const validDataset = (r: typeof registry) =>
  anyDataset(r).chain((d): fc.Arbitrary<Dataset> => {
    if (!d.activities) return fc.constant(d);
    return fc
      .record({
        period: pick(d.periods),
        codes: fc.subarray(FAMILY, { minLength: 1, maxLength: 5 }),
        workshops: fc.array(
          fc.record({
            code: pick(FAMILY),
            // Past the period's end too: after a merger, for the merged member.
            offset: fc.integer({ min: 0, max: 1100 }),
            status: pick(['planned', 'held', 'cancelled'] as const),
          }),
          { maxLength: 8 },
        ),
      })
      .map(({ period, codes, workshops }) => {
        const present = new Set(
          d.participations.filter((p) => p.periodId === period.id).map((p) => p.municipalityCode),
        );
        // Members that existed through the period: stored data has no membership issues.
        const members = codes
          .filter(
            (code) =>
              !present.has(code) &&
              r.existsOn(code, period.startDate) &&
              r.existsOn(code, period.endDate),
          )
          .map(
            (municipalityCode): Participation => ({
              periodId: period.id,
              municipalityCode,
              role: 'kehittajakunta',
              sources: ['lahde'],
            }),
          );
        const start = Date.parse(period.startDate);
        const added = workshops.map(({ code, offset, status }, i): Activity => {
          const on = new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
          return {
            id: `${period.id}-perhetyopaja-${i}`,
            periodId: period.id,
            kind: 'municipal-workshop',
            status,
            title: { fi: 'Kuntatyöpaja' },
            start: on,
            end: on,
            themeIds: [],
            municipalityCode: code,
            sources: [],
          };
        });
        return {
          ...d,
          participations: [...d.participations, ...members],
          activities: [...d.activities!, ...added],
        };
      });
  });

const anyWrite = (d: Dataset) =>
  fc.oneof(
    participationWrite(d),
    periodWrite(d),
    themeWrite(d),
    networkWrite(d),
    activityWrite(d),
    programmeWrite(d),
  );

const datasetAndWrite = validDataset(registry).chain((d) =>
  fc.tuple(
    fc.constant(d),
    anyWrite(d).map((w) => withBefore(d, w)),
  ),
);

const narrow = { registry };

const verdict = (d: Dataset, w: Write) => {
  const { ok, issues } = checkWrite(d, w, { registry });
  return { ok, issues: issues.map(issueIdentity).sort() };
};

/**
 * Rows of an import: upserts (creates and updates) of every kind, as a dataset file brings them,
 * onto valid data (an import reports every issue of what it touches, so nothing else may have any).
 */
const datasetAndImport = anyDataset(registry).chain((d) =>
  fc.tuple(
    fc.constant(d),
    fc.array(
      anyWrite(d)
        .filter((w) => w.after !== undefined)
        .map((w) => withBefore(d, w)),
      { minLength: 1, maxLength: 6 },
    ),
  ),
);

const errorsOf = (d: Dataset) => checkDatasetRules(d, { registry }).map(issueIdentity).sort();

describe('an import judged in its scope', () => {
  it('finds the same issues as in the whole dataset', () => {
    fc.assert(
      fc.property(datasetAndImport, ([dataset, writes]) => {
        const rows = {
          networks: writes.flatMap((w) => (w.kind === 'network' ? [w.after!] : [])),
          periods: writes.flatMap((w) => (w.kind === 'period' ? [w.after!] : [])),
          themes: writes.flatMap((w) => (w.kind === 'theme' ? [w.after!] : [])),
          participations: writes.flatMap((w) => (w.kind === 'participation' ? [w.after!] : [])),
          activities: writes.flatMap((w) => (w.kind === 'activity' ? [w.after!] : [])),
          programmes: writes.flatMap((w) => (w.kind === 'programme' ? [w.after!] : [])),
        };
        const scoped = selectScope(dataset, importScope(rows));
        const apply = (d: Dataset) => writes.reduce(applyWrite, d);
        expect(errorsOf(apply(scoped))).toEqual(errorsOf(apply(dataset)));
      }),
      { numRuns: Number(process.env.SCOPE_RUNS ?? 300) },
    );
  });
});

describe('a write judged in its scope', () => {
  it('gets the same verdict as when judged against the whole dataset', () => {
    fc.assert(
      fc.property(datasetAndWrite, ([dataset, write]) => {
        const whole = verdict(dataset, write);
        // Narrowed by the registry (a member's, an activity's scope by key), and period-wide.
        expect(verdict(selectScope(dataset, writeScope(write, narrow)), write)).toEqual(whole);
        expect(verdict(selectScope(dataset, writeScope(write)), write)).toEqual(whole);
      }),
      { numRuns: Number(process.env.SCOPE_RUNS ?? 400) },
    );
  });

  it('gets the same verdict for workshops and members of merger families', () => {
    // The writes the narrowed scope is about: workshops, their members, and the quota.
    const workshopWrites = validDataset(registry)
      .filter((d) => (d.activities ?? []).length > 0)
      .chain((d) =>
        fc.tuple(
          fc.constant(d),
          fc.oneof(activityWrite(d), participationWrite(d)).map((w) => withBefore(d, w)),
        ),
      );
    fc.assert(
      fc.property(workshopWrites, ([dataset, write]) => {
        const scoped = selectScope(dataset, writeScope(write, narrow));
        expect(verdict(scoped, write)).toEqual(verdict(dataset, write));
      }),
      { numRuns: Number(process.env.SCOPE_RUNS ?? 400) },
    );
  });

  it('reads no other activity for an activity that is not a workshop', () => {
    fc.assert(
      fc.property(datasetAndWrite, ([dataset, write]) => {
        if (write.kind !== 'activity') return;
        const scope = writeScope(write, narrow);
        const scoped = selectScope(dataset, scope);
        expect(scope.activitiesOf).toEqual([]);
        const workshops = [write.before, write.after].filter(
          (a) => a?.kind === 'municipal-workshop' && a.municipalityCode,
        );
        const family = new Set(
          workshops.flatMap((a) =>
            mergerFamily(registry, a!.municipalityCode!).map((c) => `${a!.periodId}/${c}`),
          ),
        );
        for (const a of scoped.activities ?? [])
          expect(
            a.id === write.key ||
              (a.municipalityCode !== undefined &&
                family.has(`${a.periodId}/${a.municipalityCode}`)),
          ).toBe(true);
        for (const m of scoped.participations) expect(family.has(participationKey(m))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses, within the scope, a member the registry does not know', () => {
    fc.assert(
      fc.property(validDataset(registry), (dataset) => {
        const period = dataset.periods[0]!;
        const unknown: Write = {
          kind: 'participation',
          key: `${period.id}/999`,
          after: {
            periodId: period.id,
            municipalityCode: '999',
            role: 'kehittajakunta',
            sources: [],
          },
        };
        const scoped = checkWrite(selectScope(dataset, writeScope(unknown)), unknown, { registry });
        expect(scoped.ok).toBe(false);
        expect(scoped.issues.map((i) => i.code)).toEqual(['unknown_municipality']);
      }),
      { numRuns: 50 },
    );
  });

  it('scopes a member to its period, not its network', () => {
    fc.assert(
      fc.property(validDataset(registry), (dataset) => {
        const p = dataset.participations[0];
        if (!p) return;
        const scoped = selectScope(
          dataset,
          writeScope({ kind: 'participation', key: participationKey(p), before: p }),
        );
        expect(new Set(scoped.participations.map((x) => x.periodId))).toEqual(
          new Set([p.periodId]),
        );
        expect(scoped.periods.map((x) => x.id)).toEqual([p.periodId]);
        // Its period's themes and activities: what a workshop of the member is judged with.
        expect(scoped.themes.every((t) => t.periodId === p.periodId)).toBe(true);
        expect(scoped.activities?.every((a) => a.periodId === p.periodId)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('scopes an activity to its period: a workshop over the quota is found there', () => {
    fc.assert(
      fc.property(validDataset(registry), (dataset) => {
        const quota = (dataset.programmes ?? []).find((p) => p.workshopQuota);
        const period = quota && dataset.periods.find((p) => p.id === quota.periodId);
        const member = period && dataset.participations.find((m) => m.periodId === period.id);
        if (!quota || !period || !member) return;
        const day = member.joinedOn ?? period.startDate;
        let d = dataset;
        let last: ReturnType<typeof checkWrite> | undefined;
        // One more workshop than any quota allows, each judged in its scope.
        for (let n = 0; n <= quota.workshopQuota!.count * 2; n++) {
          const after: Activity = {
            id: `uusi-tyopaja-${n}`,
            periodId: period.id,
            kind: 'municipal-workshop',
            status: 'planned',
            title: { fi: 'Työpaja' },
            start: day,
            end: day,
            themeIds: [],
            municipalityCode: member.municipalityCode,
            sources: [],
          };
          const write: Write = { kind: 'activity', key: after.id, after };
          last = checkWrite(selectScope(d, writeScope(write, narrow)), write, { registry });
          if (!last.ok) break;
          d = applyWrite(d, write);
        }
        expect(last?.issues.map((i) => i.code)).toEqual(['workshop_quota_exceeded']);
      }),
      { numRuns: 50 },
    );
  });

  it('applies a removal of a period to its themes and members', () => {
    fc.assert(
      fc.property(validDataset(registry), (dataset) => {
        const period = dataset.periods[0]!;
        const after = applyWrite(dataset, { kind: 'period', key: period.id, before: period });
        expect(after.periods.some((p) => p.id === period.id)).toBe(false);
        expect(after.themes.some((t) => t.periodId === period.id)).toBe(false);
        expect(after.participations.some((p) => p.periodId === period.id)).toBe(false);
      }),
      { numRuns: 20 },
    );
  });
});
