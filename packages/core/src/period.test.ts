import { describe, expect, it } from 'vitest';
import {
  type Period,
  periodStatus,
  periodsOfNetwork,
  periodsOverlap,
  previousPeriod,
} from './period.ts';

const period = (ordinal: number, year: number, networkId = 'uso'): Period => ({
  id: `${networkId}-${ordinal}`,
  networkId,
  ordinal,
  label: `USO ${ordinal}`,
  startDate: `${year}-01-01`,
  endDate: `${year + 1}-12-31`,
  sources: [],
});

describe('periods', () => {
  it('is active from its first to its last day', () => {
    const uso5 = period(5, 2019);
    expect(periodStatus(uso5, '2018-12-31')).toBe('upcoming');
    expect(periodStatus(uso5, '2019-01-01')).toBe('active');
    expect(periodStatus(uso5, '2020-12-31')).toBe('active');
    expect(periodStatus(uso5, '2021-01-01')).toBe('ended');
  });

  it('orders a network’s periods and finds the previous one', () => {
    const periods = [period(5, 2019), period(4, 2017), period(1, 2011, 'other'), period(6, 2021)];
    expect(periodsOfNetwork(periods, 'uso').map((p) => p.id)).toEqual(['uso-4', 'uso-5', 'uso-6']);
    expect(previousPeriod(periods, periods[0]!)?.id).toBe('uso-4');
    expect(previousPeriod(periods, periods[1]!)).toBeUndefined();
  });

  it('overlaps when they share a day', () => {
    expect(periodsOverlap(period(4, 2017), period(5, 2019))).toBe(false);
    expect(
      periodsOverlap(period(4, 2017), { startDate: '2018-12-31', endDate: '2019-12-31' }),
    ).toBe(true);
  });
});
