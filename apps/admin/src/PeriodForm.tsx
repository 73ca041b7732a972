import type { Schemas } from '@verkosto/client';
import { unwrap } from '@verkosto/client';
import { nextPeriod, type Period as PeriodEntity, slugify } from '@verkosto/core';
import { useState } from 'react';
import { api } from './api.ts';
import { useT } from './i18n.ts';
import { Field, FormIssues } from './ui/Field.tsx';
import { otherIssues } from './ui/issues.ts';
import {
  LocalizedTextFields,
  type TextKeys,
  textDraft,
  textLabels,
  textOf,
  textPaths,
} from './ui/LocalizedTextFields.tsx';
import { SourcesField, sourceIds, sourcesDraft } from './ui/SourcesField.tsx';
import { useEditForm } from './ui/useEditForm.tsx';
import { validateForm } from './ui/validate.ts';

type Period = Schemas['Period'];

type Draft = {
  id: string;
  ordinal: string;
  label: string;
  startDate: string;
  endDate: string;
  reportedMemberCount: string;
  /** `atLeast` when the source gives only a lower bound ("yli 20"). */
  reportedMemberCountBound: '' | 'atLeast';
  sources: string;
} & Record<TextKeys<'description'>, string>;
type DraftKey = keyof Draft;

const draftOf = (period: Period): Draft => ({
  id: period.id,
  ordinal: String(period.ordinal),
  label: period.label,
  startDate: period.startDate,
  endDate: period.endDate,
  ...textDraft('description', period.description),
  reportedMemberCount:
    period.reportedMemberCount === undefined ? '' : String(period.reportedMemberCount),
  reportedMemberCountBound: period.reportedMemberCountBound === 'atLeast' ? 'atLeast' : '',
  sources: sourcesDraft(period.sources),
});

/** A draft for the network's next period, as core proposes it, with an id from its label. */
export function proposedPeriod(periods: readonly Period[]): Draft {
  const next = nextPeriod(periods);
  return {
    id: slugify(next.label),
    ordinal: String(next.ordinal),
    label: next.label,
    startDate: next.startDate,
    endDate: next.endDate,
    ...textDraft('description', undefined),
    reportedMemberCount: '',
    reportedMemberCountBound: '',
    sources: '',
  };
}

/** A whole number typed in a field, or the text itself so the schema says what is wrong. */
const integer = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value) : value);

function entityOf(networkId: string, draft: Draft, saved?: Period): PeriodEntity {
  const description = textOf('description', draft);
  return {
    id: draft.id,
    networkId,
    ordinal: integer(draft.ordinal) as number,
    label: draft.label,
    startDate: draft.startDate,
    endDate: draft.endDate,
    ...(saved?.leadThemeId && { leadThemeId: saved.leadThemeId }),
    ...(description && { description }),
    ...(draft.reportedMemberCount.trim() && {
      reportedMemberCount: integer(draft.reportedMemberCount) as number,
      ...(draft.reportedMemberCountBound && { reportedMemberCountBound: 'atLeast' }),
    }),
    sources: sourceIds(draft.sources),
  } as PeriodEntity;
}

const FIELD_PATHS = [
  '/id',
  '/ordinal',
  '/label',
  '/startDate',
  '/endDate',
  ...textPaths('description'),
  '/reportedMemberCount',
  '/reportedMemberCountBound',
  '/sources',
];

/**
 * Creates a period in a network (proposing the next term) or edits one with If-Match. Checked in
 * the browser with the API's own `validateEntity`; a 412 keeps the draft and shows their version.
 */
export function PeriodForm({
  networkId,
  periods,
  period,
  onDone,
}: {
  networkId: string;
  /** The network's periods, to propose the next one. */
  periods: readonly Period[];
  /** The period to edit; none to create one. */
  period?: Period;
  onDone: (saved?: Period) => void;
}) {
  const t = useT();
  const [idTouched, setIdTouched] = useState(Boolean(period));
  const labels: Record<DraftKey, string> = {
    id: t('periodId'),
    ordinal: t('ordinal'),
    label: t('periodLabel'),
    startDate: t('startDate'),
    endDate: t('endDate'),
    ...textLabels('description', t),
    reportedMemberCount: t('reportedMemberCount'),
    reportedMemberCountBound: t('reportedMemberCountAtLeast'),
    sources: t('sources'),
  };
  const { draft, setDraft, issues, formProps, actions } = useEditForm({
    read: period
      ? async () => {
          const result = await api.GET('/v1/periods/{periodId}', {
            params: { path: { periodId: period.id } },
          });
          return { item: unwrap(result).data, etag: result.response.headers.get('etag') ?? '' };
        }
      : undefined,
    blank: proposedPeriod(periods),
    draftOf,
    entityOf: (next: Draft, current?: Period) => entityOf(networkId, next, current),
    check: (entity) => validateForm('period', entity),
    send: (entity, ifMatch, existing) => {
      const { id, networkId: _networkId, ...fields } = entity;
      return existing
        ? api.PATCH('/v1/periods/{periodId}', {
            params: { path: { periodId: existing.id }, header: { 'if-match': ifMatch ?? '' } },
            body: {
              ...fields,
              description: fields.description ?? null,
              reportedMemberCount: fields.reportedMemberCount ?? null,
              reportedMemberCountBound: fields.reportedMemberCountBound ?? null,
            },
          })
        : api.POST('/v1/networks/{networkId}/periods', {
            params: { path: { networkId } },
            body: { id, ...fields },
          });
    },
    labels,
    onDone,
  });
  if (!draft) return <p>{t('loading')}</p>;

  const input = (
    key: DraftKey,
    props: { type?: string; hint?: string; inputMode?: 'numeric' } = {},
  ) => (
    <Field label={labels[key]} path={`/${key}`} issues={issues} hint={props.hint}>
      {(control) => (
        <input
          {...control}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          value={draft[key]}
          onChange={(e) => {
            const value = e.target.value;
            if (key === 'label' && !idTouched)
              setDraft({ ...draft, label: value, id: slugify(value) });
            else setDraft({ ...draft, [key]: value });
            if (key === 'id') setIdTouched(true);
          }}
        />
      )}
    </Field>
  );

  return (
    <form {...formProps} className="panel" aria-labelledby="period-form-title">
      <h2 id="period-form-title">
        {period ? t('editPeriodNamed', { name: period.label }) : t('newPeriod')}
      </h2>
      {input('label')}
      {!period && input('id', { hint: t('idHint') })}
      {input('ordinal', { inputMode: 'numeric' })}
      {input('startDate', { type: 'date' })}
      {input('endDate', { type: 'date' })}
      <LocalizedTextFields
        text="description"
        draft={draft}
        onChange={(key, value) => setDraft({ ...draft, [key]: value })}
        issues={issues}
      />
      {input('reportedMemberCount', { inputMode: 'numeric', hint: t('reportedMemberCountHint') })}
      <label className="choice">
        <input
          type="checkbox"
          checked={draft.reportedMemberCountBound === 'atLeast'}
          onChange={(e) =>
            setDraft({ ...draft, reportedMemberCountBound: e.target.checked ? 'atLeast' : '' })
          }
        />{' '}
        {labels.reportedMemberCountBound}
      </label>
      <SourcesField
        value={draft.sources}
        onChange={(sources) => setDraft({ ...draft, sources })}
        issues={issues}
      />
      <FormIssues issues={otherIssues(issues, FIELD_PATHS)} />
      {actions}
    </form>
  );
}
