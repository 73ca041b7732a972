import { readFileSync } from 'node:fs';
import type { Activity, Dataset } from '@verkosto/core';
import { municipalityRegistry as registry, USO_PROGRAMMES, usoDataset } from '@verkosto/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MUTATIONS, validDataset } from '../../test/arbitraries.ts';
import { formatIssue } from '../format.ts';
import { validateDataset, validateEntity } from '../validate.ts';
import { activitiesRule, checkPeriodActivities } from './activities.ts';
import { buildIndex } from './rule.ts';

/** The seed with its programmes, Valtimo (911) and Pori (609) as USO 5 members, and activities. */
function uso5(activities: Array<Partial<Activity>>): Dataset {
  const dataset = structuredClone(usoDataset);
  dataset.programmes = structuredClone(USO_PROGRAMMES);
  dataset.participations.push(
    { periodId: 'uso-5', municipalityCode: '911', role: 'kehittajakunta', sources: [] },
    { periodId: 'uso-5', municipalityCode: '609', role: 'kehittajakunta', sources: [] },
  );
  dataset.activities = activities.map((fields, n) => ({
    id: `uso-5-toiminta-${n}`,
    periodId: 'uso-5',
    kind: 'municipal-workshop',
    status: 'planned',
    title: { fi: 'Kuntatyöpaja' },
    start: '2019-09-10',
    end: '2019-09-10',
    themeIds: ['uso-5-resurssialykkyys'],
    municipalityCode: '609',
    sources: ['fcg-uso-en'],
    ...fields,
  }));
  return dataset;
}

/** The issues, without the warning that Valtimo was abolished during USO 5 (it was). */
const codes = (dataset: Dataset) =>
  validateDataset(dataset, { registry }).issues.filter(
    (i) => i.code !== 'municipality_abolished_during_period',
  );

describe('activity rules on the USO seed', () => {
  it('accept the seed with its programmes, and a seminar and workshops within the quota', () => {
    const dataset = uso5([
      {
        kind: 'national-seminar',
        municipalityCode: undefined,
        start: '2019-03-05T10:00',
        end: '2019-03-05T16:00',
        status: 'held',
        participantCount: 84,
      },
      ...Array.from({ length: 5 }, (_, n) => ({
        start: `2019-0${n + 1}-15`,
        end: `2019-0${n + 1}-15`,
      })),
      { start: '2019-06-15', end: '2019-06-15', status: 'cancelled' as const },
    ]);
    delete dataset.activities![0]!.municipalityCode;
    expect(codes(dataset)).toEqual([]);
  });

  it('refuse a sixth workshop for Pori in USO 5, naming the quota', () => {
    const dataset = uso5(
      Array.from({ length: 6 }, (_, n) => ({
        start: `2019-0${n + 1}-15`,
        end: `2019-0${n + 1}-15`,
      })),
    );
    const found = codes(dataset);
    expect(found.map((i) => [i.code, i.path])).toEqual([
      ['workshop_quota_exceeded', '/activities/5/municipalityCode'],
    ]);
    expect(formatIssue(found[0]!, 'fi')).toBe(
      '/activities/5/municipalityCode: virhe: Pori (609): 6. kuntatyöpaja kaudella uso-5, kiintiö on 5. [workshop_quota_exceeded]',
    );
    expect(found[0]!.message.en).toBe('Pori (609): workshop number 6 in uso-5; the quota is 5.');
  });

  it('count USO 2’s quota per year: three in 2013 and three in 2014, not four in one year', () => {
    const dataset = structuredClone(usoDataset);
    dataset.programmes = structuredClone(USO_PROGRAMMES);
    dataset.participations.push({
      periodId: 'uso-2',
      municipalityCode: '609',
      role: 'kehittajakunta',
      sources: [],
    });
    const workshop = (n: number, day: string): Activity => ({
      id: `uso-2-tyopaja-${n}`,
      periodId: 'uso-2',
      kind: 'municipal-workshop',
      status: 'held',
      title: { fi: 'Kuntatyöpaja' },
      start: day,
      end: day,
      themeIds: [],
      municipalityCode: '609',
      sources: [],
    });
    dataset.activities = [
      '2013-02-01',
      '2013-05-01',
      '2013-09-01',
      '2014-02-01',
      '2014-05-01',
      '2014-09-01',
    ].map((day, n) => workshop(n, day));
    expect(codes(dataset)).toEqual([]);
    dataset.activities.push(workshop(6, '2013-12-01'));
    const found = codes(dataset);
    expect(found.map((i) => i.code)).toEqual(['workshop_quota_exceeded']);
    expect(found[0]!.message.en).toBe('Pori (609): workshop number 4 in 2013; the quota is 3.');
  });

  it('follow Valtimo’s merger into Nurmes: after it, the workshop is Nurmes’s and still Valtimo’s membership', () => {
    expect(
      codes(uso5([{ municipalityCode: '541', start: '2020-03-01', end: '2020-03-01' }])),
    ).toEqual([]);
    const found = codes(
      uso5([{ municipalityCode: '911', start: '2020-03-01', end: '2020-03-01' }]),
    );
    expect(found.map((i) => i.code)).toEqual(['workshop_municipality_abolished']);
    expect(found[0]!.message.en).toBe(
      'Valtimo (911) did not exist on 2020-03-01: merged into Nurmes (541) on 2020-01-01. Record the workshop for its successor.',
    );
    // Before the merger Nurmes was no member.
    const before = codes(
      uso5([{ municipalityCode: '541', start: '2019-03-01', end: '2019-03-01' }]),
    );
    expect(before.map((i) => i.code)).toEqual(['workshop_not_member']);
    expect(before[0]!.message.fi).toBe('Nurmes (541) ei ollut kauden uso-5 jäsen 1.3.2019.');
  });

  it('count Nurmes’s workshops after the merger against Valtimo’s quota', () => {
    const found = codes(
      uso5([
        ...Array.from({ length: 4 }, (_, n) => ({
          municipalityCode: '911',
          start: `2019-0${n + 1}-15`,
          end: `2019-0${n + 1}-15`,
        })),
        { municipalityCode: '541', start: '2020-03-01', end: '2020-03-01' },
        { municipalityCode: '541', start: '2020-04-01', end: '2020-04-01' },
      ]),
    );
    expect(found.map((i) => [i.code, i.path])).toEqual([
      ['workshop_quota_exceeded', '/activities/5/municipalityCode'],
    ]);
    expect(found[0]!.params).toMatchObject({ code: '911', name: 'Valtimo', count: 6 });
  });

  it('keep an activity within its period and on the period’s themes', () => {
    const found = codes(
      uso5([
        {
          kind: 'work-seminar',
          start: '2020-12-31T15:00',
          end: '2021-01-01T02:00',
          themeIds: ['uso-4-muutoksen-johtaminen', 'ei-ole'],
        },
      ]).valueOf() as Dataset,
    );
    expect(found.map((i) => [i.code, i.path])).toEqual([
      ['activity_outside_period', '/activities/0/end'],
      ['municipality_only_for_workshops', '/activities/0/municipalityCode'],
      ['activity_theme_other_period', '/activities/0/themeIds/0'],
      ['unknown_theme', '/activities/0/themeIds/1'],
    ]);
    expect(found[0]!.message.fi).toBe(
      'Päivä 1.1.2021 on kauden uso-5 (2019-01-01–2020-12-31) ulkopuolella.',
    );
  });

  it('accept the example of docs/dataset-format.md, whose programme is the seed’s', () => {
    const docs = readFileSync(
      new URL('../../../../docs/dataset-format.md', import.meta.url),
      'utf8',
    );
    const example = JSON.parse([...docs.matchAll(/```json\n([\s\S]*?)```/g)][1]![1]!) as Pick<
      Dataset,
      'activities' | 'programmes'
    >;
    expect(example.programmes).toEqual(USO_PROGRAMMES.filter((p) => p.periodId === 'uso-5'));
    const dataset = uso5([]);
    dataset.activities = example.activities;
    expect(codes(dataset)).toEqual([]);
  });

  it('reads datasets without activities or programmes, as written before them', () => {
    const old = structuredClone(usoDataset);
    expect(old.activities).toBeUndefined();
    expect(validateDataset(old, { registry }).issues).toEqual([]);
  });
});

describe('validateEntity for activities and programmes', () => {
  it('checks an activity alone: shape, times, kind and municipality', () => {
    const body = uso5([{ start: '2019-09-10T10:00', end: '2019-09-10' }]).activities![0];
    const report = validateEntity('activity', body);
    expect(report.issues.map((i) => [i.code, i.path])).toEqual([
      ['activity_time_forms_differ', '/end'],
    ]);
    const bad = validateEntity('activity', {
      ...body,
      start: '2019-09-10 10:00',
      participantCount: -1,
    });
    expect(bad.issues.map((i) => [i.code, i.path])).toEqual([
      ['too_small', '/participantCount'],
      ['invalid_activity_time', '/start'],
    ]);
  });

  it('checks a programme alone: counts never negative, a kind planned once', () => {
    const programme = structuredClone(USO_PROGRAMMES[3]!);
    programme.planned[1]!.count = -2;
    programme.planned.push({ ...programme.planned[0]!, sources: [] });
    const report = validateEntity('programme', programme);
    expect(report.issues.map((i) => [i.code, i.path])).toEqual([
      ['programme_count_negative', '/planned/1/count'],
    ]);
    const shapeOk = structuredClone(USO_PROGRAMMES[3]!);
    shapeOk.planned.push({ ...shapeOk.planned[0]!, sources: [] });
    expect(validateEntity('programme', shapeOk).issues.map((i) => i.code)).toEqual([
      'duplicate_planned_kind',
    ]);
  });
});

describe('scoped to one period', () => {
  it('gives for each period, from that period’s rows alone, what the whole dataset gives', () => {
    const mutations = MUTATIONS.filter((m) =>
      activitiesRule.codes.includes(m.code as (typeof activitiesRule.codes)[number]),
    );
    fc.assert(
      fc.property(validDataset(registry), fc.constantFrom(...mutations), (valid, mutation) => {
        const dataset = structuredClone(valid);
        if (mutation.applies(dataset, registry)) mutation.apply(dataset, registry);
        const index = buildIndex(dataset);
        const whole = activitiesRule.check(dataset, { registry, index });
        const scoped = dataset.periods.flatMap((period) => {
          // What a store reads for a write in this period: its rows, and lookups by key.
          const activities = (dataset.activities ?? [])
            .map((activity, i) => ({ activity, index: i }))
            .filter(({ activity }) => activity.periodId === period.id);
          const programmeAt = (dataset.programmes ?? []).findIndex((p) => p.periodId === period.id);
          if (activities.length === 0 && programmeAt < 0) return [];
          return checkPeriodActivities(
            {
              period,
              members: dataset.participations.filter((p) => p.periodId === period.id),
              activities,
              ...(programmeAt >= 0
                ? {
                    programme: { programme: dataset.programmes![programmeAt]!, index: programmeAt },
                  }
                : {}),
              theme: (id) => dataset.themes.find((t) => t.id === id),
              hasSource: (id) => dataset.sources.some((s) => s.id === id),
            },
            registry,
          );
        });
        // The whole-dataset rule adds what crosses periods: duplicate ids, unknown periods,
        // and a period's second programme (the period has the first one).
        const firsts = new Map<string, number>();
        (dataset.programmes ?? []).forEach((p, i) => {
          if (!firsts.has(p.periodId)) firsts.set(p.periodId, i);
        });
        const second = (path: string) => {
          const match = /^\/programmes\/(\d+)/.exec(path);
          if (!match) return false;
          const i = Number(match[1]);
          return firsts.get(dataset.programmes![i]!.periodId) !== i;
        };
        const crossing = new Set(['duplicate_id', 'unknown_period', 'duplicate_programme']);
        const key = (i: { code: string; path: string }) => `${i.code} ${i.path}`;
        expect(scoped.map(key).sort()).toEqual(
          whole
            .filter((i) => !crossing.has(i.code) && !second(i.path))
            .map(key)
            .sort(),
        );
      }),
      { numRuns: 150 },
    );
  });
});
