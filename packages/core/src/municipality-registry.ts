import type { IsoDate } from './dates.ts';
import {
  type Municipality,
  municipalityExistsOn,
  nameOn,
  type Region,
  regionOn,
} from './municipality.ts';
import { searchKey } from './text.ts';

/** One step in what became of a municipality: it merged into `code` on `effectiveDate`. */
export interface Succession {
  code: string;
  name: Municipality['name'];
  /** The day the predecessor ceased and this municipality took over. */
  effectiveDate: IsoDate;
  /** The municipality that merged into this one at this step. */
  from: string;
}

export interface SearchOptions {
  /** Only municipalities that existed on this date. */
  validOn?: IsoDate;
  /** Only this region (as it was on `validOn`, else the latest). */
  regionCode?: string;
}

/**
 * The municipality registry: every municipality current and abolished, with the questions
 * the domain asks of it. Build it once and share it; lookups are indexed.
 */
export interface MunicipalityRegistry {
  readonly municipalities: readonly Municipality[];
  readonly regions: readonly Region[];
  get(code: string): Municipality | undefined;
  region(code: string): Region | undefined;
  /** Whether the code names a municipality that existed on the date. */
  existsOn(code: string, date: IsoDate): boolean;
  /** The municipalities that existed on a date, by code. */
  validOn(date: IsoDate): Municipality[];
  /** Every successor of a code, following merger chains, in order. Empty while it exists. */
  successors(code: string): Succession[];
  /** The municipality that carries on the code today (itself, if it still exists). */
  currentSuccessor(code: string): Municipality | undefined;
  /** Every municipality that merged into this one, directly or through chains. */
  predecessors(code: string): Municipality[];
  /** Exact match on a Finnish, Swedish or former name, ignoring case and accents. */
  findByName(name: string, options?: SearchOptions): Municipality[];
  /** Substring match on Finnish, Swedish and former names, best matches first; or by code. */
  search(query: string, options?: SearchOptions): Municipality[];
  /** The region on a date. */
  regionOn(code: string, date: IsoDate): string | null;
  /** The names on a date. */
  nameOn(code: string, date: IsoDate): Municipality['name'] | undefined;
}

function namesOf(m: Municipality): string[] {
  const names = [
    m.name.fi,
    m.name.sv,
    ...(m.formerNames ?? []).flatMap((f) => [f.value.fi, f.value.sv]),
  ];
  return [...new Set(names.map(searchKey))];
}

export function createMunicipalityRegistry(
  municipalities: readonly Municipality[],
  regions: readonly Region[] = [],
): MunicipalityRegistry {
  const sorted = [...municipalities].sort((a, b) => a.code.localeCompare(b.code));
  const byCode = new Map(sorted.map((m) => [m.code, m]));
  const regionByCode = new Map(regions.map((r) => [r.code, r]));
  const keys = new Map(sorted.map((m) => [m.code, namesOf(m)]));
  const mergedFrom = new Map<string, Municipality[]>();
  for (const m of sorted) {
    if (!m.mergedInto) continue;
    mergedFrom.set(m.mergedInto, [...(mergedFrom.get(m.mergedInto) ?? []), m]);
  }

  const filter = (list: Municipality[], options: SearchOptions): Municipality[] =>
    list.filter(
      (m) =>
        (options.validOn === undefined || municipalityExistsOn(m, options.validOn)) &&
        (options.regionCode === undefined ||
          (options.validOn ? regionOn(m, options.validOn) : m.regionCode) === options.regionCode),
    );

  function successors(code: string): Succession[] {
    const chain: Succession[] = [];
    const seen = new Set([code]);
    let current = byCode.get(code);
    while (current?.mergedInto && current.validTo && !seen.has(current.mergedInto)) {
      const next = byCode.get(current.mergedInto);
      if (!next) break;
      seen.add(next.code);
      chain.push({
        code: next.code,
        name: nameOn(next, current.validTo),
        effectiveDate: current.validTo,
        from: current.code,
      });
      current = next;
    }
    return chain;
  }

  return {
    municipalities: sorted,
    regions: [...regions].sort((a, b) => a.code.localeCompare(b.code)),
    get: (code) => byCode.get(code),
    region: (code) => regionByCode.get(code),
    existsOn(code, date) {
      const m = byCode.get(code);
      return m !== undefined && municipalityExistsOn(m, date);
    },
    validOn: (date) => sorted.filter((m) => municipalityExistsOn(m, date)),
    successors,
    currentSuccessor(code) {
      const chain = successors(code);
      const last = chain.at(-1);
      return last ? byCode.get(last.code) : byCode.get(code);
    },
    predecessors(code) {
      const result: Municipality[] = [];
      const queue = [...(mergedFrom.get(code) ?? [])];
      const seen = new Set([code]);
      while (queue.length > 0) {
        const m = queue.shift()!;
        if (seen.has(m.code)) continue;
        seen.add(m.code);
        result.push(m);
        queue.push(...(mergedFrom.get(m.code) ?? []));
      }
      return result;
    },
    findByName(name, options = {}) {
      const key = searchKey(name);
      return filter(
        sorted.filter((m) => keys.get(m.code)!.includes(key)),
        options,
      );
    },
    search(query, options = {}) {
      const key = searchKey(query);
      if (key === '') return filter(sorted, options);
      if (/^\d{1,3}$/.test(key)) {
        const m = byCode.get(key.padStart(3, '0'));
        return m ? filter([m], options) : [];
      }
      // Rank: exact name, then prefix, then substring; ties by Finnish name.
      const ranked: Array<{ m: Municipality; rank: number }> = [];
      for (const m of sorted) {
        const names = keys.get(m.code)!;
        const rank = names.includes(key)
          ? 0
          : names.some((n) => n.startsWith(key))
            ? 1
            : names.some((n) => n.includes(key))
              ? 2
              : -1;
        if (rank >= 0) ranked.push({ m, rank });
      }
      ranked.sort((a, b) => a.rank - b.rank || a.m.name.fi.localeCompare(b.m.name.fi, 'fi'));
      return filter(
        ranked.map((r) => r.m),
        options,
      );
    },
    regionOn(code, date) {
      const m = byCode.get(code);
      return m ? regionOn(m, date) : null;
    },
    nameOn(code, date) {
      const m = byCode.get(code);
      return m ? nameOn(m, date) : undefined;
    },
  };
}
