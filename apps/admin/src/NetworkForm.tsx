import type { Schemas } from '@verkosto/client';
import { unwrap } from '@verkosto/client';
import { type Network as NetworkEntity, slugify } from '@verkosto/core';
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

type Network = Schemas['Network'];

type Draft = {
  id: string;
  shortName: string;
  organiser: string;
  organiserBusinessId: string;
  sources: string;
} & Record<TextKeys<'name'> | TextKeys<'description'>, string>;
type DraftKey = keyof Draft;

const BLANK: Draft = {
  id: '',
  ...textDraft('name', undefined),
  shortName: '',
  organiser: '',
  organiserBusinessId: '',
  ...textDraft('description', undefined),
  sources: '',
};

const draftOf = (network: Network): Draft => ({
  id: network.id,
  ...textDraft('name', network.names),
  shortName: network.shortName ?? '',
  organiser: network.organiser,
  organiserBusinessId: network.organiserBusinessId ?? '',
  ...textDraft('description', network.description),
  sources: sourcesDraft(network.sources),
});

function entityOf(draft: Draft, saved?: Network): NetworkEntity {
  const trimmed = (value: string) => value.trim() || undefined;
  const description = textOf('description', draft);
  return {
    id: draft.id,
    name: textOf('name', draft) ?? { fi: '' },
    ...(trimmed(draft.shortName) && { shortName: draft.shortName.trim() }),
    organiser: draft.organiser.trim(),
    ...(trimmed(draft.organiserBusinessId) && {
      organiserBusinessId: draft.organiserBusinessId.trim(),
    }),
    ...(description && { description }),
    links: saved?.links ?? [],
    sources: sourceIds(draft.sources),
  };
}

// The entity's paths for each field, so the API's issues land at them.
const FIELD_PATHS = [
  '/id',
  ...textPaths('name'),
  '/shortName',
  '/organiser',
  '/organiserBusinessId',
  ...textPaths('description'),
  '/sources',
];

/** Creates a network, or edits one with If-Match; checked in the browser with the API's rules. */
export function NetworkForm({
  network,
  onDone,
}: {
  network?: Network;
  onDone: (saved?: Network) => void;
}) {
  const t = useT();
  const [idTouched, setIdTouched] = useState(Boolean(network));
  const labels: Record<DraftKey, string> = {
    id: t('networkId'),
    ...textLabels('name', t),
    shortName: t('shortName'),
    organiser: t('organiser'),
    organiserBusinessId: t('organiserBusinessId'),
    ...textLabels('description', t),
    sources: t('sources'),
  };
  const { draft, setDraft, issues, formProps, actions } = useEditForm({
    read: network
      ? async () => {
          const result = await api.GET('/v1/networks/{networkId}', {
            params: { path: { networkId: network.id } },
          });
          return { item: unwrap(result).data, etag: result.response.headers.get('etag') ?? '' };
        }
      : undefined,
    blank: BLANK,
    draftOf,
    entityOf,
    check: (entity) => validateForm('network', entity),
    send: (entity, ifMatch, existing) => {
      const { id: _id, ...fields } = entity;
      return existing
        ? api.PATCH('/v1/networks/{networkId}', {
            params: { path: { networkId: existing.id }, header: { 'if-match': ifMatch ?? '' } },
            body: {
              ...fields,
              shortName: fields.shortName ?? null,
              organiserBusinessId: fields.organiserBusinessId ?? null,
              description: fields.description ?? null,
            },
          })
        : api.POST('/v1/networks', { body: entity });
    },
    labels,
    onDone,
  });
  if (!draft) return <p>{t('loading')}</p>;

  const change = (key: DraftKey, value: string) => {
    if (key === 'name.fi' && !idTouched) setDraft({ ...draft, [key]: value, id: slugify(value) });
    else setDraft({ ...draft, [key]: value });
    if (key === 'id') setIdTouched(true);
  };
  const input = (key: 'id' | 'shortName' | 'organiser' | 'organiserBusinessId', hint?: string) => (
    <Field label={labels[key]} path={`/${key}`} issues={issues} hint={hint}>
      {(control) => (
        <input {...control} value={draft[key]} onChange={(e) => change(key, e.target.value)} />
      )}
    </Field>
  );

  return (
    <form {...formProps} className="panel" aria-labelledby="network-form-title">
      <h2 id="network-form-title">
        {network ? t('editNetworkNamed', { name: network.name }) : t('newNetwork')}
      </h2>
      <LocalizedTextFields text="name" draft={draft} onChange={change} issues={issues} />
      {!network && input('id', t('idHint'))}
      {input('shortName')}
      {input('organiser')}
      {input('organiserBusinessId', t('businessIdHint'))}
      <LocalizedTextFields text="description" draft={draft} onChange={change} issues={issues} />
      <SourcesField
        value={draft.sources}
        onChange={(sources) => change('sources', sources)}
        issues={issues}
      />
      <FormIssues issues={otherIssues(issues, FIELD_PATHS)} />
      {actions}
    </form>
  );
}
