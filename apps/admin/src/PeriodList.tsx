import type { Schemas } from '@verkosto/client';
import { useEffect, useState } from 'react';
import { api, listAll } from './api.ts';
import { useLanguage, useT } from './i18n.ts';
import { NetworkForm } from './NetworkForm.tsx';
import { useNetworks } from './networks.ts';
import { PeriodForm } from './PeriodForm.tsx';
import { DataTable } from './ui/DataTable.tsx';
import { formatDateRange, formatNumber, formatReportedCount, localName } from './ui/format.ts';
import { useNotice } from './ui/notice.ts';
import { type Status, StatusMessage } from './ui/StatusMessage.tsx';

type Period = Schemas['Period'];
type Network = Schemas['Network'];

/**
 * The chosen network (the switcher in the header picks it): its facts and its periods, newest
 * first. Editors create and edit networks and start a new period here.
 */
export function PeriodList({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const language = useLanguage();
  const { networks, current, reload } = useNetworks();
  const { notice, notify } = useNotice();
  const [form, setForm] = useState<'new' | 'edit' | null>(null);

  const done = (text: 'networkCreated' | 'networkSaved') => async (saved?: Network) => {
    setForm(null);
    if (!saved) return;
    notify({ kind: 'saved', text: t(text, { name: localName(saved.names, language) }) });
    await reload(saved.id);
  };

  return (
    <>
      <h1>{current ? current.name : t('networks')}</h1>
      <StatusMessage status={notice} />
      {networks.length === 0 && <p>{t('noNetworks')}</p>}
      {current && <NetworkFacts network={current} />}
      {canEdit && !form && (
        <p className="actions">
          {current && (
            <button type="button" className="secondary" onClick={() => setForm('edit')}>
              {t('editNetwork')}
            </button>
          )}
          <button type="button" className="secondary" onClick={() => setForm('new')}>
            {t('newNetwork')}
          </button>
        </p>
      )}
      {form === 'new' && <NetworkForm onDone={done('networkCreated')} />}
      {form === 'edit' && current && (
        <NetworkForm network={current} onDone={done('networkSaved')} />
      )}
      {current && <NetworkPeriods key={current.id} network={current} canEdit={canEdit} />}
    </>
  );
}

function NetworkFacts({ network }: { network: Network }) {
  const t = useT();
  const language = useLanguage();
  return (
    <dl className="facts">
      {language !== 'fi' && network.names.fi !== network.name && (
        <>
          <dt>{t('nameFi')}</dt>
          <dd lang="fi">{network.names.fi}</dd>
        </>
      )}
      {network.names.sv && (
        <>
          <dt>{t('nameSv')}</dt>
          <dd lang="sv">{network.names.sv}</dd>
        </>
      )}
      <dt>{t('organiser')}</dt>
      <dd>
        {network.organiser}
        {network.organiserBusinessId && ` (${network.organiserBusinessId})`}
      </dd>
    </dl>
  );
}

function NetworkPeriods({ network, canEdit }: { network: Network; canEdit: boolean }) {
  const t = useT();
  const language = useLanguage();
  const [periods, setPeriods] = useState<Period[] | null>(null);
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    void listAll((query) =>
      api.GET('/v1/networks/{networkId}/periods', {
        params: { path: { networkId: network.id }, query },
      }),
    ).then((all) => setPeriods(all.reverse()));
  }, [network.id, generation]);

  return (
    <section aria-labelledby="periods-title">
      <h2 id="periods-title">{t('periods')}</h2>
      <StatusMessage status={status} />
      {!periods ? (
        <p>{t('loading')}</p>
      ) : (
        <DataTable
          caption={t('periodsOf', { name: network.name })}
          rows={periods}
          rowKey={(period) => period.id}
          filterable={periods.length > 10}
          pageSize={25}
          columns={[
            {
              label: t('period'),
              rowHeader: true,
              cell: (period) => <a href={`#/periods/${period.id}`}>{period.label}</a>,
              sortValue: (period) => period.ordinal,
              filterText: (period) => period.label,
            },
            {
              label: t('dates'),
              cell: (period) => formatDateRange(period.startDate, period.endDate, language),
              sortValue: (period) => period.startDate,
              filterText: (period) => formatDateRange(period.startDate, period.endDate, language),
            },
            {
              label: t('status'),
              cell: (period) => t(`status_${period.status}`),
              sortValue: (period) => t(`status_${period.status}`),
            },
            {
              label: t('members'),
              cell: (period) =>
                period.reportedMemberCount !== undefined &&
                period.reportedMemberCount !== period.memberCount
                  ? `${formatNumber(period.memberCount, language)} (${t('reported')} ${formatReportedCount(period.reportedMemberCount, period.reportedMemberCountBound, language)})`
                  : formatNumber(period.memberCount, language),
              sortValue: (period) => period.memberCount,
            },
            {
              label: t('themes'),
              cell: (period) => formatNumber(period.themeCount, language),
              sortValue: (period) => period.themeCount,
            },
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
