import { Fragment } from 'react';
import { useLanguage, useT } from '../i18n.ts';
import { MEMBER_COLUMN_HELP, TEMPLATES, THEME_COLUMN_HELP, templateText } from './csv-columns.ts';

/** Offers a file for download, made in the browser. */
function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** The two CSV forms: a template to fill in, and what goes in each column. */
export function CsvHelp() {
  const t = useT();
  const language = useLanguage();
  const forms = [
    { kind: 'members', title: t('membersCsv'), help: MEMBER_COLUMN_HELP },
    { kind: 'themes', title: t('themesCsv'), help: THEME_COLUMN_HELP },
  ] as const;
  return (
    <div className="csv-help">
      {forms.map((form) => (
        <details key={form.kind}>
          <summary>{t('csvColumnsOf', { form: form.title })}</summary>
          {form.kind === 'members' && <p className="alert-box">{t('membersCsvReplaces')}</p>}
          <p>
            <button
              type="button"
              className="secondary"
              onClick={() =>
                download(
                  TEMPLATES[form.kind].file,
                  templateText(form.kind),
                  'text/csv;charset=utf-8',
                )
              }
            >
              {t('downloadTemplate', { form: form.title })}
            </button>
          </p>
          <dl className="facts">
            {form.help.map(([column, help]) => (
              <Fragment key={column}>
                <dt>
                  <code>{column}</code>
                </dt>
                <dd>{help[language]}</dd>
              </Fragment>
            ))}
          </dl>
        </details>
      ))}
    </div>
  );
}
