import type { Schemas } from '@verkosto/client';
import { unwrap } from '@verkosto/client';
import { slugify, THEME_ORIGINS, type Theme as ThemeEntity } from '@verkosto/core';
import { useState } from 'react';
import { api } from './api.ts';
import type { EarlierThemes } from './earlierThemes.ts';
import { useLanguage, useT } from './i18n.ts';
import { Field, FormIssues } from './ui/Field.tsx';
import { localName } from './ui/format.ts';
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

type Theme = Schemas['Theme'];
type Period = Schemas['Period'];
type Origin = Theme['origin'];

/** What the form holds: every field as the text in its control. */
type Draft = {
  slug: string;
  parentId: string;
  origin: Origin;
  continuesThemeId: string;
  /** `true` when no source states the continuation. */
  continuesInferred: '' | 'true';
  borrowedFrom: string;
  keywords: string;
  sources: string;
} & Record<TextKeys<'name'> | TextKeys<'description'>, string>;
type DraftKey = keyof Draft;

const EMPTY: Draft = {
  slug: '',
  ...textDraft('name', undefined),
  ...textDraft('description', undefined),
  parentId: '',
  origin: 'new',
  continuesThemeId: '',
  continuesInferred: '',
  borrowedFrom: '',
  keywords: '',
  sources: '',
};

const draftOf = (theme: Theme): Draft => ({
  slug: theme.slug,
  ...textDraft('name', theme.names),
  ...textDraft('description', theme.description),
  parentId: theme.parentId ?? '',
  origin: theme.origin,
  continuesThemeId: theme.continuesThemeId ?? '',
  continuesInferred: theme.continuesInferred ? 'true' : '',
  borrowedFrom: theme.borrowedFrom ?? '',
  keywords: theme.keywords.join(', '),
  sources: sourcesDraft(theme.sources),
});

const optional = (value: string) => (value.trim() === '' ? undefined : value);

/** The theme the draft describes, in the shared format, as the API will validate it. */
function entityOf(periodId: string, draft: Draft): ThemeEntity {
  const description = textOf('description', draft);
  const entity: ThemeEntity = {
    id: `${periodId}-${draft.slug}`,
    periodId,
    slug: draft.slug,
    name: textOf('name', draft) ?? { fi: '' },
    ...(description && { description }),
    ...(optional(draft.parentId) && { parentId: draft.parentId }),
    origin: draft.origin,
    ...(optional(draft.continuesThemeId) && { continuesThemeId: draft.continuesThemeId }),
    ...(optional(draft.continuesThemeId) && draft.continuesInferred && { continuesInferred: true }),
    ...(optional(draft.borrowedFrom) && { borrowedFrom: draft.borrowedFrom }),
    keywords: draft.keywords
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
    sources: sourceIds(draft.sources),
  };
  return entity;
}

/** A JSON merge patch from the saved theme to the entity: `null` removes a field. */
function patchOf(entity: ThemeEntity) {
  return {
    name: entity.name,
    description: entity.description ?? null,
    parentId: entity.parentId ?? null,
    origin: entity.origin,
    continuesThemeId: entity.continuesThemeId ?? null,
    continuesInferred: entity.continuesInferred ?? null,
    borrowedFrom: entity.borrowedFrom ?? null,
    keywords: entity.keywords,
    sources: entity.sources,
  };
}

/** A create body: the entity without what the URL says (its period) and derives (its id). */
function bodyOf({ id: _id, periodId: _periodId, ...body }: ThemeEntity) {
  return body;
}

const FIELD_PATHS = [
  '/slug',
  '/id',
  ...textPaths('name'),
  ...textPaths('description'),
  '/parentId',
  '/origin',
  '/continuesThemeId',
  '/continuesInferred',
  '/borrowedFrom',
  '/keywords',
  '/sources',
];

/**
 * Creates a theme (no `themeId`) or edits one. The draft is checked in the browser with the same
 * `validateEntity` the API runs, and the API's answer lands at the same fields. An edit is sent
 * with If-Match; when someone else saved first (412) the form keeps what you typed and shows
 * their version beside it.
 */
export function ThemeForm({
  period,
  themes,
  earlier,
  themeId,
  parentId,
  onDone,
}: {
  period: Period;
  /** The period's themes: parents to choose from. */
  themes: readonly Theme[];
  /** The earlier periods' themes: what a continued theme can continue. */
  earlier: EarlierThemes;
  themeId?: string;
  /** For a new sub-theme: its parent. */
  parentId?: string;
  onDone: (saved?: Theme) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const [slugTouched, setSlugTouched] = useState(Boolean(themeId));
  const labels: Record<DraftKey, string> = {
    slug: t('slug'),
    ...textLabels('name', t),
    ...textLabels('description', t),
    parentId: t('parentTheme'),
    origin: t('origin'),
    continuesThemeId: t('continuesTheme'),
    continuesInferred: t('continuesInferred'),
    sources: t('sources'),
    borrowedFrom: t('borrowedFrom'),
    keywords: t('keywords'),
  };
  const { draft, setDraft, saved, issues, formProps, actions } = useEditForm({
    read: themeId
      ? async () => {
          const result = await api.GET('/v1/themes/{themeId}', {
            params: { path: { themeId } },
          });
          return {
            item: unwrap(result).data as Theme,
            etag: result.response.headers.get('etag') ?? '',
          };
        }
      : undefined,
    blank: { ...EMPTY, parentId: parentId ?? '' },
    draftOf,
    entityOf: (next: Draft) => entityOf(period.id, next),
    check: (entity) => validateForm('theme', entity),
    send: (entity, ifMatch, existing) =>
      existing
        ? api.PATCH('/v1/themes/{themeId}', {
            params: { path: { themeId: existing.id }, header: { 'if-match': ifMatch ?? '' } },
            body: patchOf(entity),
          })
        : api.POST('/v1/periods/{periodId}/themes', {
            params: { path: { periodId: period.id } },
            body: bodyOf(entity),
          }),
    labels,
    onDone: (theme) => onDone(theme as Theme | undefined),
  });
  if (!draft) return <p>{t('loading')}</p>;
  const update = (change: Partial<Draft>) => setDraft({ ...draft, ...change });

  const parents = themes.filter((theme) => !theme.parentId && theme.id !== themeId);
  const change = (key: DraftKey, value: string) => {
    if (key === 'name.fi' && !slugTouched) update({ [key]: value, slug: slugify(value) });
    else update({ [key]: value });
    if (key === 'slug') setSlugTouched(true);
  };
  const text = (key: 'slug' | 'borrowedFrom' | 'keywords', hint?: string) => (
    <Field label={labels[key]} path={`/${key}`} issues={issues} hint={hint}>
      {(control) => (
        <input {...control} value={draft[key]} onChange={(e) => change(key, e.target.value)} />
      )}
    </Field>
  );

  return (
    <form {...formProps} className="panel" aria-labelledby="theme-form-title">
      <h3 id="theme-form-title">
        {themeId
          ? t('editThemeNamed', { name: saved ? localName(saved.names, language) : '' })
          : t('newTheme')}
      </h3>
      <LocalizedTextFields text="name" draft={draft} onChange={change} issues={issues} />
      {!themeId && text('slug', t('slugHint', { periodId: period.id }))}
      <LocalizedTextFields text="description" draft={draft} onChange={change} issues={issues} />
      <Field label={labels.parentId} path="/parentId" issues={issues}>
        {(control) => (
          <select
            {...control}
            value={draft.parentId}
            onChange={(e) => update({ parentId: e.target.value })}
          >
            <option value="">{t('noParent')}</option>
            {parents.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.names.fi}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset>
        <legend>{labels.origin}</legend>
        {THEME_ORIGINS.map((origin) => (
          <label key={origin} className="choice">
            <input
              type="radio"
              name="origin"
              value={origin}
              checked={draft.origin === origin}
              onChange={() =>
                update({
                  origin,
                  // A reference belongs to its origin only: switching away clears it.
                  continuesThemeId: origin === 'continued' ? draft.continuesThemeId : '',
                  continuesInferred: origin === 'continued' ? draft.continuesInferred : '',
                  borrowedFrom: origin === 'borrowed' ? draft.borrowedFrom : '',
                })
              }
            />{' '}
            {t(`origin_${origin}`)}
          </label>
        ))}
      </fieldset>
      {draft.origin === 'continued' && (
        <Field label={labels.continuesThemeId} path="/continuesThemeId" issues={issues}>
          {(control) => (
            <select
              {...control}
              value={draft.continuesThemeId}
              onChange={(e) => update({ continuesThemeId: e.target.value })}
            >
              <option value="">{t('chooseTheme')}</option>
              {earlier.map((group) => (
                <optgroup key={group.period.id} label={group.period.label}>
                  {group.themes.map((theme) => (
                    <option key={theme.id} value={theme.id}>
                      {theme.names.fi}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
      )}
      {draft.origin === 'continued' && (
        <label className="choice">
          <input
            type="checkbox"
            checked={draft.continuesInferred === 'true'}
            onChange={(e) => update({ continuesInferred: e.target.checked ? 'true' : '' })}
          />{' '}
          {labels.continuesInferred}
        </label>
      )}
      {draft.origin === 'borrowed' && text('borrowedFrom', t('borrowedFromHint'))}
      {text('keywords')}
      <SourcesField
        value={draft.sources}
        onChange={(sources) => update({ sources })}
        issues={issues}
      />
      <FormIssues issues={otherIssues(issues, FIELD_PATHS)} />
      {actions}
    </form>
  );
}
