import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fromZodIssues } from './zod-issues.ts';

const mapped = (schema: z.ZodType, input: unknown, reportInput = true) => {
  const result = schema.safeParse(input, { reportInput });
  if (result.success) throw new Error('expected a failure');
  return fromZodIssues(result.error.issues);
};

describe('fromZodIssues', () => {
  const schema = z.strictObject({
    count: z.number().int().min(1).max(10),
    step: z.number().multipleOf(5).optional(),
    name: z.string().min(2).max(5),
    tags: z.array(z.string()).min(1).optional(),
    email: z.email().optional(),
    kind: z.enum(['a', 'b']).optional(),
    map: z.record(z.string().regex(/^k/), z.number()).optional(),
    either: z.union([z.string(), z.number()]).optional(),
  });

  it('gives every zod issue a catalogued code and a JSON Pointer', () => {
    const issues = mapped(schema, {
      count: 1.5,
      step: 7,
      name: 'abcdefg',
      tags: [],
      email: 'nobody@',
      kind: 'c',
      map: { x: 1 },
      either: true,
      extra: 1,
    });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['not_integer', '/count'],
      ['not_multiple_of', '/step'],
      ['too_long', '/name'],
      ['too_short', '/tags'],
      ['invalid_format', '/email'],
      ['invalid_value', '/kind'],
      ['invalid_format', '/map/x'],
      ['invalid_value', '/either'],
      ['unrecognized_key', '/extra'],
    ]);
    expect(issues[2]!.message.en).toBe('The text is too long (7 characters, at most 5).');
    expect(issues[5]!.message.fi).toBe('Arvo "c" ei kelpaa; sallitut arvot: a, b.');
  });

  it('tells a missing field from a wrong type, and numbers out of range', () => {
    const issues = mapped(schema, { count: 0, name: 7 });
    expect(issues.map((i) => [i.code, i.path, i.message.en])).toEqual([
      ['too_small', '/count', 'The number must be at least 1.'],
      ['invalid_type', '/name', 'Expected text, received a number.'],
    ]);
    expect(mapped(schema, { count: 11 }).map((i) => [i.code, i.path])).toEqual([
      ['too_big', '/count'],
      ['required', '/name'],
    ]);
  });

  it('keeps zod’s own wording out of messages', () => {
    for (const found of mapped(schema, { count: 'x', name: '', kind: 3, either: null }))
      expect(`${found.message.fi} ${found.message.en}`).not.toMatch(/Invalid|expected one of/);
  });

  it('works without reportInput when given the input, and degrades without it', () => {
    const input = { count: 2 };
    const result = schema.safeParse(input);
    if (result.success) throw new Error('expected a failure');
    expect(fromZodIssues(result.error.issues, [], input).map((i) => i.code)).toEqual(['required']);
    expect(fromZodIssues(result.error.issues)[0]!.message.en).toBe('Expected text.');
  });

  it('puts a prefix before every path', () => {
    expect(mapped(z.strictObject({ a: z.string() }), {}).map((i) => i.path)).toEqual(['/a']);
    const result = z.strictObject({ a: z.string() }).safeParse({}, { reportInput: true });
    expect(fromZodIssues(result.error!.issues, ['themes', 3])[0]!.path).toBe('/themes/3/a');
  });
});
