import { useEffect, useState } from 'react';
import { api } from '../api.ts';

/**
 * Names for the ids an audit entry holds (a membership names only a municipality code and a
 * period id), read once each and kept for the session. Until read, or when gone, the id shows.
 */
const cache = new Map<string, Promise<string | undefined>>();

function lookup(kind: 'period' | 'municipality', id: string): Promise<string | undefined> {
  const key = `${kind}:${id}`;
  let found = cache.get(key);
  if (!found) {
    found =
      kind === 'period'
        ? api
            .GET('/v1/periods/{periodId}', { params: { path: { periodId: id } } })
            .then((r) => r.data?.data.label)
        : api
            .GET('/v1/municipalities/{code}', { params: { path: { code: id } } })
            .then((r) => r.data?.data.names.fi);
    cache.set(
      key,
      found.catch(() => undefined),
    );
  }
  return found;
}

export interface NameRequest {
  kind: 'period' | 'municipality';
  id: string;
}

/** The names of `requests` as they arrive, by `kind:id`. */
export function useNames(requests: readonly NameRequest[]): Map<string, string> {
  const [names, setNames] = useState(new Map<string, string>());
  const wanted = [...new Set(requests.map((r) => `${r.kind}:${r.id}`))].sort().join('|');
  useEffect(() => {
    let live = true;
    const keys = wanted ? wanted.split('|') : [];
    void Promise.all(
      keys.map(async (key) => {
        const [kind, id] = key.split(/:(.*)/s) as ['period' | 'municipality', string];
        return [key, await lookup(kind, id)] as const;
      }),
    ).then((found) => {
      if (!live) return;
      setNames(new Map(found.filter((f): f is [string, string] => f[1] !== undefined)));
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  return names;
}
