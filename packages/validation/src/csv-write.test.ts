import { municipalityRegistry as registry, usoDataset } from '@verkosto/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validDataset } from '../test/arbitraries.ts';
import { activitiesCsvShape, activitiesToCsv, parseActivitiesCsv } from './activities-csv.ts';
import { parseCsvFile } from './csv.ts';
import { membersToCsv, themesToCsv, writeCsv } from './csv-write.ts';

const BOM = '\uFEFF';

describe('writeCsv', () => {
  it('writes RFC 4180 by default: commas, no byte-order mark', () => {
    expect(writeCsv(['a', 'b'], [{ a: 'x;y', b: '1,5' }])).toBe('a,b\nx;y,"1,5"\n');
  });

  it('writes Finnish Excel’s dialect: a byte-order mark, `;` and CRLF', () => {
    const text = writeCsv(['a', 'b'], [{ a: 'x;y', b: '1,5' }], { dialect: 'excel-fi' });
    expect(text).toBe(`${BOM}a;b\r\n"x;y";1,5\r\n`);
  });
});

describe('the CSV forms in both dialects', () => {
  it('members: the Excel variant starts with the mark and reads back as the default does', () => {
    const participations = usoDataset.participations;
    const excel = membersToCsv(participations, { registry, dialect: 'excel-fi' });
    expect(excel.startsWith(`${BOM}period_id;municipality_code;`)).toBe(true);
    const fromExcel = parseCsvFile(excel, { registry });
    const fromDefault = parseCsvFile(membersToCsv(participations, { registry }), { registry });
    expect(fromExcel).toMatchObject({ kind: 'members', separator: ';', issues: [] });
    expect(fromDefault).toMatchObject({ kind: 'members', separator: ',', issues: [] });
    expect(fromExcel!.records).toEqual(fromDefault!.records);
    expect(fromExcel!.records).toHaveLength(participations.length);
  });

  it('themes: the Excel variant reads back to the same themes', () => {
    const excel = themesToCsv(usoDataset.themes, { dialect: 'excel-fi' });
    expect(excel.startsWith(BOM)).toBe(true);
    const parsed = parseCsvFile(excel);
    expect(parsed).toMatchObject({ kind: 'themes', separator: ';', issues: [] });
    expect(parsed!.records).toEqual(parseCsvFile(themesToCsv(usoDataset.themes))!.records);
  });

  it('activities: any valid programme round-trips through the Excel variant', () => {
    fc.assert(
      fc.property(validDataset(registry), (dataset) => {
        const activities = dataset.activities ?? [];
        const excel = activitiesToCsv(activities, { dialect: 'excel-fi' });
        expect(excel.startsWith(BOM)).toBe(true);
        expect(activitiesCsvShape(excel)).toEqual({ separator: ';' });
        const parsed = parseActivitiesCsv(excel, { separator: ';' });
        expect(parsed.issues).toEqual([]);
        expect(parsed.activities).toEqual(activities);
      }),
      { numRuns: 40 },
    );
  });
});
