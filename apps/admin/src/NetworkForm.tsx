import type { Schemas } from '@verkosto/client';
import { unwrap } from '@verkosto/client';
import { type Network as NetworkEntity, slugify } from '@verkosto/core';
import { useState } from 'react';
import { api } from './api.ts';
import { useT } from './i18n.ts';
import { Field, FormIssues } from './ui/Field.tsx';
import { otherIssues } from './ui/issues.ts';
import { useEditForm } from './ui/useEditForm.tsx';
import { validateForm } from './ui/validate.ts';

type Network = Schemas['Network'];

type Draft = {
  id: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
  shortName: string;
  organiser: string;
  organiserBusinessId: string;
  description: string;
};
type DraftKey = keyof Draft;

const BLANK: Draft = {
  id: '',
  nameFi: '',
  nameSv: '',
  nameEn: '',
  shortName: '',
  organiser: '',
  organiserBusinessId: '',
  description: '',
};

const draftOf = (network: Network): Draft => ({
  id: network.id,
  nameFi: network.names.fi,
  nameSv: network.names.sv ?? '',
  nameEn: network.names.en ?? '',
  shortName: network.shortName ?? '',
  organiser: network.organiser,
  organiserBusinessId: network.organiserBusinessId ?? '',
  description: network.description?.fi ?? '',
});

function entityOf(draft: Draft, saved?: Network): NetworkEntity {
  const trimmed = (value: string) => value.trim() || undefined;
  const description = trimmed(draft.description)
    ? { ...saved?.description, fi: draft.description.trim() }
    : undefined;
  return {
    id: draft.id,
    name: {
      fi: draft.nameFi.trim(),
      ...(trimmed(draft.nameSv) && { sv: draft.nameSv.trim() }),
      ...(trimmed(draft.nameEn) && { en: draft.nameEn.trim() }),
    },
    ...(trimmed(draft.shortName) && { shortName: draft.shortName.trim() }),
    organiser: draft.organiser.trim(),
    ...(trimmed(draft.organiserBusinessId) && {
      organiserBusinessId: draft.organiserBusinessId.trim(),
    }),
    ...(description && { description }),
    links: saved?.links ?? [],
    sources: saved?.sources ?? [],
  };
}

// The entity's paths for each field, so the API's issues land at them.
const PATHS: Record<DraftKey, string> = {
  id: '/id',
  nameFi: '/name/fi',
  nameSv: '/name/sv',
  nameEn: '/name/en',
  shortName: '/shortName',
  organiser: '/organiser',
  organiserBusinessId: '/organiserBusinessId',
  description: '/description',
};

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
    nameFi: t('nameFi'),
    nameSv: t('nameSv'),
    nameEn: t('nameEn'),
    shortName: t('shortName'),
    organiser: t('organiser'),
    organiserBusinessId: t('organiserBusinessId'),
    description: t('descriptionFi'),
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
    send: (entity, ifMatch) => {
      const { id: _id, ...fields } = entity;
      return network
        ? api.PATCH('/v1/networks/{networkId}', {
            params: { path: { networkId: network.id }, header: { 'if-match': ifMatch ?? '' } },
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

  const input = (key: DraftKey, props: { hint?: string; lang?: string } = {}) => (
    <Field label={labels[key]} path={PATHS[key]} issues={issues} hint={props.hint}>
      {(control) => (
        <input
          {...control}
          lang={props.lang}
          value={draft[key]}
          onChange={(e) => {
            const value = e.target.value;
            if (key === 'nameFi' && !idTouched)
              setDraft({ ...draft, nameFi: value, id: slugify(value) });
            else setDraft({ ...draft, [key]: value });
            if (key === 'id') setIdTouched(true);
          }}
        />
      )}
    </Field>
  );

  return (
    <form {...formProps} className="panel" aria-labelledby="network-form-title">
      <h2 id="network-form-title">
        {network ? t('editNetworkNamed', { name: network.name }) : t('newNetwork')}
      </h2>
      {input('nameFi', { lang: 'fi' })}
      {!network && input('id', { hint: t('idHint') })}
      {input('nameSv', { lang: 'sv' })}
      {input('nameEn', { lang: 'en' })}
      {input('shortName')}
      {input('organiser')}
      {input('organiserBusinessId', { hint: t('businessIdHint') })}
      <Field label={labels.description} path="/description" issues={issues}>
        {(control) => (
          <textarea
            {...control}
            lang="fi"
            rows={3}
            value={draft.description}
            onChange={(e) => setDraft({ ...draft, description: e.target.value })}
          />
        )}
      </Field>
      <FormIssues issues={otherIssues(issues, Object.values(PATHS))} />
      {actions}
    </form>
  );
}
