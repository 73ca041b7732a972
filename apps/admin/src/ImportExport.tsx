import type { Schemas } from '@verkosto/client';
import { useId, useState } from 'react';
import { api } from './api.ts';
import { useT } from './i18n.ts';
import { CsvHelp } from './import/CsvHelp.tsx';
import { MembersReplacement } from './import/MembersReplacement.tsx';
import { useNetworks } from './networks.ts';
import { DataTable } from './ui/DataTable.tsx';
import { FormIssues } from './ui/Field.tsx';
import { IssueText } from './ui/IssueText.tsx';
import { type FormIssue, issuesOfProblem } from './ui/issues.ts';
import { fetchWithUploadProgress } from './ui/uploadProgress.ts';

type ImportReport = Schemas['ImportReport'];
type Purpose = 'check' | 'apply';
type Stage =
  | { step: 'idle' }
  | { step: 'sending'; purpose: Purpose; sent: number; total: number; report?: ImportReport }
  | { step: 'waiting'; purpose: Purpose; report?: ImportReport }
  | { step: 'checked'; report: ImportReport }
  | { step: 'applied'; report: ImportReport };

interface Upload {
  file: File;
  type: 'application/json' | 'text/csv';
  /** One key per chosen file: a retried apply answers the first result, never imports twice. */
  idempotencyKey: string;
}

const COLLECTIONS = [
  'periods',
  'themes',
  'participations',
  'activities',
  'programmes',
  'networks',
  'sources',
] as const;
const MAX_ISSUES_SHOWN = 200;

const typeOf = (file: File) =>
  file.name.toLowerCase().endsWith('.csv') || file.type === 'text/csv'
    ? ('text/csv' as const)
    : ('application/json' as const);

/**
 * Sends the file to /v1/import as it is — never parsed and re-encoded in the browser — reporting
 * the bytes sent. A dry run reports; a real run writes all or nothing.
 */
async function postImport(
  upload: Upload,
  purpose: Purpose,
  onProgress: (sent: number, total: number) => void,
) {
  return api.POST('/v1/import', {
    params: {
      query: { dryRun: purpose === 'check' ? 'true' : 'false' },
      header: purpose === 'check' ? {} : { 'idempotency-key': upload.idempotencyKey },
    },
    body: upload.file as never,
    bodySerializer: (file: unknown) => file as Blob,
    headers: { 'content-type': upload.type },
    fetch: fetchWithUploadProgress(onProgress),
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
  const fileId = useId();
  const [upload, setUpload] = useState<Upload | null>(null);
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const [problem, setProblem] = useState<FormIssue[]>([]);
  const networks = useNetworks();

  /** Sends the file for a purpose, showing the bytes going out and then the server's work. */
  async function send(next: Upload, purpose: Purpose, report?: ImportReport) {
    setProblem([]);
    setStage({ step: 'sending', purpose, sent: 0, total: next.file.size, report });
    const result = await postImport(next, purpose, (sent, total) =>
      setStage(
        sent < total
          ? { step: 'sending', purpose, sent, total, report }
          : { step: 'waiting', purpose, report },
      ),
    );
    if (result.data) {
      // A dataset may bring networks: the switcher offers them at once.
      if (purpose === 'apply') void networks.reload();
      return setStage({
        step: purpose === 'check' ? 'checked' : 'applied',
        report: result.data.data,
      });
    }
    setProblem(issuesOfProblem(result.error as never, result.response.statusText));
    setStage(report ? { step: 'checked', report } : { step: 'idle' });
  }

  function choose(file: File | undefined) {
    setUpload(null);
    setProblem([]);
    if (!file) return setStage({ step: 'idle' });
    const next: Upload = { file, type: typeOf(file), idempotencyKey: crypto.randomUUID() };
    setUpload(next);
    void send(next, 'check');
  }

  const report = 'report' in stage ? stage.report : undefined;
  const errors = report?.issues.filter((i) => i.severity === 'error').length ?? 0;
  const warnings = (report?.issues.length ?? 0) - errors;
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t('import')}</h2>
      <p className="hint">{t('importHelp')}</p>
      <CsvHelp />
      <div className="field">
        <label htmlFor={fileId}>{t('chooseFile')}</label>
        <input
          id={fileId}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          disabled={stage.step === 'sending' || stage.step === 'waiting'}
          onChange={(e) => choose(e.target.files?.[0])}
        />
      </div>
      <div aria-live="polite">
        {stage.step === 'sending' && (
          <p>
            <label>
              {t(stage.purpose === 'check' ? 'sendingForCheck' : 'sendingForImport')}{' '}
              <progress value={stage.sent} max={stage.total || 1} />
            </label>{' '}
            {Math.floor((stage.sent / (stage.total || 1)) * 100)} %
          </p>
        )}
        {stage.step === 'waiting' && (
          <p>
            <label>
              {t(stage.purpose === 'check' ? 'checking' : 'applying')} <progress />
            </label>
          </p>
        )}
        {stage.step === 'applied' && (
          <p role="status" className="ok">
            {t('imported', { name: upload?.file.name ?? '' })}
          </p>
        )}
      </div>
      <FormIssues issues={problem} />
      {report && upload && (
        <section aria-labelledby="report-title" className="panel">
          <h3 id="report-title">
            {t(stage.step === 'applied' ? 'importResult' : 'dryRunReport')}: {upload.file.name} (
            {t(`kind_${report.kind}`)}, {(upload.file.size / 1024).toFixed(1)} KiB)
          </h3>
          <p className={errors ? 'error' : 'ok'}>
            {errors
              ? t('reportErrors', { errors: String(errors), warnings: String(warnings) })
              : t('reportOk', { warnings: String(warnings) })}
          </p>
          <DataTable
            caption={t('changes')}
            rows={COLLECTIONS}
            rowKey={(collection) => collection}
            columns={[
              { label: t('what'), rowHeader: true, cell: (c) => t(`collection_${c}`) },
              { label: t('created'), cell: (c) => report.changes.created[c] },
              { label: t('updated'), cell: (c) => report.changes.updated[c] },
              { label: t('deleted'), cell: (c) => report.changes.deleted[c] },
              { label: t('unchanged'), cell: (c) => report.changes.unchanged[c] },
            ]}
          />
          {report.issues.length > 0 && (
            <DataTable
              caption={`${t('issues')}: ${report.issues.length}${
                report.issues.length > MAX_ISSUES_SHOWN
                  ? ` (${t('firstShown', { count: String(MAX_ISSUES_SHOWN) })})`
                  : ''
              }`}
              rows={report.issues.slice(0, MAX_ISSUES_SHOWN)}
              rowKey={(_, index) => index}
              columns={[
                {
                  label: t('severity'),
                  cell: (issue) => t(issue.severity === 'error' ? 'error' : 'warning'),
                  className: (issue) => (issue.severity === 'error' ? 'error' : 'warning'),
                },
                {
                  label: t('where'),
                  cell: (issue) => (
                    <>
                      {issue.line !== undefined && `${t('line')} ${issue.line} `}
                      <code>{issue.path}</code>
                    </>
                  ),
                },
                { label: t('message'), cell: (issue) => <IssueText issue={issue} /> },
              ]}
            />
          )}
          {report.kind === 'members' && stage.step !== 'applied' && (
            <MembersReplacement file={upload.file} />
          )}
          {stage.step !== 'applied' && (
            <p className="actions">
              <button
                type="button"
                disabled={!report.ok || stage.step !== 'checked'}
                onClick={() => void send(upload, 'apply', report)}
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
  // The same CSVs as Excel in a Finnish locale opens them right: `;` and a UTF-8 byte-order mark.
  {
    key: 'exportMembersExcel',
    query: { format: 'csv', kind: 'members', dialect: 'excel-fi' },
    file: 'verkosto-jasenet-excel.csv',
  },
  {
    key: 'exportThemesExcel',
    query: { format: 'csv', kind: 'themes', dialect: 'excel-fi' },
    file: 'verkosto-teemat-excel.csv',
  },
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
