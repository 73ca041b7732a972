import { readFileSync } from 'node:fs';
import { municipalityRegistry as registry, usoDataset } from '@verkosto/data';
import { describe, expect, it } from 'vitest';
import { csvShape, detectCsvKind, parseCsvFile, parseMembersCsv, parseThemesCsv } from './csv.ts';
import { checkCsvRows, csvBase } from './csv-check.ts';
import { isPlainValidParticipation, ParticipationSchema } from './schemas.ts';
import { checkDatasetRules } from './validate.ts';

describe('members CSV', () => {
  it('reads codes, resolves names on the period start, and keeps line numbers', () => {
    const text =
      'period_id,municipality_code,municipality_name,sources\r\nuso-4,609,Björneborg,kommunforbundet-uso\r\nuso-4,,Uleåborg,\r\n';
    const result = parseMembersCsv(text, { registry, periods: usoDataset.periods });
    expect(result.issues).toEqual([]);
    expect(result.participations).toEqual([
      {
        periodId: 'uso-4',
        municipalityCode: '609',
        role: 'kehittajakunta',
        sources: ['kommunforbundet-uso'],
      },
      { periodId: 'uso-4', municipalityCode: '564', role: 'kehittajakunta', sources: [] },
    ]);
    expect(result.lines).toEqual([2, 3]);
  });

  it('reports a name that does not match its code, with the line', () => {
    const result = parseMembersCsv(
      'period_id,municipality_code,municipality_name\nuso-4,609,Åbo\n',
      { registry, periods: usoDataset.periods },
    );
    expect(result.issues).toMatchObject([
      { code: 'municipality_name_mismatch', line: 2, path: '/participations/0/municipalityCode' },
    ]);
  });

  it('reports schema problems per row with the line', () => {
    const result = parseMembersCsv('period_id,municipality_code,role\nuso-4,091,\nuso-4,91,boss\n');
    expect(result.issues.map((i) => [i.code, i.line, i.path])).toEqual([
      ['invalid_municipality_code', 3, '/participations/1/municipalityCode'],
      ['invalid_value', 3, '/participations/1/role'],
    ]);
  });

  it('reports missing and unknown columns, and broken quoting', () => {
    expect(
      parseMembersCsv('period_id,kunta\nuso-4,091\n').issues.map((i) => [i.code, i.params?.column]),
    ).toEqual([
      ['csv_unknown_column', 'kunta'],
      ['csv_missing_column', 'municipality_code / municipality_name'],
    ]);
    expect(parseMembersCsv('period_id,municipality_code\n"uso-4,091\n').issues).toMatchObject([
      { code: 'csv_syntax', line: 2 },
    ]);
    const extra = parseMembersCsv('period_id,municipality_code\nuso-4,091,extra\n').issues;
    expect(extra).toMatchObject([
      { code: 'csv_syntax', line: 2, params: { found: 3, expected: 2 } },
    ]);
    expect(extra[0]!.message.en).toBe('CSV error: the row has 3 fields, the header 2.');
  });

  it('refuses a file with a syntax error late in it whole, as before records were streamed', () => {
    // Rows before the error were read (and checked) already: none of them, nor their issues, stay.
    const late = parseMembersCsv(
      'period_id,municipality_code\nuso-4,091\nuso-4,bad\nuso-4,092,x\n',
    );
    expect(late.participations).toEqual([]);
    expect(late.lines).toEqual([]);
    expect(late.issues).toMatchObject([{ code: 'csv_syntax', line: 4 }]);
    // A syntax error comes before the header's issues, as when the whole table was parsed first.
    expect(parseMembersCsv('period_id,kunta\nuso-4,091\nuso-4\n').issues).toMatchObject([
      { code: 'csv_syntax', line: 3 },
    ]);
  });

  it('trims cells, as spreadsheets pad them', () => {
    const result = parseMembersCsv(
      'period_id,municipality_code,role,joined_on,sources\n uso-4 , 091 ,kumppani , 2017-03-01 , a ; b \n',
    );
    expect(result.issues).toEqual([]);
    expect(result.participations).toEqual([
      {
        periodId: 'uso-4',
        municipalityCode: '091',
        role: 'kumppani',
        joinedOn: '2017-03-01',
        sources: ['a', 'b'],
      },
    ]);
  });

  it('reports a name that names no municipality at the period start once, as a name', () => {
    // Pertunmaa existed until 2025-01-01; looked up on a later joining date it names none.
    const result = parseMembersCsv(
      'period_id,municipality_name,joined_on\nuso-4,Pertunmaa,2017-02-01\nuso-4,Pertunmaa,2026-02-01\n',
      { registry, periods: usoDataset.periods },
    );
    expect(result.participations[0]!.municipalityCode).toBe('588');
    expect(result.issues.map((i) => [i.code, i.line])).toEqual([['unknown_municipality_name', 3]]);
    expect(result.issues[0]!.message.en).toBe(
      'The name "Pertunmaa" matches 0 municipalities (2026-02-01); give the code.',
    );
  });
});

describe('members CSV roles', () => {
  it('accepts the role as the admin shows it, in either language and any case', () => {
    const result = parseMembersCsv(
      'period_id,municipality_code,role\nuso-4,609,kehittäjäkunta\nuso-4,091,Kumppani\nuso-4,092,observer\nuso-4,049,tarkkailija\n',
    );
    expect(result.issues).toEqual([]);
    expect(result.participations.map((p) => p.role)).toEqual([
      'kehittajakunta',
      'kumppani',
      'tarkkailija',
      'tarkkailija',
    ]);
  });

  it('still reports a role that is none of them, with its line', () => {
    const result = parseMembersCsv('period_id,municipality_code,role\nuso-4,609,johtaja\n');
    expect(result.issues.map((i) => [i.path, i.line])).toEqual([['/participations/0/role', 2]]);
  });
});

describe('members CSV checked with the dataset rules', () => {
  it('reports a name that resolved to no code once, never as "code undefined"', () => {
    const csv = parseMembersCsv('period_id,municipality_name\nuso-4,Atlantis\n', {
      registry,
      periods: usoDataset.periods,
    });
    const issues = checkDatasetRules(
      { ...usoDataset, participations: csv.participations },
      { registry },
    );
    expect(csv.issues.map((i) => i.code)).toEqual(['unknown_municipality_name']);
    expect(issues.filter((i) => i.path.startsWith('/participations/0'))).toEqual([]);
    expect(JSON.stringify(issues)).not.toContain('undefined');
  });
});

describe('themes CSV', () => {
  it('reads themes with quoted fields, lists and defaults', () => {
    const text =
      'period_id,slug,name_fi,name_en,keywords,origin\nuso-5,uusi,"Uusi, parempi",New,a; b,\n';
    const result = parseThemesCsv(text);
    expect(result.issues).toEqual([]);
    expect(result.themes).toEqual([
      {
        id: 'uso-5-uusi',
        periodId: 'uso-5',
        slug: 'uusi',
        name: { fi: 'Uusi, parempi', en: 'New' },
        origin: 'unspecified',
        keywords: ['a', 'b'],
        sources: [],
      },
    ]);
  });

  it('derives the id from period and slug only when both are there', () => {
    const result = parseThemesCsv('period_id,slug,name_fi\nuso-5,,Nimi\n');
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([['required', '/themes/0/slug']]);
  });

  it('keeps an inferred continuation inferred, and refuses anything but true or false', () => {
    const header = 'period_id,slug,name_fi,origin,continues_theme_id,continues_inferred\n';
    const result = parseThemesCsv(
      `${header}uso-6,s,Strateginen johtaminen,continued,uso-5-s,true\nuso-6,t,T,continued,uso-5-t,\n`,
    );
    expect(result.issues).toEqual([]);
    expect(result.themes.map((t) => t.continuesInferred)).toEqual([true, undefined]);
    const bad = parseThemesCsv(`${header}uso-6,s,S,continued,uso-5-s,kyllä\n`);
    expect(bad.issues).toMatchObject([
      { code: 'invalid_type', line: 2, path: '/themes/0/continuesInferred' },
    ]);
  });

  it('reports a blank Finnish name with the line', () => {
    const result = parseThemesCsv('period_id,slug,name_fi,name_sv\nuso-5,uusi,,Ny\n');
    expect(result.issues).toMatchObject([
      { code: 'blank_text', line: 2, path: '/themes/0/name/fi' },
    ]);
  });
});

it('detects the CSV form from its header', () => {
  expect(detectCsvKind(['period_id', 'municipality_code'])).toBe('members');
  expect(detectCsvKind(['period_id', 'slug', 'name_fi'])).toBe('themes');
  expect(detectCsvKind(['name', 'value'])).toBeUndefined();
  expect(detectCsvKind(['code', 'name_fi', 'name_sv', 'region_code'])).toBeUndefined();
  expect(detectCsvKind(['municipality_code', 'role'])).toBeUndefined();
});

/** Files as spreadsheets save them: one reading for the CLI and the API's import. */
const form = (name: string) =>
  readFileSync(new URL(`../test/fixtures/csv-forms/${name}`, import.meta.url), 'utf8');

describe('a CSV file as saved', () => {
  const base = csvBase(usoDataset, registry);
  const read = (name: string) => {
    const parsed = parseCsvFile(form(name), { registry, periods: usoDataset.periods });
    if (!parsed) throw new Error(`${name}: no form found`);
    return { parsed, issues: checkCsvRows(parsed, base, registry) };
  };

  it.each([
    ['quoted-header.csv', ','],
    ['bom-crlf.csv', ','],
    ['excel-semicolons.csv', ';'],
    ['empty-lines.csv', ','],
  ])('%s: a members CSV, separated by %s, with its records and lines', (name, separator) => {
    const { parsed, issues } = read(name);
    if (parsed.kind !== 'members') throw new Error(`${name}: read as ${parsed.kind}`);
    expect(parsed.separator).toBe(separator);
    expect(parsed.header).toContain('period_id');
    expect(parsed.records.map((r) => r.municipalityCode)).toEqual(['091', '609']);
    expect(issues).toEqual([]);
  });

  it('keeps the file’s line numbers across blank lines', () => {
    expect(read('empty-lines.csv').parsed.lines).toEqual([3, 6]);
  });

  it('reads a list in a quoted `;` cell of a `;` file', () => {
    expect(read('excel-semicolons.csv').parsed.records[0]!.sources).toEqual([
      'fcg-uso-en',
      'kommunforbundet-uso',
    ]);
  });

  it('names the line of a rule’s issue in a `;` file with a quoted header and a blank line', () => {
    const { issues } = read('semicolons-bad.csv');
    expect(issues.map((i) => [i.code, i.line])).toEqual([['municipality_abolished', 4]]);
  });

  it('finds no form in other tables, under either separator', () => {
    expect(csvShape('kunta;nimi\n091;Helsinki\n').kind).toBeUndefined();
    expect(parseCsvFile('a,b\n1,2\n')).toBeUndefined();
    expect(csvShape('"period_id";"slug";"name_fi"\n')).toMatchObject({
      kind: 'themes',
      separator: ';',
    });
  });
});

describe('the plain check of a members row', () => {
  it('accepts exactly what the schema accepts, for rows as the CSV makes them', () => {
    const valid = { periodId: 'uso-4', municipalityCode: '091', role: 'kumppani', sources: [] };
    const rows: Record<string, unknown>[] = [
      valid,
      { ...valid, joinedOn: '2024-02-29', leftOn: '2024-12-31', sources: ['a-1', 'b'] },
      { ...valid, periodId: 'Uso-4' },
      { ...valid, periodId: `p${'x'.repeat(120)}` },
      { ...valid, periodId: 'uso--4' },
      { ...valid, municipalityCode: '91' },
      { ...valid, municipalityCode: '0911' },
      { ...valid, role: 'kehittäjäkunta' },
      { ...valid, joinedOn: '2023-02-29' },
      { ...valid, leftOn: '2024-1-01' },
      { ...valid, sources: ['Bad source'] },
      { ...valid, sources: Array.from({ length: 51 }, (_, i) => `s-${i}`) },
      { ...valid, sources: Array.from({ length: 50 }, (_, i) => `s-${i}`) },
      { ...valid, extra: 'x' },
      { ...valid, joinedOn: undefined },
      { municipalityCode: '091', role: 'kumppani', sources: [] },
      { periodId: 'uso-4', role: 'kumppani', sources: [] },
    ];
    for (const row of rows)
      expect(isPlainValidParticipation(row), JSON.stringify(row)).toBe(
        ParticipationSchema.safeParse(row).success && !Object.values(row).includes(undefined),
      );
  });

  it('reports a broken row as the schema does', () => {
    const text = 'period_id,municipality_code,joined_on\nuso-4,091,2023-02-29\nuso-4,91,\n';
    const result = parseMembersCsv(text);
    expect(result.issues.map((i) => [i.line, i.path, i.code])).toEqual([
      [2, '/participations/0/joinedOn', 'invalid_date'],
      [3, '/participations/1/municipalityCode', 'invalid_municipality_code'],
    ]);
  });
});
