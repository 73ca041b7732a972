import type { Schemas } from '@verkosto/client';
import { unwrap } from '@verkosto/client';
import { useEffect, useState } from 'react';
import { api } from './api.ts';
import { type MessageKey, useT } from './i18n.ts';
import { ThemeEditor } from './ThemeEditor.tsx';

type Theme = Schemas['Theme'];

/** A period's themes as a tree (sub-themes under their parent), with where each comes from. */
export function PeriodThemes({
  periodId,
  canEdit = false,
}: {
  periodId: string;
  canEdit?: boolean;
}) {
  const t = useT();
  const [themes, setThemes] = useState<Theme[] | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    api
      .GET('/v1/periods/{periodId}/themes', {
        params: { path: { periodId }, query: { limit: 500 } },
      })
      .then((result) => {
        setThemes(unwrap(result).data);
      });
  }, [periodId, generation]);

  if (!themes) return <p>{t('loading')}</p>;
  const children = (parentId?: string) => themes.filter((theme) => theme.parentId === parentId);
  const item = (theme: Theme) => (
    <li key={theme.id}>
      <strong>{theme.names.fi}</strong>
      {theme.names.sv && <span lang="sv"> / {theme.names.sv}</span>} —{' '}
      {t(`origin_${theme.origin}` as MessageKey)}
      {theme.continuesThemeId && (
        <>
          {' '}
          ({t('continues')} {theme.continuesThemeId})
        </>
      )}
      {canEdit && editing !== theme.id && (
        <>
          {' '}
          <button
            type="button"
            aria-label={t('editThemeNamed', { name: theme.names.fi })}
            onClick={() => setEditing(theme.id)}
          >
            {t('edit')}
          </button>
        </>
      )}
      {editing === theme.id && (
        <ThemeEditor
          themeId={theme.id}
          onDone={() => {
            setEditing(null);
            setGeneration((g) => g + 1);
          }}
        />
      )}
      {children(theme.id).length > 0 && <ul>{children(theme.id).map(item)}</ul>}
    </li>
  );
  return (
    <section aria-labelledby="themes-title">
      <h2 id="themes-title">{t('themes')}</h2>
      {themes.length === 0 ? <p>{t('noThemes')}</p> : <ul>{children(undefined).map(item)}</ul>}
    </section>
  );
}
