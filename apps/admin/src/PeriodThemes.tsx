import type { Schemas } from '@verkosto/client';
import { unwrap } from '@verkosto/client';
import { useEffect, useState } from 'react';
import { api } from './api.ts';
import { useEarlierThemes } from './earlierThemes.ts';
import { useLanguage, useT } from './i18n.ts';
import { ThemeForm } from './ThemeForm.tsx';
import { localName, localText } from './ui/format.ts';
import { Inferred } from './ui/Inferred.tsx';
import { type Status, StatusMessage } from './ui/StatusMessage.tsx';
import { deleteCurrentVersion, failureStatus } from './ui/writes.ts';

type Theme = Schemas['Theme'];
type Period = Schemas['Period'];

/** What the themes section is doing: showing, creating (maybe under a parent) or editing one. */
type Mode = { kind: 'list' } | { kind: 'create'; parentId?: string } | { kind: 'edit'; id: string };

/**
 * A period's themes as a tree (sub-themes under their parent), with where each comes from;
 * editors create, edit and delete them (a deleted theme can be restored at once).
 */
export function PeriodThemes({ period, canEdit = false }: { period: Period; canEdit?: boolean }) {
  const t = useT();
  const language = useLanguage();
  const [themes, setThemes] = useState<Theme[] | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [status, setStatus] = useState<Status | null>(null);
  const [generation, setGeneration] = useState(0);
  const earlier = useEarlierThemes(period);
  const reload = () => setGeneration((g) => g + 1);
  useEffect(() => {
    api
      .GET('/v1/periods/{periodId}/themes', {
        params: { path: { periodId: period.id }, query: { limit: 500 } },
      })
      .then((result) => setThemes(unwrap(result).data));
  }, [period.id, generation]);

  async function remove(theme: Theme) {
    setStatus(null);
    const path = { themeId: theme.id };
    const result = await deleteCurrentVersion(
      () => api.GET('/v1/themes/{themeId}', { params: { path } }),
      (ifMatch) =>
        api.DELETE('/v1/themes/{themeId}', { params: { path, header: { 'if-match': ifMatch } } }),
    );
    if (!result.response.ok) return setStatus(failureStatus(result, language));
    setStatus({
      kind: 'saved',
      text: t('themeDeleted', { name: localName(theme.names, language) }),
      undo: async () => {
        // Undo right after the delete: a deleted theme cannot have changed since, so any version will do.
        const restored = await api.POST('/v1/themes/{themeId}/restore', {
          params: { path, header: { 'if-match': '*' } },
        });
        setStatus(
          restored.response.ok
            ? {
                kind: 'saved',
                text: t('themeRestored', { name: localName(theme.names, language) }),
              }
            : failureStatus(restored, language),
        );
        reload();
      },
    });
    reload();
  }

  if (!themes) return <p>{t('loading')}</p>;
  const children = (parentId?: string) => themes.filter((theme) => theme.parentId === parentId);
  const byId = new Map(
    [...earlier.flatMap((group) => group.themes), ...themes].map((theme) => [theme.id, theme]),
  );
  const done = (saved?: Theme) => {
    setMode({ kind: 'list' });
    if (saved) {
      setStatus({
        kind: 'saved',
        text: t('themeSaved', { name: localName(saved.names, language) }),
      });
      reload();
    }
  };
  const item = (theme: Theme) => (
    <li key={theme.id}>
      <strong lang={localText(theme.names, language).lang}>
        {localName(theme.names, language)}
      </strong>
      {language === 'sv' && theme.names.sv ? (
        <span lang="fi"> / {theme.names.fi}</span>
      ) : (
        theme.names.sv && <span lang="sv"> / {theme.names.sv}</span>
      )}{' '}
      — {t(`origin_${theme.origin}`)}
      {theme.continuesThemeId && (
        <>
          {' '}
          ({t('continues')} {(() => {
            const earlier = byId.get(theme.continuesThemeId);
            return earlier ? localName(earlier.names, language) : theme.continuesThemeId;
          })()}
          {theme.continuesInferred && <Inferred />})
        </>
      )}
      {theme.borrowedFrom && <> ({theme.borrowedFrom})</>}
      {canEdit && mode.kind === 'list' && (
        <span className="row-actions">
          {' '}
          <button
            type="button"
            aria-label={t('editThemeNamed', { name: localName(theme.names, language) })}
            onClick={() => setMode({ kind: 'edit', id: theme.id })}
          >
            {t('edit')}
          </button>
          {!theme.parentId && (
            <button
              type="button"
              className="secondary"
              aria-label={t('addSubThemeTo', { name: localName(theme.names, language) })}
              onClick={() => setMode({ kind: 'create', parentId: theme.id })}
            >
              {t('addSubTheme')}
            </button>
          )}
          <button
            type="button"
            className="danger"
            aria-label={t('deleteThemeNamed', { name: localName(theme.names, language) })}
            onClick={() => void remove(theme)}
          >
            {t('delete')}
          </button>
        </span>
      )}
      {mode.kind === 'edit' && mode.id === theme.id && (
        <ThemeForm
          period={period}
          themes={themes}
          earlier={earlier}
          themeId={theme.id}
          onDone={done}
        />
      )}
      {mode.kind === 'create' && mode.parentId === theme.id && (
        <ThemeForm
          period={period}
          themes={themes}
          earlier={earlier}
          parentId={theme.id}
          onDone={done}
        />
      )}
      {children(theme.id).length > 0 && <ul>{children(theme.id).map(item)}</ul>}
    </li>
  );
  return (
    <section aria-labelledby="themes-title">
      <h2 id="themes-title">{t('themes')}</h2>
      <StatusMessage status={status} />
      {themes.length === 0 ? <p>{t('noThemes')}</p> : <ul>{children(undefined).map(item)}</ul>}
      {canEdit && mode.kind === 'list' && (
        <button type="button" onClick={() => setMode({ kind: 'create' })}>
          {t('newTheme')}
        </button>
      )}
      {mode.kind === 'create' && !mode.parentId && (
        <ThemeForm period={period} themes={themes} earlier={earlier} onDone={done} />
      )}
    </section>
  );
}
