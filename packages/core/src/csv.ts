/**
 * CSV as admins keep it in spreadsheets (RFC 4180): comma separated, fields quoted with `"`
 * when they hold commas, quotes or line breaks. The dataset's members and themes have CSV forms,
 * so reading and writing CSV is part of the shared format, with line numbers for messages.
 */

export interface CsvRecord {
  /** The 1-based line in the file where the record starts (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

export class CsvSyntaxError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(`${message} (line ${line})`);
    this.name = 'CsvSyntaxError';
    this.line = line;
  }
}

/**
 * The field separator: `,` (RFC 4180), or `;` — what Excel writes in locales whose decimal mark
 * is a comma, Finnish among them.
 */
export type CsvSeparator = ',' | ';';

export interface CsvParseOptions {
  separator?: CsvSeparator;
}

/** Splits CSV text into rows of fields; tracks the line each row starts on. */
function* rowsOf(
  text: string,
  separator: CsvSeparator,
): Generator<{ line: number; fields: string[] }> {
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a spreadsheet's byte-order mark
  while (i < text.length) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i += 1;
        for (;;) {
          if (i >= text.length) throw new CsvSyntaxError('Unclosed quoted field', start);
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i += 1;
            break;
          }
          if (ch === '\n') line += 1;
          field += ch;
          i += 1;
        }
        if (i < text.length && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') {
          throw new CsvSyntaxError('Unexpected text after a closing quote', line);
        }
      } else {
        // An unquoted field is one slice of the text, not a string grown a character at a time.
        const from = i;
        const sep = separator.charCodeAt(0);
        for (; i < text.length; i++) {
          const code = text.charCodeAt(i);
          if (code === sep || code === 10 || code === 13) break;
        }
        field = text.slice(from, i);
      }
      fields.push(field);
      if (text[i] === separator) {
        i += 1;
        continue;
      }
      if (text[i] === '\r') i += 1;
      if (text[i] === '\n') {
        i += 1;
        line += 1;
      }
      break;
    }
    // Spreadsheets leave blank lines (or lines of bare separators); they are not records.
    if (!fields.every((f) => f === '')) yield { line: start, fields };
  }
}

/**
 * CSV with a header row: the header, and the records keyed by column name (`escapeFormula`
 * undone), read one at a time as they are iterated, so a large file is never all records at once.
 * A syntax error is thrown when the iteration reaches it.
 */
export function readCsv(
  text: string,
  options: CsvParseOptions = {},
): { header: string[]; records: Iterable<CsvRecord> } {
  const rows = rowsOf(text, options.separator ?? ',');
  const first = rows.next();
  if (first.done) return { header: [], records: [] };
  const header = first.value.fields.map((h) => h.trim());
  function* records(): Generator<CsvRecord> {
    for (const { line, fields } of rows) {
      if (fields.length !== header.length) {
        throw new CsvSyntaxError(`Expected ${header.length} fields, found ${fields.length}`, line);
      }
      const values: Record<string, string> = {};
      for (let index = 0; index < header.length; index++)
        values[header[index]!] = unescapeFormula(fields[index]!);
      yield { line, values };
    }
  }
  return { header, records: records() };
}

/** Parses CSV with a header row into records keyed by column name; undoes `escapeFormula`. */
export function parseCsv(text: string, options: CsvParseOptions = {}): CsvTable {
  const { header, records } = readCsv(text, options);
  return { header, records: [...records] };
}

/** A cell starting so, or a quote before one of these (or before another quote). */
const FORMULA = /^[=+\-@\t\r]/;
const ESCAPED = /^'[=+\-@\t\r']/;

/**
 * A cell a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return) gets a leading single quote, as OWASP's CSV injection advice says, so opening
 * an export cannot run what someone typed into a name. A cell that already starts with a quote
 * before such a character (or before another quote) gets one too, so `unescapeFormula` reads
 * every cell back exactly as it was.
 */
export function escapeFormula(value: string): string {
  return FORMULA.test(value) || ESCAPED.test(value) ? `'${value}` : value;
}

/** Undoes `escapeFormula`: the import reads an exported cell back unchanged. */
export function unescapeFormula(value: string): string {
  return ESCAPED.test(value) ? value.slice(1) : value;
}

export interface CsvWriteOptions {
  /** `,` (default, RFC 4180) or `;` (spreadsheets in comma-decimal locales). */
  separator?: CsvSeparator;
  /** Between records: `\n` (default) or `\r\n`. */
  newline?: '\n' | '\r\n';
  /** Starts the text with a byte-order mark, by which Excel knows the file is UTF-8. */
  byteOrderMark?: boolean;
}

/**
 * Writes records as CSV with the given columns, ending in a newline; cells that look like
 * formulas are neutralised (`escapeFormula`), and `parseCsv` (with the same separator) reads them
 * back.
 */
export function toCsv(
  columns: readonly string[],
  records: readonly Record<string, string | undefined>[],
  options: CsvWriteOptions = {},
): string {
  const separator = options.separator ?? ',';
  const newline = options.newline ?? '\n';
  const needsQuotes = separator === ',' ? /[",\r\n]/ : /[";\r\n]/;
  const quote = (value: string) =>
    needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  const lines = [columns.map(quote).join(separator)];
  for (const record of records)
    lines.push(columns.map((c) => quote(escapeFormula(record[c] ?? ''))).join(separator));
  return `${options.byteOrderMark ? '\uFEFF' : ''}${lines.join(newline)}${newline}`;
}
