/** A calendar date as ISO 8601 `YYYY-MM-DD`. Dates in Verkosto carry no time or zone. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (so `2019-02-30` is false). */
export function isIsoDate(value: string): value is IsoDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The date part of a moment, in UTC. */
export function toIsoDate(moment: Date): IsoDate {
  return moment.toISOString().slice(0, 10);
}

/** `YYYY-01-01` of a year. */
export function startOfYear(year: number): IsoDate {
  return `${String(year).padStart(4, '0')}-01-01`;
}

/** The year of an ISO date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/**
 * Whether `date` falls in the half-open range [`from`, `until`). A missing bound is open.
 * ISO dates compare correctly as strings, so no parsing is needed.
 */
export function isWithin(date: IsoDate, from: IsoDate | null, until: IsoDate | null): boolean {
  return (from === null || from <= date) && (until === null || date < until);
}
