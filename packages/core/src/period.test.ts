import { describe, expect, it } from 'vitest';
import {
  nextPeriod,
  PERIOD_STATUSES,
  type Period,
  periodStatus,
  periodsOfNetwork,
  periodsOverlap,
  previousPeriod,
} from './period.ts';

/** A two-year USO-style period starting on 1 January of `year`. */
const period = (ordinal: number, year: number, networkId = 'uso'): Period => ({
  id: `${networkId}-${ordinal}`,
  networkId,
  ordinal,
  label: `${networkId.toUpperCase()} ${ordinal}`,
  startDate: `${year}-01-01`,
  endDate: `${year + 1}-12-31`,
  sources: [],
});

describe('periodStatus', () => {
  const uso5 = period(5, 2019);

  it('is upcoming until the start day', () => {
    expect(periodStatus(uso5, '2000-01-01')).toBe('upcoming');
    expect(periodStatus(uso5, '2018-12-31')).toBe('upcoming');
  });

  it('is active on the start day, the end day and between', () => {
    expect(periodStatus(uso5, '2019-01-01')).toBe('active');
    expect(periodStatus(uso5, '2020-02-29')).toBe('active');
    expect(periodStatus(uso5, '2020-12-31')).toBe('active');
  });

  it('has ended from the day after the end day', () => {
    expect(periodStatus(uso5, '2021-01-01')).toBe('ended');
    expect(periodStatus(uso5, '2030-06-15')).toBe('ended');
  });

  it('is active for its one day when it starts and ends on the same day', () => {
    const day = { startDate: '2020-06-01', endDate: '2020-06-01' };
    expect(periodStatus(day, '2020-05-31')).toBe('upcoming');
    expect(periodStatus(day, '2020-06-01')).toBe('active');
    expect(periodStatus(day, '2020-06-02')).toBe('ended');
  });

  it('only ever returns a listed status', () => {
    expect(PERIOD_STATUSES).toEqual(['upcoming', 'active', 'ended']);
  });
});

describe('periodsOfNetwork', () => {
  it('keeps one network’s periods, ordered by ordinal', () => {
    const periods = [period(5, 2019), period(4, 2017), period(1, 2011, 'other'), period(6, 2021)];
    expect(periodsOfNetwork(periods, 'uso').map((p) => p.id)).toEqual(['uso-4', 'uso-5', 'uso-6']);
    expect(periodsOfNetwork(periods, 'other').map((p) => p.id)).toEqual(['other-1']);
    expect(periodsOfNetwork(periods, 'none')).toEqual([]);
  });

  it('orders by ordinal even when start dates disagree, then by start date', () => {
    const a = { ...period(2, 2015), id: 'a' };
    const b = { ...period(2, 2013), id: 'b' };
    const c = period(1, 2020);
    expect(periodsOfNetwork([a, c, b], 'uso').map((p) => p.id)).toEqual(['uso-1', 'b', 'a']);
  });

  it('does not reorder the array it is given', () => {
    const periods = [period(5, 2019), period(4, 2017)];
    periodsOfNetwork(periods, 'uso');
    expect(periods.map((p) => p.id)).toEqual(['uso-5', 'uso-4']);
  });
});

describe('previousPeriod', () => {
  const periods = [period(5, 2019), period(4, 2017), period(1, 2011, 'other'), period(6, 2021)];

  it('finds the period just before, by ordinal rather than array order', () => {
    expect(previousPeriod(periods, periods[0]!)?.id).toBe('uso-4');
    expect(previousPeriod(periods, periods[3]!)?.id).toBe('uso-5');
  });

  it('has none for the first period of a network', () => {
    expect(previousPeriod(periods, periods[1]!)).toBeUndefined();
    expect(previousPeriod(periods, periods[2]!)).toBeUndefined();
  });

  it('never crosses into another network', () => {
    const other2 = period(2, 2013, 'other');
    expect(previousPeriod([...periods, other2], other2)?.id).toBe('other-1');
  });

  it('skips a gap in the ordinals', () => {
    const gappy = [period(1, 2011), period(3, 2015)];
    expect(previousPeriod(gappy, gappy[1]!)?.id).toBe('uso-1');
  });

  it('has none for a period not in the list', () => {
    expect(previousPeriod(periods, period(9, 2031))).toBeUndefined();
  });
});

describe('periodsOverlap', () => {
  it('does not overlap consecutive periods', () => {
    expect(periodsOverlap(period(4, 2017), period(5, 2019))).toBe(false);
    expect(periodsOverlap(period(5, 2019), period(4, 2017))).toBe(false);
  });

  it('overlaps when they share a single day, either way round', () => {
    const shared = { startDate: '2018-12-31', endDate: '2019-12-31' };
    expect(periodsOverlap(period(4, 2017), shared)).toBe(true);
    expect(periodsOverlap(shared, period(4, 2017))).toBe(true);
  });

  it('overlaps when one contains the other, and with itself', () => {
    const inner = { startDate: '2019-06-01', endDate: '2019-06-30' };
    expect(periodsOverlap(period(5, 2019), inner)).toBe(true);
    expect(periodsOverlap(inner, period(5, 2019))).toBe(true);
    expect(periodsOverlap(inner, inner)).toBe(true);
  });

  it('does not overlap far-apart periods', () => {
    expect(periodsOverlap(period(1, 2011), period(6, 2021))).toBe(false);
  });
});

describe('nextPeriod', () => {
  it('continues the numbering, the label and the two-year terms of the latest period', () => {
    expect(nextPeriod([period(7, 2023), period(6, 2021)])).toEqual({
      ordinal: 8,
      label: 'USO 8',
      startDate: '2025-01-01',
      endDate: '2026-12-31',
    });
    expect(nextPeriod([period(1, 2011)], 1).endDate).toBe('2013-12-31');
  });

  it('proposes only the first ordinal for a network without periods', () => {
    expect(nextPeriod([])).toEqual({ ordinal: 1, label: '', startDate: '', endDate: '' });
  });
});
