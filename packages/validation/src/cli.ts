import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { Dataset, MunicipalityRegistry } from '@verkosto/core';
import { municipalityRegistry, usoDataset } from '@verkosto/data';
import {
  type CsvKind,
  type CsvParseResult,
  detectCsvKind,
  parseMembersCsv,
  parseThemesCsv,
} from './csv.ts';
import { formatIssue, type MessageLanguage } from './format.ts';
import { hasErrors, issue, pointer, type ValidationIssue } from './issues.ts';
import { checkDatasetRules, sortIssues, validateDataset } from './validate.ts';

/** What the CLI writes to, so tests can run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout/stderr are terminals (colour, progress). */
  stdoutIsTty: boolean;
  stderrIsTty: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
}

export const EXIT = { clean: 0, invalid: 1, unreadable: 2 } as const;

const HELP = {
  fi: `Käyttö: verkosto-validate [valitsimet] <tiedosto|hakemisto>…

Tarkistaa Verkosto-aineistot (JSON) sekä jäsen- ja teema-CSV:t.

Valitsimet:
  --format text|json   tulostusmuoto (oletus text)
  --lang fi|en         viestien kieli (oletus fi)
  --help               tämä ohje
  --version            versio

Poistumiskoodit: 0 ei virheitä, 1 virheitä, 2 syötettä ei voi lukea.`,
  en: `Usage: verkosto-validate [options] <file|dir>…

Checks Verkosto datasets (JSON) and members and themes CSV files.

Options:
  --format text|json   output format (default text)
  --lang fi|en         message language (default fi)
  --help               this help
  --version            the version

Exit codes: 0 no errors, 1 errors, 2 input cannot be read.`,
};

class UnreadableInput extends Error {}

interface FileIssues {
  file: string;
  issues: ValidationIssue[];
}

function collectFiles(target: string): string[] {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(target);
  } catch {
    throw new UnreadableInput(`${target}: no such file or directory`);
  }
  if (!stats.isDirectory()) return [target];
  return readdirSync(target, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(target, entry.name);
      if (entry.isDirectory()) return collectFiles(path);
      return ['.json', '.csv'].includes(extname(entry.name).toLowerCase()) ? [path] : [];
    });
}

function readText(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnreadableInput(
      `${file}: cannot be read (${code === 'ENOENT' ? 'no such file' : code})`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableInput(`${file}: is not valid UTF-8 text (save it as UTF-8)`);
  }
}

interface CsvInput {
  file: string;
  kind: CsvKind;
  text: string;
}

/** Checks CSV rows together with the dataset they belong to; returns issues for the CSV only. */
function checkCsv(
  input: CsvInput,
  base: Dataset,
  registry: MunicipalityRegistry,
): ValidationIssue[] {
  const parsed: CsvParseResult<{ periodId: string }> =
    input.kind === 'members'
      ? parseMembersCsv(input.text, { registry, periods: base.periods })
      : parseThemesCsv(input.text);
  const collection = input.kind === 'members' ? 'participations' : 'themes';
  const prefix = `/${collection}/`;
  const rowOf = (path: string) => Number(path.slice(prefix.length).split('/', 1)[0]);
  if (parsed.issues.some((i) => i.path === '')) return parsed.issues; // the file as a whole is wrong

  // Rows whose shape is wrong are reported as such; the rest are checked against the dataset,
  // replacing the base's rows for the periods the CSV covers.
  const broken = new Set(
    parsed.issues.filter((i) => i.severity === 'error').map((i) => rowOf(i.path)),
  );
  const rows = parsed.records
    .map((record, row) => ({ record, row }))
    .filter(({ row }) => !broken.has(row));
  const periods = new Set(rows.map(({ record }) => record.periodId));
  const kept = (base[collection] as Array<{ periodId: string }>).filter(
    (r) => !periods.has(r.periodId),
  );
  const combined = {
    ...base,
    [collection]: [...kept, ...rows.map(({ record }) => record)],
  } as Dataset;
  const mapped = checkDatasetRules(combined, { registry }).flatMap((found) => {
    if (!found.path.startsWith(prefix)) return [];
    const position = rowOf(found.path) - kept.length;
    if (position < 0) return [];
    const { row } = rows[position]!;
    const rest = found.path.slice(prefix.length).split('/').slice(1);
    const path = pointer(collection, row, ...rest);
    // A message that points at another row of the combined data points at its CSV line instead.
    const first = found.params?.first;
    if (typeof first === 'string' && first.startsWith(prefix)) {
      const other = rowOf(first) - kept.length;
      const params = {
        ...found.params,
        first: other >= 0 ? `line ${parsed.lines[rows[other]!.row]}` : first,
      };
      return [issue(found.code, path, params, parsed.lines[row]!)];
    }
    return [{ ...found, path, line: parsed.lines[row]! }];
  });
  return sortIssues([...parsed.issues, ...mapped]);
}

export function runCli(
  argv: string[],
  io: CliIo,
  registry: MunicipalityRegistry = municipalityRegistry,
): number {
  const envLang = (io.env.VERKOSTO_LANG ?? io.env.LANG ?? '').toLowerCase().startsWith('en')
    ? 'en'
    : 'fi';
  let options: { format?: string; lang?: string; help?: boolean; version?: boolean };
  let positionals: string[];
  try {
    ({ values: options, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }));
  } catch (error) {
    io.stderr(`verkosto-validate: ${(error as Error).message}\n`);
    return EXIT.unreadable;
  }
  const lang: MessageLanguage =
    options.lang === 'en' || options.lang === 'fi' ? options.lang : envLang;
  if (options.lang && options.lang !== lang) {
    io.stderr(`verkosto-validate: --lang must be fi or en\n`);
    return EXIT.unreadable;
  }
  if (options.format && options.format !== 'text' && options.format !== 'json') {
    io.stderr(`verkosto-validate: --format must be text or json\n`);
    return EXIT.unreadable;
  }
  if (options.help) {
    io.stdout(`${HELP[lang]}\n`);
    return EXIT.clean;
  }
  if (options.version) {
    io.stdout(`${VERSION}\n`);
    return EXIT.clean;
  }
  if (positionals.length === 0) {
    io.stderr(`${HELP[lang]}\n`);
    return EXIT.unreadable;
  }

  const unreadable: string[] = [];
  const results: FileIssues[] = [];
  const datasets: Dataset[] = [];
  const csvs: CsvInput[] = [];
  const progress = (text: string) => {
    if (io.stderrIsTty) io.stderr(`\r${text}\u001b[K`);
  };

  const files = positionals.flatMap((target) => {
    try {
      return collectFiles(target);
    } catch (error) {
      if (!(error instanceof UnreadableInput)) throw error;
      unreadable.push(error.message);
      return [];
    }
  });

  for (const file of files) {
    const shown = relative(io.cwd, file) || file;
    try {
      const text = readText(file);
      const extension = extname(file).toLowerCase();
      if (text.length > 1_000_000)
        progress(
          `${lang === 'fi' ? 'Tarkistetaan' : 'Checking'} ${shown} (${Math.round(text.length / 1e6)} MB)…`,
        );
      if (extension === '.json') {
        let data: unknown;
        try {
          data = JSON.parse(text);
        } catch (error) {
          throw new UnreadableInput(`${file}: is not valid JSON (${(error as Error).message})`);
        }
        const report = validateDataset(data, { registry });
        if (report.dataset) datasets.push(report.dataset);
        results.push({ file: shown, issues: report.issues });
      } else if (extension === '.csv') {
        const header = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '')
          .split(',')
          .map((h) => h.trim());
        const kind = detectCsvKind(header);
        if (!kind)
          throw new UnreadableInput(
            `${file}: is neither a members nor a themes CSV (header: ${header.join(',')})`,
          );
        csvs.push({ file: shown, kind, text });
      } else {
        throw new UnreadableInput(`${file}: is not a JSON or CSV file`);
      }
    } catch (error) {
      if (!(error instanceof UnreadableInput)) throw error;
      unreadable.push(error.message);
    }
  }

  // CSV rows belong to a dataset: the JSON files of this run, or else the USO seed.
  const base: Dataset =
    datasets.length > 0
      ? {
          formatVersion: 1,
          sources: datasets.flatMap((d) => d.sources),
          networks: datasets.flatMap((d) => d.networks),
          periods: datasets.flatMap((d) => d.periods),
          themes: datasets.flatMap((d) => d.themes),
          participations: datasets.flatMap((d) => d.participations),
        }
      : usoDataset;
  for (const csv of csvs) {
    progress(`${lang === 'fi' ? 'Tarkistetaan' : 'Checking'} ${csv.file}…`);
    results.push({ file: csv.file, issues: checkCsv(csv, base, registry) });
  }
  progress('');
  if (io.stderrIsTty && files.length > 0) io.stderr('\r\u001b[K');

  for (const message of unreadable) io.stderr(`verkosto-validate: ${message}\n`);
  const all = results.flatMap((r) => r.issues.map((i) => ({ file: r.file, ...i })));
  if (options.format === 'json') {
    const rows = all.map(({ file, code, path, severity, message, line }) => ({
      file,
      code,
      path,
      severity,
      message: message[lang],
      ...(line !== undefined ? { line } : {}),
    }));
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    const colour = (code: string, text: string) =>
      io.stdoutIsTty ? `\u001b[${code}m${text}\u001b[0m` : text;
    for (const { file, issues } of results) {
      if (issues.length === 0) continue;
      io.stdout(`${colour('1', file)}\n`);
      for (const found of issues) {
        io.stdout(
          `  ${colour(found.severity === 'error' ? '31' : '33', formatIssue(found, lang))}\n`,
        );
      }
    }
    const errors = all.filter((i) => i.severity === 'error').length;
    const warnings = all.length - errors;
    io.stdout(
      lang === 'fi'
        ? `Tarkistettu tiedostoja: ${results.length}. Virheitä: ${errors}, varoituksia: ${warnings}.\n`
        : `${results.length} ${results.length === 1 ? 'file' : 'files'} checked: ${errors} errors, ${warnings} warnings.\n`,
    );
  }
  if (unreadable.length > 0) return EXIT.unreadable;
  return hasErrors(all) ? EXIT.invalid : EXIT.clean;
}

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/** The process entry: wires the CLI to the real terminal. Never prints a stack trace. */
export function main(): void {
  try {
    process.exitCode = runCli(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      stdoutIsTty: Boolean(process.stdout.isTTY),
      stderrIsTty: Boolean(process.stderr.isTTY),
      cwd: process.cwd(),
      env: process.env,
    });
  } catch (error) {
    process.stderr.write(`verkosto-validate: internal error: ${(error as Error).message}\n`);
    process.exitCode = 3;
  }
}
