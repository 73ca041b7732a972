import type { Schemas } from '@verkosto/client';
import { unwrap } from '@verkosto/client';
import { useEffect, useState } from 'react';
import { api } from './api.ts';
import { type Status, StatusMessage } from './forms/StatusMessage.tsx';
import { useT } from './i18n.ts';
import { PeriodForm } from './PeriodForm.tsx';

type Period = Schemas['Period'];
type Network = Schemas['Network'];

/** The networks and their periods, newest first; editors start a new period here. */
export function PeriodList({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const [networks, setNetworks] = useState<Network[] | null>(null);
  useEffect(() => {
    void api
      .GET('/v1/networks', { params: { query: { limit: 100 } } })
      .then((result) => setNetworks(unwrap(result).data));
  }, []);

  if (!networks) return <p>{t('loading')}</p>;
  return (
    <>
      <h1>{t('networks')}</h1>
      {networks.map((network) => (
        <NetworkPeriods key={network.id} network={network} canEdit={canEdit} />
      ))}
    </>
  );
}

function NetworkPeriods({ network, canEdit }: { network: Network; canEdit: boolean }) {
  const t = useT();
  const [periods, setPeriods] = useState<Period[] | null>(null);
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    void api
      .GET('/v1/networks/{networkId}/periods', {
        params: { path: { networkId: network.id }, query: { limit: 500 } },
      })
      .then((result) => setPeriods([...unwrap(result).data].reverse()));
  }, [network.id, generation]);

  const titleId = `network-${network.id}`;
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>
        {network.names.fi}
        {network.names.sv && <span lang="sv"> / {network.names.sv}</span>}
      </h2>
      <StatusMessage status={status} />
      {!periods ? (
        <p>{t('loading')}</p>
      ) : (
        <table>
          <caption>{t('periods')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('period')}</th>
              <th scope="col">{t('years')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('members')}</th>
              <th scope="col">{t('themes')}</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((period) => (
              <tr key={period.id}>
                <td>
                  <a href={`#/periods/${period.id}`}>{period.label}</a>
                </td>
                <td>
                  {period.startDate.slice(0, 4)}–{period.endDate.slice(0, 4)}
                </td>
                <td>{t(`status_${period.status}`)}</td>
                <td>
                  {period.memberCount}
                  {period.reportedMemberCount !== undefined &&
                    period.reportedMemberCount !== period.memberCount &&
                    ` (${t('reported')} ${period.reportedMemberCount})`}
                </td>
                <td>{period.themeCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && periods && !creating && (
        <p>
          <button type="button" onClick={() => setCreating(true)}>
            {t('newPeriod')}
          </button>
        </p>
      )}
      {creating && periods && (
        <PeriodForm
          networkId={network.id}
          periods={periods}
          onDone={(saved) => {
            setCreating(false);
            if (saved) {
              setStatus({ kind: 'saved', text: t('periodCreated', { name: saved.label }) });
              setGeneration((g) => g + 1);
            }
          }}
        />
      )}
    </section>
  );
}
