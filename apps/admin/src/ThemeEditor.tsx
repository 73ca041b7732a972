import type { Schemas } from '@verkosto/client';
import { useEffect, useId, useState } from 'react';
import { api } from './api.ts';
import { useT } from './i18n.ts';

type Theme = Schemas['Theme'];

interface Draft {
  fi: string;
  sv: string;
  en: string;
  keywords: string;
}

const draftOf = (theme: Theme): Draft => ({
  fi: theme.names.fi,
  sv: theme.names.sv ?? '',
  en: theme.names.en ?? '',
  keywords: theme.keywords.join(', '),
});

const FIELDS = ['fi', 'sv', 'en', 'keywords'] as const;

/**
 * Edits a theme's names and keywords with If-Match. When someone else saved first (412), it shows
 * what they changed next to what you typed, and lets you take theirs or save yours over it —
 * nothing typed is lost.
 */
export function ThemeEditor({ themeId, onDone }: { themeId: string; onDone: () => void }) {
  const t = useT();
  const id = useId();
  const [etag, setEtag] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [theirs, setTheirs] = useState<{ draft: Draft; etag: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function fetchTheme() {
    const result = await api.GET('/v1/themes/{themeId}', { params: { path: { themeId } } });
    if (!result.data) throw new Error(result.response.statusText);
    return { theme: result.data.data as Theme, etag: result.response.headers.get('etag') ?? '' };
  }

  useEffect(() => {
    void fetchTheme().then(({ theme, etag: tag }) => {
      setDraft(draftOf(theme));
      setEtag(tag);
    });
  }, [themeId]);

  async function save(ifMatch: string) {
    if (!draft) return;
    setError(null);
    const name = {
      fi: draft.fi,
      ...(draft.sv ? { sv: draft.sv } : {}),
      ...(draft.en ? { en: draft.en } : {}),
    };
    const keywords = draft.keywords
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
    const result = await api.PATCH('/v1/themes/{themeId}', {
      params: { path: { themeId }, header: { 'if-match': ifMatch } },
      body: { name, keywords },
    });
    if (result.response.status === 412) {
      const current = await fetchTheme();
      setTheirs({ draft: draftOf(current.theme), etag: current.etag });
      return;
    }
    if (!result.response.ok) {
      const problem = result.error as
        | { detail?: string; issues?: Array<{ message: { fi: string } }> }
        | undefined;
      setError(
        problem?.issues?.map((i) => i.message.fi).join(' ') ??
          problem?.detail ??
          result.response.statusText,
      );
      return;
    }
    onDone();
  }

  if (!draft || etag === null) return <p>{t('loading')}</p>;
  const label = {
    fi: t('nameFi'),
    sv: t('nameSv'),
    en: t('nameEn'),
    keywords: t('keywords'),
  } as const;
  return (
    <form
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void save(etag);
      }}
    >
      <h3 id={`${id}-title`}>{t('editTheme')}</h3>
      {FIELDS.map((field) => (
        <p key={field}>
          <label htmlFor={`${id}-${field}`}>{label[field]}</label>
          <input
            id={`${id}-${field}`}
            lang={field === 'keywords' ? undefined : field}
            value={draft[field]}
            onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
          />
        </p>
      ))}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {theirs ? (
        <div role="alert">
          <p className="error">{t('conflict')}</p>
          <table>
            <caption>{t('changes')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('field')}</th>
                <th scope="col">{t('yours')}</th>
                <th scope="col">{t('theirs')}</th>
              </tr>
            </thead>
            <tbody>
              {FIELDS.filter((f) => theirs.draft[f] !== draft[f]).map((f) => (
                <tr key={f}>
                  <th scope="row">{label[f]}</th>
                  <td>{draft[f]}</td>
                  <td>{theirs.draft[f]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            onClick={() => {
              setDraft(theirs.draft);
              setEtag(theirs.etag);
              setTheirs(null);
            }}
          >
            {t('takeTheirs')}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              const next = theirs.etag;
              setEtag(next);
              setTheirs(null);
              void save(next);
            }}
          >
            {t('saveMine')}
          </button>
        </div>
      ) : (
        <>
          <button type="submit">{t('save')}</button>{' '}
          <button type="button" onClick={onDone}>
            {t('cancel')}
          </button>
        </>
      )}
    </form>
  );
}
