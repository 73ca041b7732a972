import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { Dataset, MunicipalityRegistry } from '@verkosto/core';
import { municipalityRegistry, USO_PROGRAMMES, usoDataset } from '@verkosto/data';
import {
  type ActivitiesCsvResult,
  activitiesCsvShape,
  parseActivitiesCsv,
} from './activities-csv.ts';
import { csvShape, parseCsvFile } from './csv.ts';
import { type CsvRows, checkCsvRows, csvBase } from './csv-check.ts';
import { formatIssue, type MessageLanguage } from './format.ts';
import { hasErrors, issue, type ValidationIssue } from './issues.ts';
import { findJsonSyntaxProblem } from './json-syntax.ts';
import { validateDataset } from './validate.ts';

/** What the CLI writes to and reads from, so tests can run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout/stderr are terminals (colour, progress). */
  stdoutIsTty: boolean;
  stderrIsTty: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
}

export const EXIT = { clean: 0, invalid: 1, unreadable: 2, internal: 3 } as const;

/** Files this large get a progress line on a terminal. */
const LARGE_INPUT = 1_000_000;

const HELP = {
  fi: `Käyttö: verkosto-validate [valitsimet] <tiedosto|hakemisto>…

Tarkistaa Verkosto-aineistot (JSON) sekä jäsen-, teema- ja toiminta-CSV:t. Hakemistoista luetaan
kaikki .json- ja .csv-tiedostot alihakemistoineen. CSV-rivit tarkistetaan samalla kertaa
annettujen aineistojen kanssa, tai jos niitä ei ole, USO-perusaineiston kanssa.

Valitsimet:
  --dataset <tiedosto> aineisto, johon CSV-tiedostot kuuluvat (sama kuin antaa se tiedostona)
  --format text|json   tulostusmuoto (oletus text)
  --lang fi|en         viestien kieli (oletus fi, tai LANG-ympäristömuuttujasta)
  -h, --help           tämä ohje
  -v, --version        versio

Poistumiskoodit: 0 ei virheitä (varoituksia voi olla), 1 virheitä, 2 syötettä ei voi lukea.`,
  en: `Usage: verkosto-validate [options] <file|dir>…

Checks Verkosto datasets (JSON) and members, themes and activities CSV files. Directories are read
recursively for .json and .csv files. CSV rows are checked together with the datasets given
in the same run or, when there are none, with the USO seed dataset.

Options:
  --dataset <file>     the dataset the CSV files belong to (the same as naming it as a file)
  --format text|json   output format (default text)
  --lang fi|en         message language (default fi, or from the LANG environment variable)
  -h, --help           this help
  -v, --version        the version

Exit codes: 0 no errors (warnings allowed), 1 errors, 2 input cannot be read.`,
};

type Text = Record<MessageLanguage, string>;

/** Why an input cannot be read, as one line in each language. */
const UNREADABLE = {
  missing: (file: string): Text => ({
    fi: `${file}: tiedostoa tai hakemistoa ei ole`,
    en: `${file}: no such file or directory`,
  }),
  unreadable: (file: string, reason: string): Text => ({
    fi: `${file}: tiedostoa ei voi lukea (${reason})`,
    en: `${file}: cannot be read (${reason})`,
  }),
  notUtf8: (file: string): Text => ({
    fi: `${file}: ei ole kelvollista UTF-8-tekstiä (tallenna se UTF-8-muodossa)`,
    en: `${file}: is not valid UTF-8 text (save it as UTF-8)`,
  }),
  notJson: (file: string): Text => ({
    fi: `${file}: ei ole kelvollista JSONia`,
    en: `${file}: is not valid JSON`,
  }),
  notJsonOrCsv: (file: string): Text => ({
    fi: `${file}: ei ole JSON- eikä CSV-tiedosto`,
    en: `${file}: is not a JSON or CSV file`,
  }),
  unknownCsv: (file: string, header: string): Text => ({
    fi: `${file}: ei ole jäsen-, teema- eikä toiminta-CSV: otsikkorivillä pitää olla period_id ja municipality_code, municipality_name, slug, name_fi tai kind (nyt: ${header})`,
    en: `${file}: is not a members, themes or activities CSV: the header needs period_id and municipality_code, municipality_name, slug, name_fi or kind (it has: ${header})`,
  }),
  emptyDirectory: (dir: string): Text => ({
    fi: `${dir}: hakemistossa ei ole JSON- eikä CSV-tiedostoja`,
    en: `${dir}: contains no JSON or CSV files`,
  }),
};

/** Said when CSV files were checked against the USO seed, for want of a dataset in the run. */
const SEED_HINT: Text = {
  fi: 'Huom: CSV-tiedostot tarkistettiin USO-perusaineistoa vasten, koska aineistoa ei annettu. Jos ne kuuluvat omaan aineistoosi, anna se mukaan: --dataset aineisto.json',
  en: 'Note: the CSV files were checked against the USO seed dataset, as no dataset was given. If they belong to your own dataset, pass it with them: --dataset dataset.json',
};

class UnreadableInput extends Error {
  readonly text: Text;
  constructor(text: Text) {
    super(text.en);
    this.text = text;
  }
}

/** A file to check; `found` when it was found in a folder rather than named. */
interface Input {
  path: string;
  found: boolean;
}

function collectFiles(target: string, shown: string): Input[] {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(target);
  } catch {
    throw new UnreadableInput(UNREADABLE.missing(shown));
  }
  if (!stats.isDirectory()) return [{ path: target, found: false }];
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return walk(path);
        return ['.json', '.csv'].includes(extname(entry.name).toLowerCase()) ? [path] : [];
      });
  const files = walk(target);
  if (files.length === 0) throw new UnreadableInput(UNREADABLE.emptyDirectory(shown));
  return files.map((path) => ({ path, found: true }));
}

function readText(file: string, shown: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new UnreadableInput(
      code === 'ENOENT' ? UNREADABLE.missing(shown) : UNREADABLE.unreadable(shown, code),
    );
  }
  try {
    // `ignoreBOM: false` (the default) drops a leading byte-order mark, which editors on Windows add.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableInput(UNREADABLE.notUtf8(shown));
  }
}

interface CsvInput {
  file: string;
  text: string;
  /** An activities CSV (read here until the API's import reads it too), with its separator. */
  activities?: { separator: ',' | ';' };
}

/** An activities CSV's rows in the form `checkCsvRows` takes. */
const activityRows = (r: ActivitiesCsvResult): CsvRows => ({
  collection: 'activities',
  records: r.activities,
  lines: r.lines,
  issues: r.issues,
});

interface FileIssues {
  file: string;
  issues: ValidationIssue[];
}

export function runCli(
  argv: string[],
  io: CliIo,
  registry: MunicipalityRegistry = municipalityRegistry,
): number {
  const envLang = (io.env.VERKOSTO_LANG || io.env.LC_ALL || io.env.LANG || '')
    .toLowerCase()
    .startsWith('en')
    ? 'en'
    : 'fi';
  let options: {
    format?: string;
    lang?: string;
    dataset?: string[];
    help?: boolean;
    version?: boolean;
  };
  let positionals: string[];
  try {
    ({ values: options, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        lang: { type: 'string' },
        dataset: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }));
  } catch (error) {
    io.stderr(`verkosto-validate: ${(error as Error).message.split('\n', 1)[0]}\n`);
    return EXIT.unreadable;
  }
  if (options.lang !== undefined && options.lang !== 'fi' && options.lang !== 'en') {
    io.stderr('verkosto-validate: --lang fi|en\n');
    return EXIT.unreadable;
  }
  const lang: MessageLanguage = (options.lang as MessageLanguage | undefined) ?? envLang;
  if (options.format !== undefined && options.format !== 'text' && options.format !== 'json') {
    io.stderr('verkosto-validate: --format text|json\n');
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
  // `--dataset` files are checked like any other; the option says what they are for.
  positionals = [...(options.dataset ?? []), ...positionals];
  if (positionals.length === 0) {
    io.stderr(`${HELP[lang]}\n`);
    return EXIT.unreadable;
  }

  const unreadable: Text[] = [];
  const results: FileIssues[] = [];
  const datasets: Dataset[] = [];
  let brokenDataset = false;
  const csvs: CsvInput[] = [];
  let progressShown = false;
  const progress = (text: string) => {
    if (!io.stderrIsTty) return;
    io.stderr(`\r${text}\u001b[K`);
    progressShown = true;
  };
  const show = (path: string) => relative(io.cwd, path) || path;

  const files = positionals.flatMap((target) => {
    try {
      return collectFiles(target, show(target));
    } catch (error) {
      if (!(error instanceof UnreadableInput)) throw error;
      unreadable.push(error.text);
      return [];
    }
  });

  const checking = lang === 'fi' ? 'Tarkistetaan' : 'Checking';
  // Files found in folders that are plainly something else (package.json, a statistics CSV)
  // are skipped with a note; a file named on the command line is always checked.
  const skipped: string[] = [];
  for (const [n, { path: file, found }] of files.entries()) {
    const shown = show(file);
    try {
      const extension = extname(file).toLowerCase();
      if (extension !== '.json' && extension !== '.csv')
        throw new UnreadableInput(UNREADABLE.notJsonOrCsv(shown));
      const text = readText(file, shown);
      if (text.length > LARGE_INPUT)
        progress(
          `${checking} ${shown} (${n + 1}/${files.length}, ${Math.round(text.length / 1e6)} MB)…`,
        );
      if (extension === '.json') {
        let data: unknown;
        try {
          data = JSON.parse(text);
        } catch {
          // A syntax error is this file's issue: listed with the others, before the summary,
          // and counted in it. A dataset that cannot be read leaves CSV rows unchecked against it.
          const at = findJsonSyntaxProblem(text);
          if (!at) throw new UnreadableInput(UNREADABLE.notJson(shown));
          const params = { column: at.column, ...(at.found !== undefined && { found: at.found }) };
          results.push({ file: shown, issues: [issue('json_syntax', '', params, at.line)] });
          brokenDataset = true;
          continue;
        }
        if (found && (data === null || typeof data !== 'object' || !('formatVersion' in data))) {
          skipped.push(shown);
          continue;
        }
        const report = validateDataset(data, { registry });
        if (report.dataset) datasets.push(report.dataset);
        else brokenDataset = true;
        results.push({ file: shown, issues: report.issues });
      } else {
        // `period_id` with `kind` is an activities CSV, even with a municipality column.
        const activities = activitiesCsvShape(text);
        if (activities) {
          csvs.push({ file: shown, text, activities });
          continue;
        }
        const { kind, header, separator } = csvShape(text);
        if (!kind && found) {
          skipped.push(shown);
          continue;
        }
        if (!kind) throw new UnreadableInput(UNREADABLE.unknownCsv(shown, header.join(separator)));
        csvs.push({ file: shown, text });
      }
    } catch (error) {
      if (!(error instanceof UnreadableInput)) throw error;
      unreadable.push(error.text);
    }
  }

  // CSV rows belong to a dataset: the JSON datasets of this run, or without any, the USO seed.
  // When a dataset of the run is itself broken, the rows can only be checked for their shape.
  const dataset: Dataset | undefined = brokenDataset
    ? undefined
    : datasets.length > 0
      ? {
          formatVersion: 1,
          sources: datasets.flatMap((d) => d.sources),
          networks: datasets.flatMap((d) => d.networks),
          periods: datasets.flatMap((d) => d.periods),
          themes: datasets.flatMap((d) => d.themes),
          participations: datasets.flatMap((d) => d.participations),
          activities: datasets.flatMap((d) => d.activities ?? []),
          programmes: datasets.flatMap((d) => d.programmes ?? []),
        }
      : // The seed with its programmes, so that workshops are checked against their quotas.
        { ...usoDataset, programmes: USO_PROGRAMMES };
  const base = dataset && csvBase(dataset, registry);
  // CSV files checked without a dataset of their own were checked against the seed: say how to
  // check them against the dataset they belong to.
  const seedHint = csvs.length > 0 && datasets.length === 0 && !brokenDataset;
  for (const csv of csvs) {
    if (csv.text.length > LARGE_INPUT) progress(`${checking} ${csv.file}…`);
    const parsed = csv.activities
      ? activityRows(parseActivitiesCsv(csv.text, csv.activities))
      : parseCsvFile(csv.text, { registry, periods: dataset?.periods ?? [] })!;
    results.push({ file: csv.file, issues: checkCsvRows(parsed, base, registry) });
  }
  if (progressShown) io.stderr('\r\u001b[K');

  for (const message of unreadable) io.stderr(`verkosto-validate: ${message[lang]}\n`);
  if (skipped.length > 0) {
    const list = `${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? ', …' : ''}`;
    io.stderr(
      lang === 'fi'
        ? `verkosto-validate: ohitettiin ${skipped.length} tiedostoa, jotka eivät ole aineistoja eivätkä jäsen-, teema- tai toiminta-CSV:itä: ${list}\n`
        : `verkosto-validate: skipped ${skipped.length} ${skipped.length === 1 ? 'file' : 'files'} that ${skipped.length === 1 ? 'is' : 'are'} neither a dataset nor a members, themes or activities CSV: ${list}\n`,
    );
  }
  const all = results.flatMap((r) => r.issues.map((i) => ({ file: r.file, ...i })));
  if (options.format === 'json') {
    const rows = all.map(({ file, code, path, severity, message, line }) => ({
      file,
      code,
      path,
      severity,
      message: message[lang],
      line: line ?? null,
    }));
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    // stdout stays one JSON document; the hint is for the person reading the terminal.
    if (seedHint) io.stderr(`verkosto-validate: ${SEED_HINT[lang]}\n`);
  } else {
    const colour = (code: string, text: string) =>
      io.stdoutIsTty ? `\u001b[${code}m${text}\u001b[0m` : text;
    // In a CSV file's list, an issue without a line is about the dataset the rows went into.
    const elsewhere = lang === 'fi' ? 'aineistossa ' : 'in the dataset ';
    for (const { file, issues } of results) {
      if (issues.length === 0) continue;
      io.stdout(`${colour('1', file)}\n`);
      const csv = extname(file).toLowerCase() === '.csv';
      for (const found of issues) {
        const text = `${csv && found.line === undefined ? elsewhere : ''}${formatIssue(found, lang)}`;
        io.stdout(`  ${colour(found.severity === 'error' ? '31' : '33', text)}\n`);
      }
    }
    if (seedHint) io.stdout(`${SEED_HINT[lang]}\n`);
    const errors = all.filter((i) => i.severity === 'error').length;
    const warnings = all.length - errors;
    io.stdout(
      lang === 'fi'
        ? `Tarkistettu tiedostoja: ${results.length}. Virheitä: ${errors}, varoituksia: ${warnings}.\n`
        : `${results.length} ${results.length === 1 ? 'file' : 'files'} checked: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}.\n`,
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
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `verkosto-validate: internal error (please report it): ${message.split('\n', 1)[0]}\n`,
    );
    process.exitCode = EXIT.internal;
  }
}
