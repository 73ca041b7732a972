import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n.ts';
import { ConflictPanel } from './ConflictPanel.tsx';
import { type FormIssue, issuesOfProblem } from './issues.ts';

/** An item as read from the API, with the ETag that a later If-Match names. */
export interface Versioned<T> {
  item: T;
  etag: string;
}

/** What a write through the typed client answers: the item, and what is left to look at. */
interface WriteResult<T> {
  data?: { data: T; warnings?: FormIssue[] };
  error?: unknown;
  response: Response;
}

interface Options<T, D extends Record<string, string>, E> {
  /** Reads the item being edited; absent when creating one. */
  read?: () => Promise<Versioned<T>>;
  /** The draft of a new item. */
  blank: D;
  draftOf: (item: T) => D;
  /** The entity the draft describes, and its check in the browser (the API's own). */
  entityOf: (draft: D, saved: T | undefined) => E;
  check: (entity: E) => Promise<{ ok: boolean; issues: FormIssue[] }>;
  /**
   * Sends it: a create, or an edit with If-Match of `existing` — the item read, or the one this
   * form created and kept open for its warnings.
   */
  send: (
    entity: E,
    ifMatch: string | undefined,
    existing: T | undefined,
  ) => Promise<WriteResult<T>>;
  labels: Record<keyof D, string>;
  onDone: (saved?: T) => void;
}

/**
 * The way every form here saves: check the draft in the browser, send it, show the API's issues
 * at their fields, and on 412 keep the draft and show the saved version beside it (take theirs,
 * or save yours over it). After a failed check the first field that needs attention gets focus.
 */
export function useEditForm<T, D extends Record<string, string>, E>(options: Options<T, D, E>) {
  const t = useT();
  const { read, blank, draftOf } = options;
  const form = useRef<HTMLFormElement>(null);
  const [saved, setSaved] = useState<Versioned<T> | null>(null);
  const [draft, setDraft] = useState<D | null>(read ? null : blank);
  const [theirs, setTheirs] = useState<Versioned<T> | null>(null);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [busy, setBusy] = useState(false);
  /** Written, with warnings to look at: the form stays open until "Done". */
  const [written, setWritten] = useState<T | null>(null);

  // Read once, when the form opens: the item being edited and its ETag.
  useEffect(() => {
    void read?.().then((current) => {
      setSaved(current);
      setDraft(draftOf(current.item));
    });
  }, []);
  useEffect(() => {
    if (issues.length) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [issues]);
  // When the form appears, the keyboard goes to its first field.
  const opened = draft !== null;
  useEffect(() => {
    if (opened) form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [opened]);

  async function save(ifMatch = saved?.etag) {
    if (!draft) return;
    const entity = options.entityOf(draft, saved?.item);
    const report = await options.check(entity);
    setIssues(report.issues);
    if (!report.ok) return;
    setBusy(true);
    const result = await options.send(entity, ifMatch, saved?.item);
    setBusy(false);
    // The session has ended: the sign-in dialog takes over, and the draft waits for a new save.
    if (result.response.status === 401) return;
    if (result.response.status === 412 && read) {
      setTheirs(await read());
      return;
    }
    if (!result.data) {
      setIssues(issuesOfProblem(result.error as never, result.response.statusText));
      return;
    }
    const warnings = result.data.warnings ?? [];
    if (warnings.length === 0) {
      options.onDone(result.data.data);
      return;
    }
    // Saved, but something is left to look at (a missing source): the warnings go to their
    // fields, and the next save edits what was just written.
    setSaved({ item: result.data.data, etag: result.response.headers.get('etag') ?? '' });
    setWritten(result.data.data);
    setIssues(warnings);
  }

  const formProps = {
    ref: form,
    noValidate: true,
    onSubmit: (event: FormEvent) => {
      event.preventDefault();
      void save();
    },
  };

  const actions: ReactNode =
    theirs && draft ? (
      <ConflictPanel
        labels={options.labels}
        yours={draft}
        theirs={draftOf(theirs.item)}
        onTakeTheirs={() => {
          setDraft(draftOf(theirs.item));
          setSaved(theirs);
          setTheirs(null);
        }}
        onSaveMine={() => {
          setSaved(theirs);
          setTheirs(null);
          void save(theirs.etag);
        }}
      />
    ) : (
      <>
        {written && (
          <p role="status" className="ok">
            {t('savedWithWarnings')}
          </p>
        )}
        <p className="actions">
          <button type="submit" disabled={busy}>
            {t('save')}
          </button>{' '}
          <button
            type="button"
            className="secondary"
            onClick={() => options.onDone(written ?? undefined)}
          >
            {written ? t('done') : t('cancel')}
          </button>
        </p>
      </>
    );

  return { draft, setDraft, saved: saved?.item, issues, formProps, actions };
}
