import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, escapeFormula, parseCsv, readCsv, toCsv, unescapeFormula } from './csv.ts';

describe('CSV', () => {
  it('reads quoted fields, doubled quotes, CRLF, a BOM and blank trailing lines', () => {
    const table = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\n');
    expect(table.header).toEqual(['a', 'b']);
    expect(table.records).toEqual([{ line: 2, values: { a: 'x, y', b: 'say "hi"' } }]);
  });

  it('reads `;` separated CSV as Finnish Excel saves it, commas inside fields kept', () => {
    const table = parseCsv('a;b\r\n"x; y";1,5\r\n', { separator: ';' });
    expect(table.records).toEqual([{ line: 2, values: { a: 'x; y', b: '1,5' } }]);
  });

  it('skips blank lines and lines of bare separators anywhere, keeping line numbers', () => {
    const table = parseCsv('a,b\n1,2\n\n,\n3,4\n');
    expect(table.records.map((r) => [r.line, r.values.a])).toEqual([
      [2, '1'],
      [5, '3'],
    ]);
  });

  it('reads records one at a time: a syntax error is thrown when the reading reaches it', () => {
    const { header, records } = readCsv('a,b\n1,2\n"x, y",z\n3\n');
    expect(header).toEqual(['a', 'b']);
    const iterator = records[Symbol.iterator]();
    expect(iterator.next().value).toEqual({ line: 2, values: { a: '1', b: '2' } });
    expect(iterator.next().value).toEqual({ line: 3, values: { a: 'x, y', b: 'z' } });
    expect(() => iterator.next()).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a,b\n1,2\n3\n')).toThrow(/line 3/);
  });

  it('tracks lines across quoted line breaks', () => {
    const table = parseCsv('a,b\n"one\ntwo",x\nlast,y\n');
    expect(table.records.map((r) => r.line)).toEqual([2, 4]);
    expect(table.records[0]!.values.a).toBe('one\ntwo');
  });

  it('throws with the line on broken input', () => {
    expect(() => parseCsv('a,b\n"open,x\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a,b\n1,2,3\n')).toThrow(/Expected 2 fields, found 3 \(line 2\)/);
    expect(() => parseCsv('a\n"x"y\n')).toThrow(/after a closing quote/);
  });

  it('writes what it reads', () => {
    const records = [{ a: 'x, y', b: 'say "hi"' }, { a: 'plain' }];
    const text = toCsv(['a', 'b'], records);
    expect(text).toBe('a,b\n"x, y","say ""hi"""\nplain,\n');
    expect(parseCsv(text).records.map((r) => r.values)).toEqual([
      { a: 'x, y', b: 'say "hi"' },
      { a: 'plain', b: '' },
    ]);
  });

  it('writes with `;`, CRLF and a byte-order mark for spreadsheets, and reads it back', () => {
    const records = [{ a: 'x; y', b: 'a, b' }, { a: 'say "hi"' }];
    const text = toCsv(['a', 'b'], records, {
      separator: ';',
      newline: '\r\n',
      byteOrderMark: true,
    });
    expect(text).toBe('\uFEFFa;b\r\n"x; y";a, b\r\n"say ""hi""";\r\n');
    expect(parseCsv(text, { separator: ';' }).records.map((r) => r.values)).toEqual([
      { a: 'x; y', b: 'a, b' },
      { a: 'say "hi"', b: '' },
    ]);
  });

  it('neutralises cells a spreadsheet would run as formulas, and reads them back unchanged', () => {
    const cells = ['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', "'=quoted", "''", "'plain", 'ok'];
    const text = toCsv(
      ['v'],
      cells.map((v) => ({ v })),
    );
    expect(text.split('\n').slice(1, -1)).toEqual([
      "'=1+1",
      "'+SUM(A1)",
      "'-2",
      "'@cmd",
      "'\tx",
      "''=quoted",
      "'''",
      "'plain",
      'ok',
    ]);
    // A carriage return makes the cell quoted; the quote goes inside.
    expect(toCsv(['v'], [{ v: '\rx' }])).toBe(`v\n"'\rx"\n`);
    expect(parseCsv(text).records.map((r) => r.values.v)).toEqual(cells);
  });

  it('reads back every cell it writes, whatever its first characters', () => {
    const starts = ['', '=', '+', '-', '@', '\t', '\r', "'", "''", "'=", "'a", 'a', '"', ',', '\n'];
    const cells = starts.flatMap((a) => starts.map((b) => `${a}${b}x`));
    const text = toCsv(
      ['v'],
      cells.map((v) => ({ v })),
    );
    expect(parseCsv(text).records.map((r) => r.values.v)).toEqual(cells);
    for (const cell of cells) expect(unescapeFormula(escapeFormula(cell))).toBe(cell);
  });
});
