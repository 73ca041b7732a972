import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const fixtures = 'test/fixtures';

/** Runs the built CLI as a user would, through its bin shim. */
function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/verkosto-validate.js', ...args], {
    cwd: packageDir,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', VERKOSTO_LANG: '' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('verkosto-validate', () => {
  it('exits 0 on a clean dataset and a clean members CSV', () => {
    const run = cli(`${fixtures}/good`);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Tarkistettu tiedostoja: 2. Virheitä: 0, varoituksia: 0.');
    expect(run.code).toBe(0);
  });

  it('exits 1 and groups issues by file with path and line', () => {
    const run = cli('--lang', 'en', `${fixtures}/bad/members.csv`);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^test\/fixtures\/bad\/members\.csv\n/);
    expect(run.stdout).toContain(
      'line 3 /participations/1/municipalityCode: error: Municipality 091 is already a member of uso-4 (line 2).',
    );
    expect(run.stdout).toContain(
      'line 4 /participations/2/municipalityCode: error: Valtimo (911) did not exist when the period started on 2023-01-01: merged into Nurmes (541) on 2020-01-01.',
    );
    expect(run.stdout).toContain(
      'line 5 /participations/3/municipalityCode: error: A municipality code is three digits',
    );
    expect(run.stdout).toContain('1 file checked: 4 errors, 0 warnings.');
    expect(run.stdout).not.toContain('    at ');
  });

  it('prints issues as JSON for machines', () => {
    const run = cli('--format', 'json', '--lang', 'en', `${fixtures}/bad/themes.csv`);
    expect(run.code).toBe(1);
    const issues = JSON.parse(run.stdout);
    expect(issues).toEqual([
      {
        file: 'test/fixtures/bad/themes.csv',
        code: 'origin_requires_reference',
        path: '/themes/0/continuesThemeId',
        severity: 'error',
        message: 'The origin "continued" needs the field continuesThemeId.',
        line: 2,
      },
      {
        file: 'test/fixtures/bad/themes.csv',
        code: 'origin_requires_reference',
        path: '/themes/1/borrowedFrom',
        severity: 'error',
        message: 'The origin "borrowed" needs the field borrowedFrom.',
        line: 3,
      },
    ]);
  });

  it('speaks Finnish by default', () => {
    const run = cli(`${fixtures}/bad/themes.csv`);
    expect(run.stdout).toContain(
      'rivi 2 /themes/0/continuesThemeId: virhe: Alkuperä "continued" vaatii kentän continuesThemeId.',
    );
  });

  it.each([
    ['a missing file', 'test/fixtures/nope.json', /nope\.json: no such file or directory/],
    ['broken JSON', `${fixtures}/broken.json`, /broken\.json: is not valid JSON/],
    ['text that is not UTF-8', `${fixtures}/latin1.csv`, /latin1\.csv: is not valid UTF-8/],
    [
      'a CSV of another kind',
      `${fixtures}/other.csv`,
      /other\.csv: is neither a members nor a themes CSV/,
    ],
    [
      'a file that is neither JSON nor CSV',
      'vitest.config.ts',
      /vitest\.config\.ts: is not a JSON or CSV file/,
    ],
  ])('exits 2 on %s with one clear line', (_, file, pattern) => {
    const run = cli(file);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(pattern);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toContain('    at ');
  });

  it('exits 2 on bad options, and documents itself', () => {
    expect(cli('--format', 'xml', 'x.json').code).toBe(2);
    expect(cli().code).toBe(2);
    const help = cli('--help', '--lang', 'en');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes: 0 no errors, 1 errors, 2 input cannot be read.');
    expect(cli('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
