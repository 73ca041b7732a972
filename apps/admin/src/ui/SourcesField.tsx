import { useEffect, useId, useState } from 'react';
import { useLanguage, useT } from '../i18n.ts';
import { createSource, readSources, type Source, type SourceDraft, today } from '../sources.ts';
import { Field } from './Field.tsx';
import { formatDate } from './format.ts';
import { IssueText } from './IssueText.tsx';
import { type FormIssue, issuesAt } from './issues.ts';

/** A draft keeps the attached sources' ids as one text, `a, b`, like every other field. */
export const sourceIds = (value: string): string[] =>
  value
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
export const sourcesDraft = (ids: readonly string[]) => ids.join(', ');

/**
 * Where an item's facts come from: the sources attached (each removable), one picked from those
 * the data already cites, or a new one typed here (address, title, the day it was read) and
 * added to the data at once. The issues at `/sources` — the API's `missing_source` warning —
 * show inside the group, tied to the picker.
 */
export function SourcesField({
  value,
  onChange,
  issues,
}: {
  /** The attached ids, as `sourcesDraft` writes them. */
  value: string;
  onChange: (value: string) => void;
  issues: readonly FormIssue[];
}) {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  const [known, setKnown] = useState<Source[] | null>(null);
  const [picked, setPicked] = useState('');
  const [adding, setAdding] = useState(false);
  const [draft, setDraft] = useState<SourceDraft>({ url: '', title: '', accessedOn: today() });
  const [draftIssues, setDraftIssues] = useState<FormIssue[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void readSources().then((sources) => live && setKnown(sources));
    return () => {
      live = false;
    };
  }, []);

  const attached = sourceIds(value);
  const byId = new Map((known ?? []).map((source) => [source.id, source]));
  const mine = issuesAt(issues, '/sources');
  const attach = (sourceId: string) => {
    if (!attached.includes(sourceId)) onChange(sourcesDraft([...attached, sourceId]));
  };

  async function add() {
    setBusy(true);
    const taken = new Set((known ?? []).map((source) => source.id));
    const result = await createSource(draft, taken);
    setBusy(false);
    if ('issues' in result) {
      setDraftIssues(result.issues);
      return;
    }
    setKnown([...(known ?? []), result.source]);
    attach(result.source.id);
    setDraftIssues([]);
    setAdded(result.source.title);
    setDraft({ url: '', title: '', accessedOn: today() });
    setAdding(false);
  }

  const sourceField = (key: keyof SourceDraft, label: string, type: string) => (
    <Field label={label} path={`/${key}`} issues={draftIssues}>
      {(control) => (
        <input
          {...control}
          type={type}
          value={draft[key]}
          onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
          // Enter adds the source; it must not save the form around it.
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            void add();
          }}
        />
      )}
    </Field>
  );

  return (
    <fieldset className="sources">
      <legend>{t('sources')}</legend>
      {attached.length === 0 ? (
        <p>{t('noSources')}</p>
      ) : (
        <ul>
          {attached.map((sourceId) => {
            const source = byId.get(sourceId);
            const title = source?.title ?? sourceId;
            return (
              <li key={sourceId}>
                {source?.url ? <a href={source.url}>{title}</a> : title}
                {source?.accessedOn &&
                  ` (${t('sourceAccessed', { date: formatDate(source.accessedOn, language) })})`}{' '}
                <button
                  type="button"
                  className="secondary"
                  aria-label={t('removeSource', { title })}
                  onClick={() => onChange(sourcesDraft(attached.filter((a) => a !== sourceId)))}
                >
                  {t('remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {mine.length > 0 && (
        <ul id={`${id}-issues`} className="issues">
          {mine.map((issue, index) => (
            <li key={index} className={issue.severity === 'error' ? 'error' : 'warning'}>
              <IssueText issue={issue} />
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={`${id}-pick`}>{t('existingSource')}</label>
        <select
          id={`${id}-pick`}
          value={picked}
          disabled={!known}
          {...(mine.length > 0 && { 'aria-describedby': `${id}-issues` })}
          onChange={(e) => setPicked(e.target.value)}
        >
          <option value="">{known ? t('chooseSource') : t('loading')}</option>
          {(known ?? [])
            .filter((source) => !attached.includes(source.id))
            .map((source) => (
              <option key={source.id} value={source.id}>
                {source.title}
              </option>
            ))}
        </select>{' '}
        <button
          type="button"
          className="secondary"
          disabled={!picked}
          onClick={() => {
            attach(picked);
            setPicked('');
          }}
        >
          {t('attachSource')}
        </button>
      </div>
      {added && (
        <p role="status" className="ok">
          {t('sourceAdded', { title: added })}
        </p>
      )}
      {adding ? (
        <div className="new-source">
          {sourceField('url', t('sourceUrl'), 'url')}
          {sourceField('title', t('sourceTitle'), 'text')}
          {sourceField('accessedOn', t('sourceAccessedOn'), 'date')}
          <p className="actions">
            <button type="button" disabled={busy} onClick={() => void add()}>
              {t('addSource')}
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setAdding(false)}>
              {t('cancel')}
            </button>
          </p>
        </div>
      ) : (
        <p>
          <button type="button" className="secondary" onClick={() => setAdding(true)}>
            {t('newSource')}
          </button>
        </p>
      )}
    </fieldset>
  );
}
