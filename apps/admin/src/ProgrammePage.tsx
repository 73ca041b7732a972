import type { Schemas } from '@verkosto/client';
import { ACTIVITY_KIND_NAMES, ACTIVITY_KINDS, isKnownActivityKind } from '@verkosto/core';
import { useCallback, useEffect, useId, useState } from 'react';
import { ActivityForm } from './ActivityForm.tsx';
import { api, listAll } from './api.ts';
import { type UiLanguage, useLanguage, useT } from './i18n.ts';
import { DataTable } from './ui/DataTable.tsx';
import { formatDate, formatDateRange, formatNumber, LOCALES, localName } from './ui/format.ts';
import { type Status, StatusMessage } from './ui/StatusMessage.tsx';
import { deleteCurrentVersion, failureStatus } from './ui/writes.ts';

type Period = Schemas['Period'];
type Activity = Schemas['Activity'];
type Programme = Schemas['ProgrammeProgress'];
type Participant = Schemas['Participant'];
type Theme = Schemas['Theme'];

const kindName = (kind: string, language: UiLanguage) =>
  isKnownActivityKind(kind) ? (ACTIVITY_KIND_NAMES[kind][language] ?? kind) : kind;

/** An activity time as people read it: `5.3.2019 klo 10.00` or a day. */
function formatWhen(a: Activity, language: UiLanguage) {
  const days =
    a.start.slice(0, 10) === a.end.slice(0, 10)
      ? formatDate(a.start, language)
      : formatDateRange(a.start.slice(0, 10), a.end.slice(0, 10), language);
  if (a.start.length === 10) return days;
  const time = (value: string) =>
    new Intl.DateTimeFormat(LOCALES[language], {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'UTC',
    }).format(new Date(`1970-01-01T${value.slice(11)}:00Z`));
  return `${days} ${time(a.start)}–${time(a.end)}`;
}

/** `maaliskuu 2019`: a month's heading in the month view. */
const monthName = (month: string, language: UiLanguage) =>
  new Intl.DateTimeFormat(LOCALES[language], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));

/**
 * A period's programme: planned against held per kind, and its activities — filtered by kind
 * and theme, as a list or month by month — with adding, editing and deleting for editors.
 */
export function ProgrammePage({ periodId, canEdit }: { periodId: string; canEdit: boolean }) {
  const t = useT();
  const language = useLanguage();
  const ids = useId();
  const [period, setPeriod] = useState<Period | null>(null);
  const [missing, setMissing] = useState(false);
  const [programme, setProgramme] = useState<Programme | null>(null);
  const [activities, setActivities] = useState<Activity[] | null>(null);
  const [members, setMembers] = useState<Participant[]>([]);
  const [themes, setThemes] = useState<Theme[]>([]);
  const [kind, setKind] = useState('');
  const [theme, setTheme] = useState('');
  const [view, setView] = useState<'list' | 'month'>('list');
  const [editing, setEditing] = useState<Activity | 'new' | null>(null);
  const [status, setStatus] = useState<Status | null>(null);

  useEffect(() => {
    void (async () => {
      const path = { periodId };
      const found = await api.GET('/v1/periods/{periodId}', { params: { path } });
      setMissing(found.response.status === 404);
      setPeriod(found.data?.data ?? null);
      if (!found.data) return;
      const [memberList, themeList] = await Promise.all([
        listAll((query) =>
          api.GET('/v1/periods/{periodId}/participants', { params: { path, query } }),
        ),
        listAll((query) => api.GET('/v1/periods/{periodId}/themes', { params: { path, query } })),
      ]);
      setMembers(memberList);
      setThemes(themeList);
    })();
  }, [periodId]);

  const load = useCallback(async () => {
    const path = { periodId };
    const [progress, list] = await Promise.all([
      api.GET('/v1/periods/{periodId}/programme', { params: { path } }),
      listAll((query) =>
        api.GET('/v1/periods/{periodId}/activities', {
          params: {
            path,
            query: { ...query, ...(kind && { kind }), ...(theme && { theme }) },
          },
        }),
      ),
    ]);
    setProgramme(progress.data?.data ?? null);
    setActivities(list);
  }, [periodId, kind, theme]);
  useEffect(() => {
    if (period) void load();
  }, [period, load]);

  async function remove(activity: Activity) {
    setStatus(null);
    const path = { activityId: activity.id };
    const result = await deleteCurrentVersion(
      () => api.GET('/v1/activities/{activityId}', { params: { path } }),
      (ifMatch) =>
        api.DELETE('/v1/activities/{activityId}', {
          params: { path, header: { 'if-match': ifMatch } },
        }),
    );
    if (result.response.status === 412)
      setStatus({ kind: 'conflict', text: t('conflict'), reload: load });
    else if (!result.response.ok) setStatus(failureStatus(result, language));
    else {
      setStatus({ kind: 'saved', text: t('activityDeleted', { name: activity.title.fi }) });
      await load();
    }
  }

  if (missing)
    return (
      <section aria-labelledby="programme-title">
        <h1 id="programme-title">{periodId}</h1>
        <p>{t('periodNotFound')}</p>
      </section>
    );
  if (!period || !programme || !activities) return <p>{t('loading')}</p>;

  const memberName = (code: string | undefined) => {
    if (!code) return '–';
    const member = members.find((m) => m.municipalityCode === code);
    return member ? localName(member.names, language) : code;
  };
  const count = (value: number | null) => (value === null ? '–' : formatNumber(value, language));
  const months = new Map<string, Activity[]>();
  for (const a of activities) {
    const month = a.start.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), a]);
  }
  const titleOf = (a: Activity) => localName(a.title, language);

  return (
    <section aria-labelledby="programme-title">
      <p>
        <a href={`#/periods/${period.id}`}>{t('back')}</a>
      </p>
      <h1 id="programme-title">{t('programmeOf', { period: period.label })}</h1>
      <StatusMessage status={status} />

      <h2>{t('progress')}</h2>
      {!programme.exists && <p>{t('noProgramme')}</p>}
      {programme.workshopQuota?.statedAs && (
        <p>
          {t('quotaLine', { statedAs: '' })}
          <q lang="fi">{programme.workshopQuota.statedAs}</q>
        </p>
      )}
      <DataTable
        caption={t('progress')}
        rows={programme.progress}
        rowKey={(row) => row.kind}
        columns={[
          {
            label: t('activityKind'),
            rowHeader: true,
            cell: (row) => kindName(row.kind, language),
          },
          { label: t('plannedCount'), cell: (row) => count(row.planned) },
          { label: t('heldCount'), cell: (row) => count(row.held) },
          { label: t('scheduledCount'), cell: (row) => count(row.scheduled) },
          { label: t('cancelledCount'), cell: (row) => count(row.cancelled) },
        ]}
      />

      <h2 id={`${ids}-activities`}>{t('activities')}</h2>
      <div className="filters">
        <label htmlFor={`${ids}-kind`}>{t('activityKind')}</label>
        <select id={`${ids}-kind`} value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">{t('allKinds')}</option>
          {ACTIVITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindName(k, language)}
            </option>
          ))}
        </select>{' '}
        <label htmlFor={`${ids}-theme`}>{t('filterTheme')}</label>
        <select id={`${ids}-theme`} value={theme} onChange={(e) => setTheme(e.target.value)}>
          <option value="">{t('allThemes')}</option>
          {themes.map((th) => (
            <option key={th.id} value={th.id}>
              {th.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="view-switch">
        <legend>{t('viewMode')}</legend>
        {(['list', 'month'] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name={`${ids}-view`}
              checked={view === mode}
              onChange={() => setView(mode)}
            />{' '}
            {t(mode === 'list' ? 'listView' : 'monthView')}
          </label>
        ))}
      </fieldset>
      {canEdit && editing === null && (
        <p className="actions">
          <button type="button" onClick={() => setEditing('new')}>
            {t('addActivity')}
          </button>
        </p>
      )}
      {canEdit && editing !== null && (
        <ActivityForm
          key={editing === 'new' ? 'new' : editing.id}
          periodId={period.id}
          {...(editing !== 'new' && { activity: editing })}
          members={members}
          themes={themes}
          onDone={(saved) => {
            setEditing(null);
            if (saved) {
              setStatus({ kind: 'saved', text: t('activitySaved', { name: saved.title.fi }) });
              void load();
            }
          }}
        />
      )}
      {activities.length === 0 ? (
        <p>{t('noActivities')}</p>
      ) : view === 'list' ? (
        <DataTable
          caption={t('activities')}
          rows={activities}
          rowKey={(a) => a.id}
          columns={[
            { label: t('when'), cell: (a) => formatWhen(a, language), sortValue: (a) => a.start },
            {
              label: t('activityTitle'),
              rowHeader: true,
              cell: (a) => titleOf(a),
              sortValue: (a) => titleOf(a),
            },
            {
              label: t('activityKind'),
              cell: (a) => kindName(a.kind, language),
              sortValue: (a) => kindName(a.kind, language),
            },
            {
              label: t('municipality'),
              cell: (a) => memberName(a.municipalityCode),
              sortValue: (a) => memberName(a.municipalityCode),
            },
            {
              label: t('activityStatus'),
              cell: (a) => t(`status_${a.status}`),
              sortValue: (a) => a.status,
            },
            {
              label: t('participantCount'),
              cell: (a) => count(a.participantCount ?? null),
              sortValue: (a) => a.participantCount,
            },
            ...(canEdit
              ? [
                  {
                    label: t('actions'),
                    className: () => 'row-actions',
                    cell: (a: Activity) => (
                      <>
                        <button
                          type="button"
                          aria-label={t('editActivity', { name: titleOf(a) })}
                          onClick={() => setEditing(a)}
                        >
                          {t('edit')}
                        </button>
                        <button
                          type="button"
                          className="danger"
                          aria-label={t('deleteActivity', { name: titleOf(a) })}
                          onClick={() => void remove(a)}
                        >
                          {t('delete')}
                        </button>
                      </>
                    ),
                  },
                ]
              : []),
          ]}
        />
      ) : (
        [...months].map(([month, list]) => (
          <section key={month} aria-labelledby={`${ids}-${month}`}>
            <h3 id={`${ids}-${month}`}>{monthName(month, language)}</h3>
            <ul>
              {list.map((a) => (
                <li key={a.id}>
                  {formatWhen(a, language)}: {titleOf(a)} ({kindName(a.kind, language)}
                  {a.municipalityCode && `, ${memberName(a.municipalityCode)}`},{' '}
                  {t(`status_${a.status}`)})
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
