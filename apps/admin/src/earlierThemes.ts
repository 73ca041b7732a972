import type { Schemas } from '@verkosto/client';
import { unwrap } from '@verkosto/client';
import { useEffect, useState } from 'react';
import { api } from './api.ts';

type Theme = Schemas['Theme'];
type Period = Schemas['Period'];

export type EarlierThemes = ReadonlyArray<{ period: Period; themes: Theme[] }>;

/** The themes of the network's earlier periods, nearest period first: what a theme can continue. */
export function useEarlierThemes(period: Period): EarlierThemes {
  const [groups, setGroups] = useState<EarlierThemes>([]);
  useEffect(() => {
    let live = true;
    void (async () => {
      const periods = unwrap(
        await api.GET('/v1/networks/{networkId}/periods', {
          params: { path: { networkId: period.networkId }, query: { limit: 500 } },
        }),
      ).data.filter((p) => p.startDate < period.startDate);
      periods.sort((a, b) => b.startDate.localeCompare(a.startDate));
      const lists = await Promise.all(
        periods.map(async (p) => ({
          period: p,
          themes: unwrap(
            await api.GET('/v1/periods/{periodId}/themes', {
              params: { path: { periodId: p.id }, query: { limit: 500 } },
            }),
          ).data,
        })),
      );
      if (live) setGroups(lists.filter((g) => g.themes.length > 0));
    })();
    return () => {
      live = false;
    };
  }, [period.networkId, period.startDate]);
  return groups;
}
