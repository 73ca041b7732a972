/**
 * Where JSON text first goes wrong, for a message a person can act on. `JSON.parse` names a
 * position only for some errors, in wording that varies between engines; this scanner finds the
 * offset itself. It is run only after `JSON.parse` has failed, so it need not be fast.
 */
export interface JsonSyntaxProblem {
  /** 1-based line and column (in UTF-16 code units, as editors count them). */
  line: number;
  column: number;
  /** The character found there; absent at the end of the text. */
  found?: string;
}

class Stop extends Error {
  readonly offset: number;
  constructor(offset: number) {
    super('JSON syntax error');
    this.offset = offset;
  }
}

function firstErrorOffset(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw new Stop(i);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i += 1;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i += 1;
    }
  };
  const string = () => {
    i += 1; // the opening quote
    for (;;) {
      const ch = text[i];
      if (ch === undefined || ch < ' ') fail();
      i += 1;
      if (ch === '"') return;
      if (ch === '\\') {
        const escaped = text[i];
        if (escaped === 'u') {
          i += 1;
          for (let k = 0; k < 4; k++) {
            if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail();
            i += 1;
          }
        } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) i += 1;
        else fail();
      }
    }
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === '' || match[0] === '-') fail();
    i += match![0].length;
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{') {
      i += 1;
      space();
      if (text[i] === '}') {
        i += 1;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i += 1;
        value();
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === '}') {
          i += 1;
          return;
        } else fail();
      }
    }
    if (ch === '[') {
      i += 1;
      space();
      if (text[i] === ']') {
        i += 1;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === ']') {
          i += 1;
          return;
        } else fail();
      }
    }
    if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) number();
    else fail();
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return error.offset;
    // Nesting deeper than the stack: the position stays unknown.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** Where the JSON text is broken; undefined when it is well-formed (or nested too deep to tell). */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  const offset = firstErrorOffset(text);
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const found = text.codePointAt(offset);
  return found === undefined
    ? { line, column }
    : { line, column, found: String.fromCodePoint(found) };
}
