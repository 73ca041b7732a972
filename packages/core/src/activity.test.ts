import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_KIND_NAMES,
  ACTIVITY_KINDS,
  activityDays,
  activityTimesProblem,
  compareActivities,
  isActivityTime,
  isKnownActivityKind,
  nextDay,
  previousDay,
} from './activity.ts';

describe('activity times', () => {
  it('are whole days or Helsinki wall-clock times to the minute', () => {
    for (const ok of ['2019-03-05', '2019-03-05T09:00', '2020-02-29T23:59', '2019-10-27T03:30'])
      expect(isActivityTime(ok), ok).toBe(true);
    for (const bad of [
      '2019-02-30',
      '2019-02-30T09:00',
      '2019-03-05T24:00',
      '2019-03-05T09:60',
      '2019-03-05T09:00:00',
      '2019-03-05T09:00Z',
      '2019-03-05T09:00+02:00',
      '2019-03-05 09:00',
      '5.3.2019',
      '',
    ])
      expect(isActivityTime(bad), bad).toBe(false);
  });

  it('need the same form at both ends, and an end after the start', () => {
    expect(activityTimesProblem('2019-03-05', '2019-03-05')).toBeUndefined();
    expect(activityTimesProblem('2019-03-05', '2019-03-06')).toBeUndefined();
    expect(activityTimesProblem('2019-03-05T09:00', '2019-03-05T16:00')).toBeUndefined();
    expect(activityTimesProblem('2019-03-05', '2019-03-04')).toBe('end_before_start');
    expect(activityTimesProblem('2019-03-05T09:00', '2019-03-05T09:00')).toBe('end_before_start');
    expect(activityTimesProblem('2019-03-05T09:00', '2019-03-05')).toBe('mixed_forms');
  });

  it('cover days from the first to the last, a midnight end belonging to the day before', () => {
    expect(activityDays({ start: '2019-03-05', end: '2019-03-06' })).toEqual({
      first: '2019-03-05',
      last: '2019-03-06',
    });
    expect(activityDays({ start: '2019-03-05T18:00', end: '2019-03-06T00:00' })).toEqual({
      first: '2019-03-05',
      last: '2019-03-05',
    });
    expect(activityDays({ start: '2019-03-05T18:00', end: '2019-03-06T01:00' })).toEqual({
      first: '2019-03-05',
      last: '2019-03-06',
    });
  });

  it('step over month and year ends, and leap days', () => {
    expect(nextDay('2019-12-31')).toBe('2020-01-01');
    expect(nextDay('2020-02-28')).toBe('2020-02-29');
    expect(previousDay('2020-03-01')).toBe('2020-02-29');
    expect(previousDay('2021-01-01')).toBe('2020-12-31');
  });

  it('sort by start, whole days before the times of that day, then by id', () => {
    const list = [
      { id: 'b', start: '2019-03-05T09:00' },
      { id: 'c', start: '2019-03-05' },
      { id: 'a', start: '2019-03-05T09:00' },
      { id: 'd', start: '2019-01-01' },
    ];
    expect(list.sort(compareActivities).map((a) => a.id)).toEqual(['d', 'c', 'a', 'b']);
  });
});

describe('activity kinds', () => {
  it('have a name in Finnish, Swedish and English', () => {
    for (const kind of ACTIVITY_KINDS) {
      const name = ACTIVITY_KIND_NAMES[kind];
      expect(name.fi && name.sv && name.en, kind).toBeTruthy();
    }
  });

  it('are extensible: another slug is a kind, just not a known one', () => {
    expect(isKnownActivityKind('municipal-workshop')).toBe(true);
    expect(isKnownActivityKind('change-clinic')).toBe(false);
  });
});
