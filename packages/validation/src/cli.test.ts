import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { municipalityRegistry as registry } from '@verkosto/data';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../scripts/generate-dataset.ts';
import { type CliIo, runCli } from './cli.ts';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repositoryDir = fileURLToPath(new URL('../../..', import.meta.url));
const fixtures = 'test/fixtures';
const env = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', VERKOSTO_LANG: '' };

/** Runs the built CLI as a user would, through its bin shim. */
function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/verkosto-validate.js', ...args], {
    cwd: packageDir,
    encoding: 'utf8',
    env,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** What a CSV checked without its dataset adds before the summary. */
const SEED_HINT_EN =
  'Note: the CSV files were checked against the USO seed dataset, as no dataset was given. If they belong to your own dataset, pass it with them: --dataset dataset.json';

const scratch = mkdtempSync(join(tmpdir(), 'verkosto-validate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('verkosto-validate', () => {
  it('exits 0 on a clean dataset and a clean members CSV', () => {
    const run = cli(`${fixtures}/good`);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('Tarkistettu tiedostoja: 2. Virheitä: 0, varoituksia: 0.\n');
    expect(run.code).toBe(0);
  });

  it('reads CSV files as spreadsheets save them: quoted headers, BOM, CRLF, `;`, blank lines', () => {
    const forms = `${fixtures}/csv-forms`;
    for (const name of ['quoted-header', 'bom-crlf', 'excel-semicolons', 'empty-lines']) {
      const run = cli('--lang', 'en', `${forms}/${name}.csv`);
      expect(run.stdout, name).toBe(`${SEED_HINT_EN}\n1 file checked: 0 errors, 0 warnings.\n`);
      expect(run.code, name).toBe(0);
    }
    const bad = cli('--lang', 'en', `${forms}/semicolons-bad.csv`);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('line 4 /participations/1/municipalityCode: error:');
  });

  it('works from the repository root as `pnpm verkosto-validate` runs it', () => {
    const run = spawnSync(
      process.execPath,
      [
        'packages/validation/bin/verkosto-validate.js',
        '--lang',
        'en',
        'packages/data/dist/uso.dataset.json',
      ],
      { cwd: repositoryDir, encoding: 'utf8', env },
    );
    expect(run.stdout).toBe('1 file checked: 0 errors, 0 warnings.\n');
    expect(run.status).toBe(0);
  });

  it('exits 1 and groups issues by file with path and line', () => {
    const run = cli('--lang', 'en', `${fixtures}/bad/members.csv`);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'test/fixtures/bad/members.csv',
        '  line 3 /participations/1/municipalityCode: error: Municipality 091 is already a member of uso-4 (line 2). [duplicate_participation]',
        '  line 4 /participations/2/municipalityCode: error: Valtimo (911) did not exist on 2023-01-01: merged into Nurmes (541) on 2020-01-01. [municipality_abolished]',
        '  line 5 /participations/3/municipalityCode: error: A municipality code is three digits, e.g. 091; received "91". [invalid_municipality_code]',
        '  line 5 /participations/3/role: error: The value "boss" is not allowed; allowed values: kehittajakunta, kumppani, tarkkailija. [invalid_value]',
        SEED_HINT_EN,
        '1 file checked: 4 errors, 0 warnings.',
        '',
      ].join('\n'),
    );
  });

  it('prints issues as JSON for machines', () => {
    const run = cli('--format', 'json', '--lang', 'en', `${fixtures}/bad/themes.csv`);
    expect(run.code).toBe(1);
    const file = 'test/fixtures/bad/themes.csv';
    expect(JSON.parse(run.stdout)).toEqual([
      // The CSV's rows replace USO 5's themes, so what pointed at them no longer finds them.
      {
        file,
        code: 'unknown_theme',
        path: '/themes/15/continuesThemeId',
        severity: 'error',
        message: 'There is no theme "uso-5-strateginen-johtaminen" in the dataset.',
        line: null,
      },
      {
        file,
        code: 'origin_requires_reference',
        path: '/themes/0/continuesThemeId',
        severity: 'error',
        message: 'The origin "continued" needs the field continuesThemeId.',
        line: 2,
      },
      {
        file,
        code: 'origin_requires_reference',
        path: '/themes/1/borrowedFrom',
        severity: 'error',
        message: 'The origin "borrowed" needs the field borrowedFrom.',
        line: 3,
      },
    ]);
  });

  it('prints an empty JSON array for clean input, and line null outside CSV', () => {
    expect(JSON.parse(cli('--format', 'json', `${fixtures}/good`).stdout)).toEqual([]);
    const file = join(scratch, 'warning.dataset.json');
    const dataset = generateDataset(registry, 10);
    dataset.networks[0]!.name.fi = ' Verkosto 0';
    writeFileSync(file, JSON.stringify(dataset));
    const run = cli('--format', 'json', file);
    expect(run.code).toBe(0); // warnings only
    expect(JSON.parse(run.stdout)).toMatchObject([
      { code: 'untrimmed_text', severity: 'warning', path: '/networks/0/name/fi', line: null },
    ]);
  });

  it('speaks Finnish by default and English with LANG=en…', () => {
    const run = cli(`${fixtures}/bad/themes.csv`);
    expect(run.stdout).toContain(
      'rivi 2 /themes/0/continuesThemeId: virhe: Alkuperä "continued" vaatii kentän continuesThemeId.',
    );
    const english = spawnSync(process.execPath, ['bin/verkosto-validate.js', `${fixtures}/good`], {
      cwd: packageDir,
      encoding: 'utf8',
      env: { ...env, LANG: 'en_GB.UTF-8' },
    });
    expect(english.stdout).toBe('2 files checked: 0 errors, 0 warnings.\n');
  });

  it('checks members CSV against the dataset JSON of the same run, not the seed', () => {
    const run = cli('--lang', 'en', `${fixtures}/with-dataset`);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'test/fixtures/with-dataset/members.csv',
        '  line 3 /participations/1/municipalityCode: error: Pertunmaa (588) did not exist on 2025-01-01: merged into Mäntyharju (507) on 2025-01-01. [municipality_abolished]',
        '  line 4 /participations/2/municipalityCode: error: Municipality 507 is already a member of testi-1 (line 2). [duplicate_participation]',
        '  line 5 /participations/3/periodId: error: There is no period "uso-4" in the dataset. [unknown_period]',
        '2 files checked: 3 errors, 0 warnings.',
        '',
      ].join('\n'),
    );
  });

  it('accepts the CSV examples of docs/dataset-format.md, and reports what a CSV breaks elsewhere', () => {
    const docs = readFileSync(join(repositoryDir, 'docs/dataset-format.md'), 'utf8');
    const examples = [...docs.matchAll(/```csv\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(examples).toHaveLength(3);
    const files = examples.map((text, i) => {
      const file = join(scratch, `example-${i}.csv`);
      writeFileSync(file, text);
      return file;
    });
    expect(cli(...files).code).toBe(0);
    // Without its lead theme, USO 6 points at a theme that is no longer there.
    writeFileSync(
      files[1]!,
      examples[1]!
        .split('\n')
        .filter((l) => !l.includes('kestava'))
        .join('\n'),
    );
    const run = cli('--lang', 'en', files[1]!);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '  in the dataset /periods/5/leadThemeId: error: There is no theme "uso-6-kestava-kuntajohtaminen" in the dataset. [unknown_theme]',
    );
  });

  it('checks an activities CSV against the seed’s programmes: USO 4 allows three workshops a year', () => {
    const file = join(scratch, 'activities.csv');
    const rows = ['2017-02-01', '2017-04-01', '2017-06-01', '2017-09-01', '2018-02-01'].map(
      (day, n) => `uso-4,municipal-workshop,Kuntatyöpaja ${n + 1},${day},609`,
    );
    writeFileSync(file, ['period_id,kind,title_fi,start,municipality_code', ...rows].join('\n'));
    const run = cli('--lang', 'en', '--format', 'json', file);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        file: expect.stringContaining('activities.csv'),
        code: 'workshop_quota_exceeded',
        path: '/activities/3/municipalityCode',
        severity: 'error',
        message: 'Pori (609): workshop number 4 in 2017; the quota is 3.',
        line: 5,
      },
    ]);
    // The same four in 2017 and 2018: within the quota.
    writeFileSync(
      file,
      ['period_id,kind,title_fi,start,municipality_code', ...rows.slice(0, 3), rows[4]!].join('\n'),
    );
    expect(cli(file).code).toBe(0);
  });

  it('skips files in folders that are plainly not Verkosto data, with a note', () => {
    const dir = join(scratch, 'project');
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{"name": "x"}');
    writeFileSync(join(dir, 'data/population.csv'), 'year,population\n2024,5600000\n');
    writeFileSync(
      join(dir, 'data/testi.dataset.json'),
      JSON.stringify(generateDataset(registry, 5)),
    );
    const run = cli('--lang', 'en', dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('1 file checked: 0 errors, 0 warnings.\n');
    expect(run.stderr).toMatch(
      /^verkosto-validate: skipped 2 files that are neither a dataset nor a members, themes or activities CSV: .*population\.csv, .*package\.json\n$/,
    );
    // Named on the command line, the same file is an error.
    expect(cli(join(dir, 'package.json')).code).toBe(1);
  });

  it('reads a dataset saved with a byte-order mark', () => {
    expect(cli(`${fixtures}/bom.dataset.json`).code).toBe(0);
  });

  it.each([
    [
      'a missing file',
      'test/fixtures/nope.json',
      'test/fixtures/nope.json: no such file or directory',
    ],
    [
      'text that is not UTF-8',
      `${fixtures}/latin1.csv`,
      'test/fixtures/latin1.csv: is not valid UTF-8 text (save it as UTF-8)',
    ],
    [
      'a CSV of another kind',
      `${fixtures}/other.csv`,
      'test/fixtures/other.csv: is not a members, themes or activities CSV: the header needs period_id and municipality_code, municipality_name, slug, name_fi or kind (it has: name,value)',
    ],
    [
      'a file that is neither JSON nor CSV',
      'vitest.config.ts',
      'vitest.config.ts: is not a JSON or CSV file',
    ],
    ['a directory without JSON or CSV', 'bin', 'bin: contains no JSON or CSV files'],
  ])('exits 2 on %s with one clear line', (_, file, message) => {
    const run = cli('--lang', 'en', file);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`verkosto-validate: ${message}\n`);
  });

  it('says why in Finnish too', () => {
    expect(cli(`${fixtures}/latin1.csv`).stderr).toBe(
      'verkosto-validate: test/fixtures/latin1.csv: ei ole kelvollista UTF-8-tekstiä (tallenna se UTF-8-muodossa)\n',
    );
  });

  it('lists a JSON syntax error with the file’s issues, before the summary that counts it', () => {
    const run = cli('--lang', 'en', `${fixtures}/broken.json`, `${fixtures}/trailing-comma.json`);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'test/fixtures/broken.json',
        '  line 1 /: error: JSON error at column 34: unexpected end of text. [json_syntax]',
        'test/fixtures/trailing-comma.json',
        '  line 6 /: error: JSON error at column 18: unexpected character "}". [json_syntax]',
        '2 files checked: 2 errors, 0 warnings.',
        '',
      ].join('\n'),
    );
    expect(cli(`${fixtures}/broken.json`).stdout).toBe(
      [
        'test/fixtures/broken.json',
        '  rivi 1 /: virhe: JSON-virhe sarakkeessa 34: teksti loppuu kesken. [json_syntax]',
        'Tarkistettu tiedostoja: 1. Virheitä: 1, varoituksia: 0.',
        '',
      ].join('\n'),
    );
    const json = cli('--format', 'json', '--lang', 'en', `${fixtures}/trailing-comma.json`);
    expect(JSON.parse(json.stdout)).toEqual([
      {
        file: 'test/fixtures/trailing-comma.json',
        code: 'json_syntax',
        path: '',
        severity: 'error',
        message: 'JSON error at column 18: unexpected character "}".',
        line: 6,
      },
    ]);
  });

  it('lists a CSV syntax error before the summary, and checks no rows against a broken dataset', () => {
    const file = join(scratch, 'unclosed.csv');
    writeFileSync(file, 'period_id,municipality_code\nuso-4,"609\n');
    const run = cli('--lang', 'en', file, `${fixtures}/broken.json`);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines.at(-1)).toBe('2 files checked: 2 errors, 0 warnings.');
    expect(lines).toContain(
      '  line 2 /: error: CSV error: a quoted field is not closed. [csv_syntax]',
    );
    expect(run.stdout).not.toContain('Note:');
  });

  it('says that a CSV checked alone was checked against the seed, and names --dataset', () => {
    const alone = cli('--lang', 'en', `${fixtures}/with-dataset/members.csv`);
    expect(alone.code).toBe(1);
    const lines = alone.stdout.trim().split('\n');
    expect(lines.at(-2)).toBe(SEED_HINT_EN);
    expect(lines.at(-1)).toMatch(/^1 file checked: \d+ errors?, /);
    expect(cli(`${fixtures}/good/uso-4-members.csv`).stdout).toBe(
      'Huom: CSV-tiedostot tarkistettiin USO-perusaineistoa vasten, koska aineistoa ei annettu. Jos ne kuuluvat omaan aineistoosi, anna se mukaan: --dataset aineisto.json\nTarkistettu tiedostoja: 1. Virheitä: 0, varoituksia: 0.\n',
    );
    // With --format json the hint goes to stderr: stdout stays one JSON document.
    const json = cli('--format', 'json', '--lang', 'en', `${fixtures}/good/uso-4-members.csv`);
    expect(JSON.parse(json.stdout)).toEqual([]);
    expect(json.stderr).toBe(`verkosto-validate: ${SEED_HINT_EN}\n`);
  });

  it('checks CSV files against the dataset named with --dataset, as if named among the files', () => {
    const members = `${fixtures}/with-dataset/members.csv`;
    const dataset = `${fixtures}/with-dataset/testi.dataset.json`;
    const withOption = cli('--lang', 'en', '--dataset', dataset, members);
    expect(withOption.stdout).not.toContain('Note:');
    expect(withOption.stdout).toBe(cli('--lang', 'en', `${fixtures}/with-dataset`).stdout);
    expect(withOption.code).toBe(1);
  });

  it('still reports the readable files when one input is unreadable, and exits 2', () => {
    const run = cli('--lang', 'en', `${fixtures}/bad/themes.csv`, 'nope.csv');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('verkosto-validate: nope.csv: no such file or directory\n');
    expect(run.stdout).toContain('1 file checked: 3 errors, 0 warnings.');
  });

  it('exits 2 on bad options, and documents itself', () => {
    const bad = cli('--format', 'xml', 'x.json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('verkosto-validate: --format text|json\n');
    const unknown = cli('--colour', 'x.json');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(cli().code).toBe(2);
    const help = cli('--help', '--lang', 'en');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(
      'Exit codes: 0 no errors (warnings allowed), 1 errors, 2 input cannot be read.',
    );
    expect(cli('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('runCli on a terminal', () => {
  function run(argv: string[], tty: boolean) {
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
      stdoutIsTty: tty,
      stderrIsTty: tty,
      cwd: packageDir,
      env: {},
    };
    const code = runCli(argv, io);
    return { code, stdout, stderr };
  }

  it('colours only on a terminal', () => {
    const file = join(packageDir, fixtures, 'bad/themes.csv');
    expect(run([file], true).stdout).toContain('\u001b[31m');
    expect(run([file], false).stdout).not.toContain('\u001b[');
  });

  it('shows progress for large input on a terminal only, and clears it', () => {
    const file = join(scratch, 'large.dataset.json');
    writeFileSync(file, JSON.stringify(generateDataset(registry, 20_000)));
    const terminal = run([file], true);
    expect(terminal.code).toBe(0);
    expect(terminal.stderr).toMatch(/^\rTarkistetaan .*large\.dataset\.json \(1\/1, \d+ MB\)…/);
    expect(terminal.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(run([file], false).stderr).toBe('');
  });
});
