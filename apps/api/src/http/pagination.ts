import { ProblemError } from './problem.ts';

/** Lists page with an opaque cursor: the sort key of the last item, so pages hold under writes. */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

export interface Page<T> {
  data: T[];
  meta: { total: number; limit: number; nextCursor: string | null };
}

export function encodeCursor(key: string): string {
  const bytes = new TextEncoder().encode(JSON.stringify({ k: key }));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replaceAll('=', '');
}

/** The key inside a cursor, or undefined when the cursor is not one of ours. */
export function decodeCursor(cursor: string): string | undefined {
  try {
    const binary = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'));
    const json = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(
      Uint8Array.from(binary, (ch) => ch.charCodeAt(0)),
    );
    const value = JSON.parse(json) as { k?: unknown };
    return typeof value.k === 'string' ? value.k : undefined;
  } catch {
    return undefined;
  }
}

/** The key a `cursor` parameter carries; a cursor that is not one of ours is a 400. */
export function cursorKey(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const key = decodeCursor(cursor);
  if (key === undefined)
    throw new ProblemError('bad-request', { detail: 'Invalid cursor.', invalidParams: ['cursor'] });
  return key;
}

/** A page of items sorted by `keyOf` (unique, ascending), after the cursor's key. */
export function paginate<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  limit: number,
  afterKey?: string,
): Page<T> {
  let start = 0;
  if (afterKey !== undefined) {
    // Binary search: the first item whose key sorts after the cursor's.
    let low = 0;
    let high = items.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (keyOf(items[mid]!) <= afterKey) low = mid + 1;
      else high = mid;
    }
    start = low;
  }
  const data = items.slice(start, start + limit);
  const more = start + limit < items.length;
  return {
    data,
    meta: {
      total: items.length,
      limit,
      nextCursor: more && data.length > 0 ? encodeCursor(keyOf(data.at(-1)!)) : null,
    },
  };
}

/** The response of a keyset page read from the store: its items, the total, the next cursor. */
export function keysetPage<T>(
  page: { items: T[]; total: number; more: boolean },
  limit: number,
  keyOf: (item: T) => string,
): Page<T> {
  const last = page.items.at(-1);
  return {
    data: page.items,
    meta: {
      total: page.total,
      limit,
      nextCursor: page.more && last !== undefined ? encodeCursor(keyOf(last)) : null,
    },
  };
}
