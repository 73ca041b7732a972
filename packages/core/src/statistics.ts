/**
 * Descriptive statistics over a comparison group. The quantile method is Hyndman & Fan's
 * type 7 (linear interpolation between order statistics: R's default, Excel's QUARTILE.INC,
 * NumPy's `linear`): for sorted values x₁…xₙ and probability p, h = (n − 1)·p and the
 * quantile is x⌊h⌋₊₁ + (h − ⌊h⌋)·(x⌊h⌋₊₂ − x⌊h⌋₊₁). Its median is the ordinary median.
 */
export const QUANTILE_METHOD =
  'Hyndman & Fan (1996) type 7: linear interpolation between order statistics, h = (n − 1)p (as R quantile() by default, Excel QUARTILE.INC).';

/** The five-number summary of a group's values. */
export interface GroupSummary {
  /** How many values (members without a value are not counted). */
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** Drops binary floating-point noise (5.35 rather than 5.3500000000000005). */
const clean = (x: number) => Number(x.toPrecision(12));

/** The type-7 quantile of ascending `sorted` values at probability `p` (0–1). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('The quantile of no values is undefined.');
  if (!(p >= 0 && p <= 1)) throw new RangeError('p must be between 0 and 1.');
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo]!;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return clean(below + (h - lo) * (above - below));
}

/** Minimum, quartiles (type 7), median and maximum; null for no values. */
export function summarize(values: readonly number[]): GroupSummary | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    min: sorted[0]!,
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted.at(-1)!,
  };
}

/**
 * The rank of `value` among `values`, 1 for the highest. Ties share the best rank
 * ("1224" competition ranking): the rank is 1 + the number of values strictly greater.
 * Rank says nothing about better or worse; for some indicators lower is what one wants.
 */
export function rankOf(values: readonly number[], value: number): number {
  let greater = 0;
  for (const v of values) if (v > value) greater += 1;
  return greater + 1;
}
