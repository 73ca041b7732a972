import { describe, expect, it } from 'vitest';
import { isIsoDate, isWithin, startOfYear, toIsoDate, yearOf } from './dates.ts';

describe('isIsoDate', () => {
  it('accepts leap days only in leap years', () => {
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true); // divisible by 400
    expect(isIsoDate('2019-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false); // divisible by 100 but not 400
    expect(isIsoDate('2100-02-29')).toBe(false);
  });

  it('refuses impossible dates instead of rolling them over', () => {
    for (const bad of [
      '2019-02-30',
      '2020-02-30',
      '2019-04-31',
      '2019-06-31',
      '2019-13-01',
      '2019-00-10',
      '2019-01-00',
      '2019-01-32',
    ]) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
    expect(isIsoDate('2019-12-31')).toBe(true);
    expect(isIsoDate('2019-01-31')).toBe(true);
  });

  it('accepts only the YYYY-MM-DD form', () => {
    for (const bad of [
      '',
      '2019-1-01',
      '2019-01-1',
      '19-01-01',
      '2019/01/01',
      '20190101',
      '1.1.2019',
      ' 2019-01-01',
      '2019-01-01 ',
      '2019-01-01T00:00:00Z',
      '+02019-01-01',
    ]) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });

  it('handles years below 100 as themselves, not as 19xx', () => {
    expect(isIsoDate('0001-01-01')).toBe(true);
    expect(isIsoDate('0024-02-29')).toBe(true); // 24 is a leap year; 1924 is too, 1900 is not
    expect(isIsoDate('0023-02-29')).toBe(false);
    expect(isIsoDate('0000-02-29')).toBe(true); // year 0 is divisible by 400
  });
});

describe('isWithin', () => {
  it('includes the start and excludes the end', () => {
    expect(isWithin('2009-01-01', '2009-01-01', '2012-01-01')).toBe(true);
    expect(isWithin('2011-12-31', '2009-01-01', '2012-01-01')).toBe(true);
    expect(isWithin('2012-01-01', '2009-01-01', '2012-01-01')).toBe(false);
    expect(isWithin('2008-12-31', '2009-01-01', '2012-01-01')).toBe(false);
  });

  it('treats a missing bound as open', () => {
    expect(isWithin('2025-01-01', null, '2025-01-01')).toBe(false);
    expect(isWithin('2024-12-31', null, '2025-01-01')).toBe(true);
    expect(isWithin('1900-01-01', null, '2025-01-01')).toBe(true);
    expect(isWithin('2009-01-01', '2009-01-01', null)).toBe(true);
    expect(isWithin('9999-12-31', '2009-01-01', null)).toBe(true);
    expect(isWithin('2008-12-31', '2009-01-01', null)).toBe(false);
    expect(isWithin('2008-12-31', null, null)).toBe(true);
  });

  it('is empty when the range is', () => {
    expect(isWithin('2020-01-01', '2020-01-01', '2020-01-01')).toBe(false);
  });
});

describe('conversions', () => {
  it('takes the UTC date of a moment', () => {
    expect(toIsoDate(new Date(Date.UTC(2019, 1, 22, 23, 30)))).toBe('2019-02-22');
    expect(toIsoDate(new Date('2020-02-29T00:00:00Z'))).toBe('2020-02-29');
    // 00:30 in Helsinki (UTC+2) on 1 January is still 31 December in UTC.
    expect(toIsoDate(new Date('2025-01-01T00:30:00+02:00'))).toBe('2024-12-31');
  });

  it('writes the first day of a year, zero-padded', () => {
    expect(startOfYear(2025)).toBe('2025-01-01');
    expect(startOfYear(800)).toBe('0800-01-01');
    expect(isIsoDate(startOfYear(800))).toBe(true);
  });

  it('reads the year of a date', () => {
    expect(yearOf('2019-02-22')).toBe(2019);
    expect(yearOf('2012-01-01')).toBe(2012);
    expect(yearOf(startOfYear(1976))).toBe(1976);
  });
});
