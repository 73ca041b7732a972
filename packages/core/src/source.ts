import type { IsoDate } from './dates.ts';

/**
 * Where a fact comes from. Every network, period, theme and participation names its
 * sources by id, so that a reader can check it.
 */
export interface Source {
  id: string;
  title: string;
  url?: string;
  publisher?: string;
  author?: string;
  publishedOn?: IsoDate;
  /** When someone last read the page at `url` (a web page may change after it is cited). */
  accessedOn?: IsoDate;
  /** What the source says that matters here, or a caveat about it. */
  note?: string;
}
