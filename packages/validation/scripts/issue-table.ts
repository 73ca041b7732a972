/**
 * The README's table of issue codes, from the catalogue itself: every code with its severity,
 * where it comes from, its meaning and an example message in Finnish and English.
 * `node scripts/issue-table.ts --write` rewrites the table in README.md; a test keeps it current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ISSUE_CODES, type IssueCode, type IssueDefinition } from '../src/issues.ts';
import { DATASET_RULES } from '../src/rules/index.ts';

const CSV_CODES: readonly IssueCode[] = [
  'csv_syntax',
  'csv_missing_column',
  'csv_unknown_column',
  'municipality_name_mismatch',
  'unknown_municipality_name',
];

/** Codes that both a schema (on a single write) and a dataset rule (on data built in code) report. */
const SCHEMA_AND_RULE: readonly IssueCode[] = ['invalid_business_id', 'programme_count_negative'];

function origin(code: IssueCode): string {
  if (CSV_CODES.includes(code)) return 'CSV';
  if (code === 'json_syntax') return 'JSON';
  if (code === 'moved_by_import') return 'import';
  const rules = DATASET_RULES.filter((r) => r.codes.includes(code)).map((r) => `rule \`${r.id}\``);
  const fromSchema = rules.length === 0 || SCHEMA_AND_RULE.includes(code);
  return [...(fromSchema ? ['schema'] : []), ...rules].join(', ');
}

const cell = (text: string) => text.replaceAll('|', '\\|');

export function issueTable(): string {
  const rows = Object.entries(ISSUE_CODES).map(([code, definition]) => {
    const d: IssueDefinition = definition;
    const message = d.message(d.example);
    return `| \`${code}\` | ${d.severity} | ${origin(code as IssueCode)} | ${cell(d.description.en)} | ${cell(message.fi)} | ${cell(message.en)} |`;
  });
  return [
    '| code | severity | from | meaning | example (fi) | example (en) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

export const START = '<!-- issue-codes:start (node scripts/issue-table.ts --write) -->';
export const END = '<!-- issue-codes:end -->';

/** The README with its table replaced by the current one. */
export function withIssueTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error('README.md has no issue-code markers');
  return `${readme.slice(0, start + START.length)}\n${issueTable()}\n${readme.slice(end)}`;
}

if (import.meta.main) {
  if (process.argv.includes('--write')) {
    const path = new URL('../README.md', import.meta.url);
    writeFileSync(path, withIssueTable(readFileSync(path, 'utf8')));
    console.log('README.md: issue table updated');
  } else console.log(issueTable());
}
