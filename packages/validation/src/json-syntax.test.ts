import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxProblem } from './json-syntax.ts';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonSyntaxProblem', () => {
  it('finds nothing wrong in JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(findJsonSyntaxProblem(text)).toBeUndefined();
      }),
    );
  });

  it('agrees with JSON.parse on broken text', () => {
    // JSON with one character deleted, replaced or inserted.
    const edited = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '0', ' '))
      .map(([text, at, ch]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + ch + text.slice(i + (ch === '' ? 1 : at % 2));
      });
    fc.assert(
      fc.property(edited, (text) => {
        expect(findJsonSyntaxProblem(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 500 },
    );
  });

  it('gives lines and columns as editors count them', () => {
    expect(findJsonSyntaxProblem('{\n  "a": 1,\n}')).toEqual({ line: 3, column: 1, found: '}' });
    expect(findJsonSyntaxProblem('[1, 2')).toEqual({ line: 1, column: 6 });
    expect(findJsonSyntaxProblem('{"a": tru}')).toEqual({ line: 1, column: 10, found: '}' });
    expect(findJsonSyntaxProblem('{"a": "x\ty"}')).toEqual({ line: 1, column: 9, found: '\t' });
    expect(findJsonSyntaxProblem('')).toEqual({ line: 1, column: 1 });
  });
});
