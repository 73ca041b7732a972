import type { Schemas } from '@verkosto/client';
import { unwrap } from '@verkosto/client';
import { ACTIVITY_KIND_NAMES, ACTIVITY_KINDS, type Activity } from '@verkosto/core';
import { api } from './api.ts';
import { useLanguage, useT } from './i18n.ts';
import { Field, FormIssues } from './ui/Field.tsx';
import { otherIssues } from './ui/issues.ts';
import { useEditForm } from './ui/useEditForm.tsx';
import { validateForm } from './ui/validate.ts';

type ActivityView = Schemas['Activity'];
type Participant = Schemas['Participant'];
type Theme = Schemas['Theme'];

type Draft = {
  kind: string;
  status: Activity['status'];
  titleFi: string;
  titleSv: string;
  startDay: string;
  startTime: string;
  endDay: string;
  endTime: string;
  municipalityCode: string;
  themeId: string;
  participantCount: string;
};

/** A time field pair as an activity time: a whole day, or `day` + `T` + `HH:MM` in Helsinki. */
const timeOf = (day: string, time: string) => (time ? `${day}T${time}` : day);

const draftOf = (a: ActivityView): Draft => ({
  kind: a.kind,
  status: a.status,
  titleFi: a.title.fi,
  titleSv: a.title.sv ?? '',
  startDay: a.start.slice(0, 10),
  startTime: a.start.slice(11),
  endDay: a.end.slice(0, 10),
  endTime: a.end.slice(11),
  municipalityCode: a.municipalityCode ?? '',
  themeId: a.themeIds[0] ?? '',
  participantCount: a.participantCount === undefined ? '' : String(a.participantCount),
});

const FIELD_PATHS = [
  '/kind',
  '/status',
  '/title/fi',
  '/title/sv',
  '/start',
  '/end',
  '/municipalityCode',
  '/themeIds',
  '/participantCount',
];

/**
 * Adds an activity to a period, or edits one with If-Match (a change by someone else in between
 * shows both versions). A municipal workshop names its member; the API checks its quota.
 */
export function ActivityForm({
  periodId,
  activity,
  members,
  themes,
  onDone,
}: {
  periodId: string;
  activity?: ActivityView;
  members: readonly Participant[];
  themes: readonly Theme[];
  onDone: (saved?: ActivityView) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const labels: Record<keyof Draft, string> = {
    kind: t('activityKind'),
    status: t('activityStatus'),
    titleFi: t('titleFi'),
    titleSv: t('titleSv'),
    startDay: t('startDay'),
    startTime: t('startTime'),
    endDay: t('endDay'),
    endTime: t('endTime'),
    municipalityCode: t('workshopMunicipality'),
    themeId: t('activityThemes'),
    participantCount: t('participantCount'),
  };
  const path = activity && { activityId: activity.id };
  const { draft, setDraft, issues, formProps, actions } = useEditForm({
    ...(path && {
      read: async () => {
        const result = await api.GET('/v1/activities/{activityId}', { params: { path } });
        return { item: unwrap(result).data, etag: result.response.headers.get('etag') ?? '' };
      },
    }),
    blank: {
      kind: 'municipal-workshop',
      status: 'planned',
      titleFi: '',
      titleSv: '',
      startDay: '',
      startTime: '',
      endDay: '',
      endTime: '',
      municipalityCode: '',
      themeId: '',
      participantCount: '',
    } satisfies Draft,
    draftOf,
    entityOf: (next: Draft, saved?: ActivityView): Activity => {
      const count = Number(next.participantCount);
      return {
        id: saved?.id ?? `${periodId}-uusi`,
        periodId,
        kind: next.kind,
        status: next.status,
        title: { fi: next.titleFi, ...(next.titleSv && { sv: next.titleSv }) },
        ...(saved?.description && { description: saved.description }),
        start: timeOf(next.startDay, next.startTime),
        end: timeOf(next.endDay || next.startDay, next.endTime),
        // The form edits the first theme; any further ones stay as they were.
        themeIds: [
          ...new Set([
            ...(next.themeId ? [next.themeId] : []),
            ...(saved?.themeIds.slice(1) ?? []),
          ]),
        ],
        ...(next.municipalityCode && { municipalityCode: next.municipalityCode }),
        ...(next.participantCount !== '' && {
          participantCount: Number.isInteger(count) ? count : (next.participantCount as never),
        }),
        sources: saved?.sources ?? [],
      };
    },
    check: (entity) => validateForm('activity', entity),
    send: (entity, ifMatch) => {
      const { id: _id, periodId: _period, ...fields } = entity;
      if (!path)
        return api.POST('/v1/periods/{periodId}/activities', {
          params: { path: { periodId } },
          body: fields,
        });
      return api.PATCH('/v1/activities/{activityId}', {
        params: { path, header: { 'if-match': ifMatch ?? '' } },
        body: {
          ...fields,
          // Removed in the form: removed in the merge patch.
          municipalityCode: entity.municipalityCode ?? null,
          participantCount: entity.participantCount ?? null,
        },
      });
    },
    labels,
    onDone,
  });
  if (!draft) return <p>{t('loading')}</p>;
  const set = (key: keyof Draft) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [key]: e.target.value });
  const input = (key: keyof Draft, path: string, type: string, hint?: string) => (
    <Field label={labels[key]} path={path} issues={issues} {...(hint && { hint })}>
      {(control) => <input {...control} type={type} value={draft[key]} onChange={set(key)} />}
    </Field>
  );
  return (
    <form {...formProps} className="panel" aria-labelledby="activity-form-title">
      <h3 id="activity-form-title">
        {activity ? t('editActivity', { name: activity.title.fi }) : t('newActivity')}
      </h3>
      <Field label={labels.kind} path="/kind" issues={issues}>
        {(control) => (
          <select {...control} value={draft.kind} onChange={set('kind')}>
            {ACTIVITY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {ACTIVITY_KIND_NAMES[kind][language] ?? ACTIVITY_KIND_NAMES[kind].fi}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={labels.status} path="/status" issues={issues}>
        {(control) => (
          <select {...control} value={draft.status} onChange={set('status')}>
            {(['planned', 'held', 'cancelled'] as const).map((status) => (
              <option key={status} value={status}>
                {t(`status_${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {input('titleFi', '/title/fi', 'text')}
      {input('titleSv', '/title/sv', 'text')}
      {input('startDay', '/start', 'date', t('timeHint'))}
      {input('startTime', '/start', 'time')}
      {input('endDay', '/end', 'date')}
      {input('endTime', '/end', 'time')}
      <Field label={labels.municipalityCode} path="/municipalityCode" issues={issues}>
        {(control) => (
          <select {...control} value={draft.municipalityCode} onChange={set('municipalityCode')}>
            <option value="">–</option>
            {members.map((m) => (
              <option key={m.municipalityCode} value={m.municipalityCode}>
                {m.names.fi} ({m.municipalityCode})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={labels.themeId} path="/themeIds" issues={issues}>
        {(control) => (
          <select {...control} value={draft.themeId} onChange={set('themeId')}>
            <option value="">–</option>
            {themes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {input('participantCount', '/participantCount', 'number')}
      <FormIssues issues={otherIssues(issues, FIELD_PATHS)} />
      {actions}
    </form>
  );
}
