import { describe, expect, it } from 'vitest';
import { quantile, rankOf, summarize } from './statistics.ts';

describe('quantile (Hyndman & Fan type 7)', () => {
  it('interpolates between order statistics: 1 2 3 4 → 1.75, 2.5, 3.25', () => {
    // h = (4 − 1)·0.25 = 0.75 → 1 + 0.75·(2 − 1) = 1.75; h = 1.5 → 2.5; h = 2.25 → 3.25.
    expect([0.25, 0.5, 0.75].map((p) => quantile([1, 2, 3, 4], p))).toEqual([1.75, 2.5, 3.25]);
  });

  it('lands on order statistics when h is whole: 1 1 3 4 5 → 1, 3, 4', () => {
    expect(summarize([3, 1, 4, 1, 5])).toEqual({ n: 5, min: 1, q1: 1, median: 3, q3: 4, max: 5 });
  });

  it('drops floating-point noise (5.3 and 5.5 → 5.35, not 5.3500000000000005)', () => {
    expect(quantile([5.3, 5.5], 0.25)).toBe(5.35);
  });

  it('refuses no values and a p outside 0–1; summarize answers null for none', () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
    expect(summarize([])).toBeNull();
    expect(summarize([7])).toEqual({ n: 1, min: 7, q1: 7, median: 7, q3: 7, max: 7 });
  });
});

describe('rankOf', () => {
  it('ranks 1 for the highest, ties share the best rank', () => {
    const values = [5, 3, 3, 1];
    expect(values.map((v) => rankOf(values, v))).toEqual([1, 2, 2, 4]);
  });
});
