import type { Schemas } from '@verkosto/client';
import { unwrap } from '@verkosto/client';
import { useEffect, useState } from 'react';
import { api } from './api.ts';
import { useT } from './i18n.ts';

type Period = Schemas['Period'];

/** The periods of the USO network, newest first, each linking to its members. */
export function PeriodList({ networkId = 'uso' }: { networkId?: string }) {
  const t = useT();
  const [periods, setPeriods] = useState<Period[] | null>(null);
  useEffect(() => {
    api
      .GET('/v1/networks/{networkId}/periods', {
        params: { path: { networkId }, query: { limit: 500 } },
      })
      .then((result) => {
        setPeriods([...unwrap(result).data].reverse());
      });
  }, [networkId]);

  return (
    <section aria-labelledby="periods-title">
      <h1 id="periods-title">{t('periods')}</h1>
      {!periods ? (
        <p>{t('loading')}</p>
      ) : (
        <ul>
          {periods.map((period) => (
            <li key={period.id}>
              <a href={`#/periods/${period.id}`}>
                {period.label} ({period.startDate.slice(0, 4)}–{period.endDate.slice(0, 4)})
              </a>{' '}
              — {t('members').toLowerCase()}: {period.memberCount}, {t('themes').toLowerCase()}:{' '}
              {period.themeCount}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
