import type { Schemas } from '@verkosto/client';
import { unwrap } from '@verkosto/client';
import { useEffect, useState } from 'react';
import { api } from './api.ts';
import { useT } from './i18n.ts';
import { PeriodForm } from './PeriodForm.tsx';
import { DataTable } from './ui/DataTable.tsx';
import { type Status, StatusMessage } from './ui/StatusMessage.tsx';

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
        <DataTable
          caption={t('periods')}
          rows={periods}
          rowKey={(period) => period.id}
          columns={[
            {
              label: t('period'),
              cell: (period) => <a href={`#/periods/${period.id}`}>{period.label}</a>,
            },
            {
              label: t('years'),
              cell: (period) => `${period.startDate.slice(0, 4)}–${period.endDate.slice(0, 4)}`,
            },
            { label: t('status'), cell: (period) => t(`status_${period.status}`) },
            {
              label: t('members'),
              cell: (period) =>
                period.reportedMemberCount !== undefined &&
                period.reportedMemberCount !== period.memberCount
                  ? `${period.memberCount} (${t('reported')} ${period.reportedMemberCount})`
                  : period.memberCount,
            },
            { label: t('themes'), cell: (period) => period.themeCount },
          ]}
        />
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
