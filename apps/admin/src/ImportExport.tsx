import type { Schemas } from '@verkosto/client';
import { useId, useRef, useState } from 'react';
import { api } from './api.ts';
import { FormIssues } from './forms/Field.tsx';
import { type FormIssue, issuesOfProblem } from './forms/issues.ts';
import { useLanguage, useT } from './i18n.ts';

type ImportReport = Schemas['ImportReport'];
type Stage =
  | { step: 'idle' }
  | { step: 'reading'; loaded: number; total: number }
  | { step: 'checking' }
  | { step: 'checked'; report: ImportReport }
  | { step: 'applying'; report: ImportReport }
  | { step: 'applied'; report: ImportReport };

interface Upload {
  name: string;
  size: number;
  type: 'application/json' | 'text/csv';
  text: string;
  /** One key per chosen file: a retried apply answers the first result, never imports twice. */
  idempotencyKey: string;
}

const COLLECTIONS = ['periods', 'themes', 'participations', 'networks', 'sources'] as const;
const MAX_ISSUES_SHOWN = 200;

/** Reads a file as text, reporting progress as it goes (large files take a moment). */
function readFile(file: File, onProgress: (loaded: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => onProgress(event.loaded);
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file, 'utf-8');
  });
}

const typeOf = (file: File) =>
  file.name.toLowerCase().endsWith('.csv') || file.type === 'text/csv'
    ? ('text/csv' as const)
    : ('application/json' as const);

/** Sends the file to /v1/import as it is; a dry run reports, a real run writes all or nothing. */
async function postImport(upload: Upload, dryRun: boolean) {
  return api.POST('/v1/import', {
    params: {
      query: { dryRun: dryRun ? 'true' : 'false' },
      header: dryRun ? {} : { 'idempotency-key': upload.idempotencyKey },
    },
    body: upload.text as never,
    // The file goes as typed: no parsing and re-encoding of a large file in the browser.
    bodySerializer: (text: unknown) => text as string,
    headers: { 'content-type': upload.type },
  });
}

/**
 * Import: choose a JSON dataset or a members/themes CSV, see what a dry run would change and
 * every issue it found, then apply it. Export: the whole dataset as JSON or CSV.
 */
export function ImportExport({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  return (
    <>
      <h1>{t('importExport')}</h1>
      {canEdit ? <Import /> : <p>{t('readOnly')}</p>}
      <Export />
    </>
  );
}

function Import() {
  const t = useT();
  const language = useLanguage();
  const fileId = useId();
  const [upload, setUpload] = useState<Upload | null>(null);
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const [problem, setProblem] = useState<FormIssue[]>([]);
  const progress = useRef<HTMLProgressElement>(null);

  async function choose(file: File | undefined) {
    setProblem([]);
    setUpload(null);
    if (!file) return setStage({ step: 'idle' });
    setStage({ step: 'reading', loaded: 0, total: file.size });
    const text = await readFile(file, (loaded) =>
      setStage({ step: 'reading', loaded, total: file.size }),
    );
    const next: Upload = {
      name: file.name,
      size: file.size,
      type: typeOf(file),
      text,
      idempotencyKey: crypto.randomUUID(),
    };
    setUpload(next);
    setStage({ step: 'checking' });
    const result = await postImport(next, true);
    if (result.data) setStage({ step: 'checked', report: result.data.data });
    else {
      setProblem(issuesOfProblem(result.error as never, result.response.statusText));
      setStage({ step: 'idle' });
    }
  }

  async function apply(report: ImportReport) {
    if (!upload) return;
    setStage({ step: 'applying', report });
    const result = await postImport(upload, false);
    if (result.data) setStage({ step: 'applied', report: result.data.data });
    else {
      setProblem(issuesOfProblem(result.error as never, result.response.statusText));
      setStage({ step: 'checked', report });
    }
  }

  const report = 'report' in stage ? stage.report : undefined;
  const errors = report?.issues.filter((i) => i.severity === 'error').length ?? 0;
  const warnings = (report?.issues.length ?? 0) - errors;
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t('import')}</h2>
      <p className="hint">{t('importHelp')}</p>
      <div className="field">
        <label htmlFor={fileId}>{t('chooseFile')}</label>
        <input
          id={fileId}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          disabled={
            stage.step === 'reading' || stage.step === 'checking' || stage.step === 'applying'
          }
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </div>
      <div aria-live="polite">
        {stage.step === 'reading' && (
          <p>
            <label>
              {t('reading')} <progress ref={progress} value={stage.loaded} max={stage.total || 1} />
            </label>{' '}
            {Math.round((stage.loaded / (stage.total || 1)) * 100)} %
          </p>
        )}
        {(stage.step === 'checking' || stage.step === 'applying') && (
          <p>
            <label>
              {t(stage.step === 'checking' ? 'checking' : 'applying')} <progress />
            </label>
          </p>
        )}
        {stage.step === 'applied' && (
          <p role="status" className="ok">
            {t('imported', { name: upload?.name ?? '' })}
          </p>
        )}
      </div>
      <FormIssues issues={problem} />
      {report && upload && (
        <section aria-labelledby="report-title" className="panel">
          <h3 id="report-title">
            {t(stage.step === 'applied' ? 'importResult' : 'dryRunReport')}: {upload.name} (
            {t(`kind_${report.kind}`)}, {(upload.size / 1024).toFixed(1)} KiB)
          </h3>
          <p className={errors ? 'error' : 'ok'}>
            {errors
              ? t('reportErrors', { errors: String(errors), warnings: String(warnings) })
              : t('reportOk', { warnings: String(warnings) })}
          </p>
          <table>
            <caption>{t('changes')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('what')}</th>
                <th scope="col">{t('created')}</th>
                <th scope="col">{t('updated')}</th>
                <th scope="col">{t('deleted')}</th>
                <th scope="col">{t('unchanged')}</th>
              </tr>
            </thead>
            <tbody>
              {COLLECTIONS.map((collection) => (
                <tr key={collection}>
                  <th scope="row">{t(`collection_${collection}`)}</th>
                  <td>{report.changes.created[collection]}</td>
                  <td>{report.changes.updated[collection]}</td>
                  <td>{report.changes.deleted[collection]}</td>
                  <td>{report.changes.unchanged[collection]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.issues.length > 0 && (
            <table>
              <caption>
                {t('issues')}: {report.issues.length}
                {report.issues.length > MAX_ISSUES_SHOWN &&
                  ` (${t('firstShown', { count: String(MAX_ISSUES_SHOWN) })})`}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('severity')}</th>
                  <th scope="col">{t('where')}</th>
                  <th scope="col">{t('message')}</th>
                </tr>
              </thead>
              <tbody>
                {report.issues.slice(0, MAX_ISSUES_SHOWN).map((issue, index) => (
                  <tr key={index}>
                    <td className={issue.severity === 'error' ? 'error' : 'warning'}>
                      {t(issue.severity === 'error' ? 'error' : 'warning')}
                    </td>
                    <td>
                      {issue.line !== undefined && `${t('line')} ${issue.line} `}
                      <code>{issue.path}</code>
                    </td>
                    <td>{issue.message[language]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {stage.step !== 'applied' && (
            <p className="actions">
              <button
                type="button"
                disabled={!report.ok || stage.step === 'applying'}
                onClick={() => void apply(report)}
              >
                {t('applyImport')}
              </button>
              {!report.ok && <span className="hint"> {t('fixFirst')}</span>}
            </p>
          )}
        </section>
      )}
    </section>
  );
}

const EXPORTS = [
  { key: 'exportJson', query: { format: 'json' }, file: 'verkosto.json' },
  {
    key: 'exportMembersCsv',
    query: { format: 'csv', kind: 'members' },
    file: 'verkosto-jasenet.csv',
  },
  { key: 'exportThemesCsv', query: { format: 'csv', kind: 'themes' }, file: 'verkosto-teemat.csv' },
] as const;

function Export() {
  const t = useT();
  const [error, setError] = useState<FormIssue[]>([]);
  async function download(entry: (typeof EXPORTS)[number]) {
    const result = await api.GET('/v1/export', {
      params: { query: entry.query },
      parseAs: 'blob',
    });
    if (!result.data) {
      setError(issuesOfProblem(result.error as never, result.response.statusText));
      return;
    }
    setError([]);
    const url = URL.createObjectURL(result.data as unknown as Blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${new Date().toISOString().slice(0, 10)}-${entry.file}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  }
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{t('export')}</h2>
      <p className="hint">{t('exportHelp')}</p>
      <p className="actions">
        {EXPORTS.map((entry) => (
          <button
            key={entry.key}
            type="button"
            className="secondary"
            onClick={() => void download(entry)}
          >
            {t(entry.key)}
          </button>
        ))}
      </p>
      <FormIssues issues={error} />
    </section>
  );
}
