import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../test/fixtures.ts';
import type { Activity } from './activity.ts';
import { createMunicipalityRegistry } from './municipality-registry.ts';
import type { Participation } from './participation.ts';
import {
  countForPeriod,
  periodYears,
  programmeProgress,
  workshopMembership,
  workshopUse,
  workshopUseByMember,
} from './programme.ts';

const registry = createMunicipalityRegistry(MUNICIPALITIES);
const uso5 = { id: 'uso-5', startDate: '2019-01-01', endDate: '2020-12-31' };

let serial = 0;
const activity = (fields: Partial<Activity> & Pick<Activity, 'start'>): Activity => ({
  id: `a-${++serial}`,
  periodId: 'uso-5',
  kind: 'municipal-workshop',
  status: 'planned',
  title: { fi: 'Kuntatyöpaja' },
  end: fields.start,
  themeIds: [],
  sources: [],
  ...fields,
});
const member = (municipalityCode: string, fields: Partial<Participation> = {}): Participation => ({
  periodId: 'uso-5',
  municipalityCode,
  role: 'kehittajakunta',
  sources: [],
  ...fields,
});

describe('periods in years', () => {
  it('lists the calendar years a period touches', () => {
    expect(periodYears(uso5)).toEqual([2019, 2020]);
    expect(periodYears({ startDate: '2019-06-01', endDate: '2021-05-31' })).toEqual([
      2019, 2020, 2021,
    ]);
  });

  it('turns a yearly count into a count for the period', () => {
    expect(countForPeriod({ count: 3, per: 'year' }, uso5)).toBe(6);
    expect(countForPeriod({ count: 5, per: 'period' }, uso5)).toBe(5);
  });
});

describe('workshopMembership', () => {
  const members = new Map([
    ['911', member('911')],
    ['091', member('091', { joinedOn: '2019-06-01', leftOn: '2020-06-30' })],
  ]);

  it('finds the member itself while its membership holds', () => {
    expect(workshopMembership(members, registry, '091', '2019-06-01')?.municipalityCode).toBe(
      '091',
    );
    expect(workshopMembership(members, registry, '091', '2019-05-31')).toBeUndefined();
    expect(workshopMembership(members, registry, '091', '2020-07-01')).toBeUndefined();
  });

  it('follows a merger: after 2020-01-01 a workshop for Nurmes belongs to Valtimo’s membership', () => {
    expect(workshopMembership(members, registry, '541', '2020-03-01')?.municipalityCode).toBe(
      '911',
    );
    // Before the merger, Nurmes was a municipality of its own and no member.
    expect(workshopMembership(members, registry, '541', '2019-12-31')).toBeUndefined();
    expect(workshopMembership(members, registry, '214', '2020-03-01')).toBeUndefined();
  });
});

describe('workshopUse', () => {
  it('counts held and planned against a quota for the period, never cancelled ones', () => {
    const use = workshopUse(uso5, { count: 5, per: 'period' }, [
      activity({ start: '2019-02-01', status: 'held' }),
      activity({ start: '2019-09-01', status: 'held' }),
      activity({ start: '2020-02-01', status: 'planned' }),
      activity({ start: '2020-03-01', status: 'cancelled' }),
    ]);
    expect(use).toEqual({ quota: 5, held: 2, planned: 1, remaining: 2 });
  });

  it('has no quota and nothing remaining to say without a programme', () => {
    expect(workshopUse(uso5, undefined, [activity({ start: '2019-02-01' })])).toEqual({
      quota: null,
      held: 0,
      planned: 1,
      remaining: null,
    });
  });

  it('counts a yearly quota year by year: one year’s unused workshops do not move to another', () => {
    const use = workshopUse(uso5, { count: 3, per: 'year' }, [
      activity({ start: '2019-02-01', status: 'held' }),
      activity({ start: '2019-05-01', status: 'held' }),
      activity({ start: '2019-09-01', status: 'held' }),
      activity({ start: '2019-11-01', status: 'held' }),
      activity({ start: '2020-02-01' }),
    ]);
    expect(use.quota).toBe(6);
    expect(use.held).toBe(4);
    expect(use.planned).toBe(1);
    // 2019 is over its quota (the rules report that); 2020 has two left.
    expect(use.years).toEqual([
      { year: 2019, quota: 3, held: 4, planned: 0, remaining: 0 },
      { year: 2020, quota: 3, held: 0, planned: 1, remaining: 2 },
    ]);
    expect(use.remaining).toBe(2);
  });

  it('counts only municipal workshops', () => {
    const use = workshopUse(uso5, { count: 5, per: 'period' }, [
      activity({ start: '2019-02-01', kind: 'national-seminar' }),
    ]);
    expect(use.planned).toBe(0);
  });
});

describe('workshopUseByMember', () => {
  it('gives every member its use, workshops after a merger counted for the merged member', () => {
    const use = workshopUseByMember(
      uso5,
      { workshopQuota: { count: 5, per: 'period', sources: [] } },
      [member('911'), member('091'), { ...member('214'), periodId: 'uso-4' }],
      [
        activity({ start: '2019-04-01', municipalityCode: '911', status: 'held' }),
        activity({ start: '2020-04-01', municipalityCode: '541' }),
        activity({ start: '2019-04-01', municipalityCode: '214' }),
        activity({ start: '2019-04-01', municipalityCode: '091', periodId: 'uso-6' }),
      ],
      registry,
    );
    expect(Object.fromEntries(use)).toEqual({
      '911': { quota: 5, held: 1, planned: 1, remaining: 3 },
      '091': { quota: 5, held: 0, planned: 0, remaining: 5 },
    });
  });
});

describe('programmeProgress', () => {
  it('sets each kind the programme plans against what was held, scheduled and cancelled', () => {
    const progress = programmeProgress(
      uso5,
      {
        planned: [
          { kind: 'national-seminar', count: 4, per: 'year', sources: [] },
          { kind: 'contact-person-meeting', per: 'period', sources: [] },
        ],
      },
      [
        activity({ start: '2019-02-01', kind: 'national-seminar', status: 'held' }),
        activity({ start: '2019-03-01', kind: 'national-seminar', status: 'cancelled' }),
        activity({ start: '2020-03-01', kind: 'national-seminar' }),
        activity({ start: '2019-04-01', kind: 'change-clinic', status: 'held' }),
        activity({ start: '2019-04-01', kind: 'municipal-workshop', status: 'held' }),
        activity({ start: '2019-04-01', periodId: 'uso-6', kind: 'national-seminar' }),
      ],
    );
    expect(progress).toEqual([
      { kind: 'national-seminar', planned: 8, held: 1, scheduled: 1, cancelled: 1 },
      { kind: 'contact-person-meeting', planned: null, held: 0, scheduled: 0, cancelled: 0 },
      { kind: 'municipal-workshop', planned: null, held: 1, scheduled: 0, cancelled: 0 },
      { kind: 'change-clinic', planned: null, held: 1, scheduled: 0, cancelled: 0 },
    ]);
  });

  it('is empty for a period without a programme or activities', () => {
    expect(programmeProgress(uso5, undefined, [])).toEqual([]);
  });
});
