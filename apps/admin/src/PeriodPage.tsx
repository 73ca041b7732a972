import type { Schemas } from '@verkosto/client';
import { useCallback, useEffect, useState } from 'react';
import { api } from './api.ts';
import { useLanguage, useT } from './i18n.ts';
import { PeriodForm } from './PeriodForm.tsx';
import { PeriodMembers } from './PeriodMembers.tsx';
import { PeriodThemes } from './PeriodThemes.tsx';
import { formatDateRange } from './ui/format.ts';
import { type Status, StatusMessage } from './ui/StatusMessage.tsx';
import { deleteCurrentVersion, failureStatus } from './ui/writes.ts';

type Period = Schemas['Period'];

/** One period: its facts (editable), its members and its themes; editors may delete it. */
export function PeriodPage({ periodId, canEdit }: { periodId: string; canEdit: boolean }) {
  const t = useT();
  const language = useLanguage();
  const [period, setPeriod] = useState<Period | null>(null);
  const [missing, setMissing] = useState(false);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);

  const load = useCallback(async () => {
    const result = await api.GET('/v1/periods/{periodId}', { params: { path: { periodId } } });
    setMissing(result.response.status === 404);
    setPeriod(result.data?.data ?? null);
  }, [periodId]);
  useEffect(() => {
    void load();
  }, [load]);

  async function remove(target: Period) {
    setConfirming(false);
    const path = { periodId: target.id };
    const result = await deleteCurrentVersion(
      () => api.GET('/v1/periods/{periodId}', { params: { path } }),
      (ifMatch) =>
        api.DELETE('/v1/periods/{periodId}', { params: { path, header: { 'if-match': ifMatch } } }),
    );
    if (!result.response.ok) return setStatus(failureStatus(result, language));
    setStatus({
      kind: 'saved',
      text: t('periodDeleted', { name: target.label }),
      undo: async () => {
        // Undo right after the delete: a deleted period cannot have changed since.
        const restored = await api.POST('/v1/periods/{periodId}/restore', {
          params: { path, header: { 'if-match': '*' } },
        });
        setStatus(
          restored.response.ok
            ? { kind: 'saved', text: t('periodRestored', { name: target.label }) }
            : failureStatus(restored, language),
        );
        await load();
      },
    });
    await load();
  }

  if (missing)
    return (
      <section aria-labelledby="period-title">
        <p>
          <a href="#/">{t('back')}</a>
        </p>
        <h1 id="period-title">{periodId}</h1>
        <StatusMessage status={status} />
        {!status && <p>{t('periodNotFound')}</p>}
      </section>
    );
  if (!period) return <p>{t('loading')}</p>;
  return (
    <section aria-labelledby="period-title">
      <p>
        <a href="#/">{t('back')}</a>
      </p>
      <h1 id="period-title">
        {period.label} ({formatDateRange(period.startDate, period.endDate, language)})
      </h1>
      {period.description && <p lang="fi">{period.description.fi}</p>}
      <p>
        <a href={`#/periods/${period.id}/programme`}>{t('programmeLink')}</a>
      </p>
      <p>
        <a href={`#/periods/${period.id}/comparison`}>{t('comparisonLink')}</a>
      </p>
      <StatusMessage status={status} />
      {canEdit && !editing && (
        <p className="actions">
          <button type="button" onClick={() => setEditing(true)}>
            {t('editPeriod')}
          </button>{' '}
          {confirming ? (
            <>
              <button type="button" className="danger" onClick={() => void remove(period)}>
                {t('confirmDeletePeriod', { name: period.label })}
              </button>{' '}
              <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                {t('cancel')}
              </button>
            </>
          ) : (
            <button type="button" className="danger" onClick={() => setConfirming(true)}>
              {t('deletePeriod')}
            </button>
          )}
        </p>
      )}
      {editing && (
        <PeriodForm
          networkId={period.networkId}
          periods={[]}
          period={period}
          onDone={(saved) => {
            setEditing(false);
            if (saved) {
              setPeriod(saved);
              setStatus({ kind: 'saved', text: t('saved') });
            }
          }}
        />
      )}
      <PeriodMembers period={period} canEdit={canEdit} />
      <PeriodThemes period={period} canEdit={canEdit} />
    </section>
  );
}
