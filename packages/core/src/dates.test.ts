import { describe, expect, it } from 'vitest';
import { isIsoDate, isWithin, startOfYear, toIsoDate, yearOf } from './dates.ts';

describe('ISO dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2019-02-29')).toBe(false);
    expect(isIsoDate('2019-02-30')).toBe(false);
    expect(isIsoDate('2019-13-01')).toBe(false);
    expect(isIsoDate('2019-1-01')).toBe(false);
    expect(isIsoDate('2019-01-01T00:00:00Z')).toBe(false);
  });

  it('treats ranges as half-open with open ends', () => {
    expect(isWithin('2025-01-01', null, '2025-01-01')).toBe(false);
    expect(isWithin('2024-12-31', null, '2025-01-01')).toBe(true);
    expect(isWithin('2009-01-01', '2009-01-01', null)).toBe(true);
    expect(isWithin('2008-12-31', '2009-01-01', null)).toBe(false);
  });

  it('converts', () => {
    expect(toIsoDate(new Date(Date.UTC(2019, 1, 22, 23, 30)))).toBe('2019-02-22');
    expect(startOfYear(2025)).toBe('2025-01-01');
    expect(yearOf('2019-02-22')).toBe(2019);
  });
});
