import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '@verkosto/core';
import { REGISTRY_FIRST_DATE, municipalityRegistry as registry, usoDataset } from '@verkosto/data';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../scripts/generate-dataset.ts';
import { withIssueTable } from '../scripts/issue-table.ts';
import { ISSUE_CODES, type IssueDefinition } from './issues.ts';
import { DATASET_RULES } from './rules/index.ts';
import { DatasetSchema, LIST_LIMITS, URL_MAX_LENGTH } from './schemas.ts';
import { parseDataset, validateDataset, validateEntity } from './validate.ts';

const base = (): Dataset => structuredClone(usoDataset);

/** A dataset with one extra period of the USO network and the given members. */
function withPeriod(startYear: number, codes: string[]): Dataset {
  const dataset = base();
  const id = `uso-${dataset.periods.length + 1}`;
  dataset.periods.push({
    id,
    networkId: 'uso',
    ordinal: dataset.periods.length + 1,
    label: `USO ${dataset.periods.length + 1}`,
    startDate: `${startYear}-01-01`,
    endDate: `${startYear + 1}-12-31`,
    sources: [],
  });
  for (const code of codes)
    dataset.participations.push({
      periodId: id,
      municipalityCode: code,
      role: 'kehittajakunta',
      sources: [],
    });
  return dataset;
}

const codes = (d: unknown) => validateDataset(d, { registry }).issues.map((i) => i.code);

describe('validateDataset on real data', () => {
  it('finds the USO seed clean', () => {
    const report = validateDataset(usoDataset, { registry });
    expect(report.issues).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('refuses Pertunmaa (588) in a 2025–2026 period and names Mäntyharju (507)', () => {
    const report = validateDataset(withPeriod(2025, ['588']), { registry });
    expect(report.ok).toBe(false);
    const [found] = report.issues;
    expect(found).toMatchObject({
      code: 'municipality_abolished',
      severity: 'error',
      path: `/participations/${usoDataset.participations.length}/municipalityCode`,
    });
    expect(found!.message.en).toContain('merged into Mäntyharju (507) on 2025-01-01');
    expect(found!.message.fi).toContain('yhdistyi kuntaan Mäntyharju (507) 1.1.2025');
  });

  it('warns when a member is abolished during the period: Valtimo (911) in 2019–2020', () => {
    // USO 5 is 2019-01-01 – 2020-12-31; Valtimo merged into Nurmes on 2020-01-01.
    const dataset = withPeriod(2025, []);
    dataset.periods.pop();
    dataset.participations.push({
      periodId: 'uso-5',
      municipalityCode: '911',
      role: 'kehittajakunta',
      sources: [],
    });
    const report = validateDataset(dataset, { registry });
    expect(report.ok).toBe(true);
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({
      code: 'municipality_abolished_during_period',
      severity: 'warning',
    });
    expect(report.issues[0]!.message).toEqual({
      fi: 'Valtimo (911) lakkautettiin kesken kauden: yhdistyi kuntaan Nurmes (541) 1.1.2020.',
      en: 'Valtimo (911) was abolished during the period: merged into Nurmes (541) on 2020-01-01.',
    });
  });

  it('accepts Valtimo when it left the network before its merger', () => {
    const dataset = base();
    dataset.participations.push({
      periodId: 'uso-5',
      municipalityCode: '911',
      role: 'kehittajakunta',
      leftOn: '2019-12-31',
      sources: [],
    });
    expect(codes(dataset)).toEqual([]);
  });

  it('refuses Honkajoki (099) in USO 6 (2021–2022)', () => {
    const dataset = base();
    dataset.participations.push({
      periodId: 'uso-6',
      municipalityCode: '099',
      role: 'kehittajakunta',
      sources: [],
    });
    const report = validateDataset(dataset, { registry });
    expect(report.issues.map((i) => i.code)).toEqual(['municipality_abolished']);
    expect(report.issues[0]!.message.en).toBe(
      'Honkajoki (099) did not exist on 2021-01-01: merged into Kankaanpää (214) on 2021-01-01.',
    );
  });

  it('names the successor of a municipality abolished long before', () => {
    // Nilsiä (534) merged into Kuopio in 2013. (Real data has no chains; core's tests cover them.)
    const report = validateDataset(withPeriod(2025, ['534']), { registry });
    expect(report.issues[0]!.message.en).toMatch(/merged into Kuopio \(297\) on 2013-01-01/);
  });

  it('refuses a municipality created after the period began', () => {
    // Sastamala (790) was formed on 2009-01-01; a period starting 2008 predates it.
    const dataset = base();
    dataset.periods.unshift({
      id: 'uso-0',
      networkId: 'uso',
      ordinal: 0 + 1,
      label: 'USO 0',
      startDate: '2008-01-01',
      endDate: '2008-12-31',
      sources: [],
    });
    dataset.periods = dataset.periods.map((p, i) => ({ ...p, ordinal: i + 1 }));
    dataset.participations.push({
      periodId: 'uso-0',
      municipalityCode: '790',
      role: 'kehittajakunta',
      sources: [],
    });
    expect(codes(dataset)).toEqual(['municipality_not_yet_created']);
  });

  it('finds overlapping periods of one network', () => {
    const dataset = base();
    dataset.periods[4]!.startDate = '2018-06-01'; // USO 5 now starts while USO 4 runs
    const report = validateDataset(dataset, { registry });
    expect(report.issues.map((i) => [i.code, i.path])).toEqual([
      ['periods_overlap', '/periods/4/startDate'],
    ]);
    expect(report.issues[0]!.message.en).toBe(
      'Period uso-5 (2018-06-01–2020-12-31) overlaps uso-4 (2017-01-01–2018-12-31).',
    );
  });

  it('finds periods whose ordinals run against their dates', () => {
    const dataset = base();
    dataset.periods[5]!.ordinal = 8; // USO 6 (2021) numbered after USO 7 (2023)
    dataset.periods[6]!.ordinal = 6;
    const report = validateDataset(dataset, { registry });
    expect(report.issues.map((i) => [i.code, i.path])).toEqual([
      ['ordinal_out_of_order', '/periods/6/ordinal'],
    ]);
    expect(report.issues[0]!.message.en).toBe(
      'Period uso-7 (number 6) starts after uso-6 (number 8).',
    );
    dataset.periods[6]!.ordinal = 8;
    expect(codes(dataset)).toEqual(['duplicate_ordinal']);
  });

  it('finds membership dates outside the period or reversed', () => {
    const dataset = base();
    const index = dataset.participations.findIndex((p) => p.periodId === 'uso-4');
    Object.assign(dataset.participations[index]!, { joinedOn: '2018-05-01', leftOn: '2018-02-01' });
    expect(codes(dataset)).toEqual(['participation_dates_reversed']);
    Object.assign(dataset.participations[index]!, { joinedOn: '2016-12-31', leftOn: '2019-01-01' });
    expect(validateDataset(dataset, { registry }).issues.map((i) => i.path)).toEqual([
      `/participations/${index}/joinedOn`,
      `/participations/${index}/leftOn`,
    ]);
  });

  it('finds a duplicate member of USO 4 (Pori 609 twice)', () => {
    const dataset = base();
    dataset.participations.push({
      periodId: 'uso-4',
      municipalityCode: '609',
      role: 'kehittajakunta',
      sources: [],
    });
    const report = validateDataset(dataset, { registry });
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({
      code: 'duplicate_participation',
      params: { code: '609', periodId: 'uso-4' },
    });
  });

  it('finds a continued theme from a later period', () => {
    const dataset = base();
    const theme = dataset.themes.find((t) => t.id === 'uso-4-strateginen-johtaminen')!;
    theme.continuesThemeId = 'uso-6-strateginen-johtaminen';
    expect(codes(dataset)).toEqual(['continued_theme_not_earlier']);
  });

  it('finds a parent cycle and a parent in another period', () => {
    const dataset = base();
    const [a, b] = dataset.themes.filter((t) => t.periodId === 'uso-5');
    a!.parentId = b!.id;
    b!.parentId = a!.id;
    expect(codes(dataset)).toContain('theme_parent_cycle');
    const other = base();
    other.themes.find((t) => t.periodId === 'uso-5')!.parentId = 'uso-4-muutoksen-johtaminen';
    expect(codes(other)).toEqual(['theme_parent_other_period']);
  });

  it('finds a lead theme of another period', () => {
    const dataset = base();
    dataset.periods.find((p) => p.id === 'uso-6')!.leadThemeId = 'uso-5-strateginen-johtaminen';
    expect(codes(dataset)).toEqual(['lead_theme_other_period']);
  });

  it('checks Y-tunnus check digits', () => {
    const dataset = base();
    dataset.networks[0]!.organiserBusinessId = '0201256-6';
    expect(codes(dataset)).toEqual([]);
    dataset.networks[0]!.organiserBusinessId = '0201256-7';
    expect(codes(dataset)).toEqual(['invalid_business_id']);
  });

  it('rejects unknown keys, control characters and overlong names with precise paths', () => {
    const dataset = base() as unknown as {
      periods: Array<Record<string, unknown>>;
      themes: Array<{ name: { fi: string } }>;
    };
    dataset.periods[0]!.colour = 'blue';
    dataset.themes[0]!.name.fi = 'Tab\there';
    dataset.themes[1]!.name.fi = 'x'.repeat(201);
    const report = validateDataset(dataset, { registry });
    expect(report.issues.map((i) => [i.code, i.path])).toEqual([
      ['unrecognized_key', '/periods/0/colour'],
      ['control_characters', '/themes/0/name/fi'],
      ['too_long', '/themes/1/name/fi'],
    ]);
  });

  it('reports missing and mistyped fields', () => {
    const dataset = base() as unknown as { periods: Array<Record<string, unknown>> };
    delete dataset.periods[0]!.label;
    dataset.periods[1]!.ordinal = '2';
    expect(validateDataset(dataset, { registry }).issues.map((i) => [i.code, i.path])).toEqual([
      ['required', '/periods/0/label'],
      ['invalid_type', '/periods/1/ordinal'],
    ]);
  });

  it('refuses an unsupported format version and non-objects', () => {
    expect(codes({ ...base(), formatVersion: 2 })).toEqual(['unsupported_format_version']);
    expect(codes([])).toEqual(['invalid_type']);
  });

  it('warns about white space around names', () => {
    const dataset = base();
    dataset.themes[0]!.name.fi = ' Strateginen johtaminen';
    const report = validateDataset(dataset, { registry });
    expect(report.ok).toBe(true);
    expect(report.issues.map((i) => [i.code, i.severity])).toEqual([['untrimmed_text', 'warning']]);
  });
});

describe('validateEntity', () => {
  it('checks one participation with paths relative to it', () => {
    expect(
      validateEntity('participation', {
        periodId: 'uso-4',
        municipalityCode: '091',
        role: 'kehittajakunta',
        sources: [],
      }).ok,
    ).toBe(true);
    const report = validateEntity('participation', {
      periodId: 'uso-4',
      municipalityCode: 91,
      role: 'boss',
      sources: [],
      id: 'x',
    });
    expect(report.issues.map((i) => [i.code, i.path])).toEqual([
      ['unrecognized_key', '/id'],
      ['invalid_type', '/municipalityCode'],
      ['invalid_value', '/role'],
    ]);
    expect(report.issues[2]!.message).toEqual({
      fi: 'Arvo "boss" ei kelpaa; sallitut arvot: kehittajakunta, kumppani, tarkkailija.',
      en: 'The value "boss" is not allowed; allowed values: kehittajakunta, kumppani, tarkkailija.',
    });
  });

  it('checks an organiser business ID on a single network write', () => {
    const network = {
      id: 'uso',
      name: { fi: 'USO' },
      organiser: 'Suomen Kuntaliitto ry',
      organiserBusinessId: '0201256-7',
      links: [],
      sources: [],
    };
    expect(validateEntity('network', network).issues).toMatchObject([
      { code: 'invalid_business_id', path: '/organiserBusinessId' },
    ]);
    expect(validateEntity('network', { ...network, organiserBusinessId: '0201256-6' }).ok).toBe(
      true,
    );
  });
  it('runs the rules that need only the entity: a theme’s origin, a period’s dates', () => {
    const theme = {
      id: 'uso-7-uusi',
      periodId: 'uso-7',
      slug: 'uusi',
      name: { fi: 'Uusi' },
      origin: 'continued',
      keywords: [],
      sources: ['kuntaliitto-uso-page'],
    };
    const report = validateEntity('theme', theme);
    expect(report.ok).toBe(false);
    expect(report.issues.map((i) => [i.code, i.path])).toEqual([
      ['origin_requires_reference', '/continuesThemeId'],
    ]);
    expect(validateEntity('theme', { ...theme, continuesThemeId: 'uso-6-x' }).ok).toBe(true);
    const period = {
      id: 'uso-8',
      networkId: 'uso',
      ordinal: 8,
      label: 'USO 8',
      startDate: '2027-01-01',
      endDate: '2026-12-31',
      sources: ['kuntaliitto-uso-page'],
    };
    expect(validateEntity('period', period).issues.map((i) => [i.code, i.path])).toEqual([
      ['period_end_before_start', '/endDate'],
    ]);
    expect(validateEntity('period', { ...period, endDate: '2028-12-31' }).ok).toBe(true);
  });

  it('marks a link as inferred only where there is a link', () => {
    const theme = {
      id: 'uso-7-uusi',
      periodId: 'uso-7',
      slug: 'uusi',
      name: { fi: 'Uusi' },
      origin: 'new',
      continuesInferred: true,
      keywords: [],
      sources: ['kuntaliitto-uso-page'],
    };
    expect(validateEntity('theme', theme).issues.map((i) => [i.code, i.path])).toEqual([
      ['reference_requires_origin', '/continuesInferred'],
    ]);
    const linked = { ...theme, origin: 'continued', continuesThemeId: 'uso-6-x' };
    expect(validateEntity('theme', linked).issues).toEqual([]);
    expect(validateEntity('theme', { ...theme, continuesInferred: 'yes' }).issues[0]).toMatchObject(
      { code: 'invalid_type', path: '/continuesInferred' },
    );
  });

  it('warns, without refusing, when a network, period, theme or membership names no source', () => {
    const entities = {
      network: { id: 'x', name: { fi: 'X' }, organiser: 'Y', links: [], sources: [] },
      period: {
        id: 'uso-8',
        networkId: 'uso',
        ordinal: 8,
        label: 'USO 8',
        startDate: '2025-01-01',
        endDate: '2026-12-31',
        sources: [],
      },
      theme: {
        id: 'uso-8-a',
        periodId: 'uso-8',
        slug: 'a',
        name: { fi: 'A' },
        origin: 'new',
        keywords: [],
        sources: [],
      },
      participation: {
        periodId: 'uso-8',
        municipalityCode: '091',
        role: 'kehittajakunta',
        sources: [],
      },
    } as const;
    for (const [kind, entity] of Object.entries(entities)) {
      const report = validateEntity(kind as keyof typeof entities, entity);
      expect(report.ok).toBe(true);
      expect(report.issues).toEqual([
        {
          code: 'missing_source',
          path: '/sources',
          severity: 'warning',
          message: expect.objectContaining({ fi: expect.stringContaining('Lähde puuttuu') }),
          params: { kind },
        },
      ]);
      const sourced = validateEntity(kind as keyof typeof entities, { ...entity, sources: ['s'] });
      expect(sourced.issues).toEqual([]);
    }
    expect(ISSUE_CODES.missing_source.message({ kind: 'theme' })).toEqual({
      fi: 'Lähde puuttuu (teema): kerro, mistä tieto on peräisin, lisäämällä lähde kenttään sources.',
      en: 'No source (theme): name where this comes from by adding a source to sources.',
    });
  });
});

describe('the issue catalogue', () => {
  it('gives every rule code a definition, and every message both languages', () => {
    for (const rule of DATASET_RULES)
      for (const code of rule.codes) expect(ISSUE_CODES).toHaveProperty(code);
    for (const [code, definition] of Object.entries(ISSUE_CODES)) {
      expect(code).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
      const example = (definition as IssueDefinition).example;
      const message = definition.message(example);
      expect(`${message.fi} ${message.en}`, code).not.toMatch(/undefined|NaN|\[object/);
      expect(message.fi.length, code).toBeGreaterThan(0);
      expect(message.en.length, code).toBeGreaterThan(0);
      expect(definition.description.fi.length, code).toBeGreaterThan(0);
    }
  });
});

describe('the README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

  it('documents every issue code in a table generated from the catalogue', () => {
    expect(readme, 'run node scripts/issue-table.ts --write').toBe(withIssueTable(readme));
    for (const code of Object.keys(ISSUE_CODES)) expect(readme, code).toContain(`| \`${code}\` |`);
  });

  it('has an example that runs and prints what it says', () => {
    const match =
      /<!-- readme-example[^>]*-->\n```js\n([\s\S]*?)```\n\n```text\n([\s\S]*?)```/.exec(readme);
    expect(match).not.toBeNull();
    // Run from the package folder, where `@verkosto/validation` resolves to the built package.
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', match![1]!], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(match![2]);
  });
});

describe('the generated dataset of the bench and the tests', () => {
  it('uses real dates the municipality registry knows, and is valid', () => {
    const dataset = generateDataset(registry, 3_000);
    for (const p of dataset.periods) {
      expect(p.startDate >= REGISTRY_FIRST_DATE, p.id).toBe(true);
      expect(p.endDate <= '2026-12-31', p.id).toBe(true);
    }
    expect(validateDataset(dataset, { registry }).ok).toBe(true);
  });
});

describe('bounded lists', () => {
  const empty = {
    formatVersion: 1,
    sources: [],
    networks: [],
    periods: [],
    themes: [],
    participations: [],
  };

  it('checks 200 000 bad items without overflowing the stack, stopping at maxIssues if asked', () => {
    const input = { ...empty, participations: Array.from({ length: 200_000 }, () => 1) };
    const all = parseDataset(input);
    expect(all.dataset).toBeUndefined();
    expect(all.issues).toHaveLength(200_000);
    expect(all.issues[199_999]).toMatchObject({
      code: 'invalid_type',
      path: '/participations/199999',
    });
    const some = parseDataset(input, { maxIssues: 10 });
    expect(some).toMatchObject({ stopped: true });
    expect(some.issues).toHaveLength(10);
  });

  it('refuses a list over its limit as one too_long issue', () => {
    const theme = usoDataset.themes[0]!;
    const report = validateEntity('theme', {
      ...theme,
      keywords: Array.from({ length: LIST_LIMITS.keywords + 1 }, () => 'sana'),
    });
    expect(report.issues).toEqual([
      expect.objectContaining({ code: 'too_long', path: '/keywords' }),
    ]);
    const url = `https://example.fi/${'x'.repeat(URL_MAX_LENGTH)}`;
    expect(
      validateEntity('source', { id: 'pitka', title: 'Pitkä', url }).issues.map((i) => i.code),
    ).toEqual(['too_long']);
  });

  it('reads the seed the same way as the whole-dataset schema', () => {
    expect(parseDataset(usoDataset).dataset).toEqual(DatasetSchema.parse(usoDataset));
  });
});
