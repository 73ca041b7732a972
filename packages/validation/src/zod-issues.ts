import { DATASET_FORMAT_VERSION } from '@verkosto/core';
import type { z } from 'zod';
import {
  type IssueCode,
  type IssueParams,
  issue,
  pointer,
  type ValidationIssue,
} from './issues.ts';

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value))
    return Number.isNaN(value) ? 'NaN' : 'Infinity';
  return typeof value;
}

/** A scalar input worth quoting in a message; objects and long text are left out. */
function shown(value: unknown): string | number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 77)}…` : value;
  return undefined;
}

function withValue(params: IssueParams, value: unknown): IssueParams {
  const scalar = shown(value);
  return scalar === undefined ? params : { value: scalar, ...params };
}

type Segment = string | number;

/** Marks that the caller passed no input to look values up in. */
const NO_INPUT: unique symbol = Symbol('no input');

/** The value at a zod path inside the input, or undefined. */
function at(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Translates zod's issues into the shared form: stable codes, JSON Pointers, two languages.
 * Nothing of zod's own wording reaches the result, so messages stay the same across zod versions.
 * Messages quote the bad value when zod reports it (parse with `{ reportInput: true }`) or when the
 * parsed `input` is passed here; without either, a missing field reads as a wrong type.
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly Segment[] = [],
  input: unknown = NO_INPUT,
): ValidationIssue[] {
  const result: ValidationIssue[] = [];
  const add = (code: IssueCode, segments: readonly Segment[], params?: IssueParams) => {
    result.push(issue(code, pointer(...segments), params));
  };
  for (const zodIssue of issues) {
    const segments: Segment[] = [
      ...prefix,
      ...zodIssue.path.map((s) => (typeof s === 'symbol' ? String(s) : s)),
    ];
    const known = 'input' in zodIssue || input !== NO_INPUT;
    const value =
      'input' in zodIssue ? zodIssue.input : known ? at(input, zodIssue.path) : undefined;
    switch (zodIssue.code) {
      case 'invalid_type':
        if (zodIssue.expected === 'int' && typeof value === 'number') {
          add('not_integer', segments, { value });
        } else if (known && value === undefined) {
          add('required', segments);
        } else {
          add(
            'invalid_type',
            segments,
            known
              ? { expected: zodIssue.expected, received: typeName(value) }
              : { expected: zodIssue.expected },
          );
        }
        break;
      case 'unrecognized_keys':
        for (const key of zodIssue.keys) add('unrecognized_key', [...segments, key], { key });
        break;
      case 'invalid_value':
        if (segments.length === prefix.length + 1 && segments.at(-1) === 'formatVersion') {
          add('unsupported_format_version', segments, {
            value: shown(value) ?? typeName(value),
            supported: DATASET_FORMAT_VERSION,
          });
        } else {
          add(
            'invalid_value',
            segments,
            withValue({ allowed: zodIssue.values.map(String).join(', ') }, value),
          );
        }
        break;
      case 'too_small': {
        const minimum = Number(zodIssue.minimum);
        if (['string', 'array', 'set', 'file'].includes(zodIssue.origin)) {
          add('too_short', segments, {
            minimum: zodIssue.inclusive === false ? minimum + 1 : minimum,
            origin: zodIssue.origin === 'string' ? 'string' : 'array',
          });
        } else {
          add('too_small', segments, {
            minimum,
            comparison: zodIssue.inclusive === false ? '>' : '>=',
          });
        }
        break;
      }
      case 'too_big': {
        const maximum = Number(zodIssue.maximum);
        if (['string', 'array', 'set', 'file'].includes(zodIssue.origin)) {
          const params: IssueParams = {
            maximum: zodIssue.inclusive === false ? maximum - 1 : maximum,
            origin: zodIssue.origin === 'string' ? 'string' : 'array',
          };
          if (typeof value === 'string') params.length = value.length;
          add('too_long', segments, params);
        } else {
          add('too_big', segments, {
            maximum,
            comparison: zodIssue.inclusive === false ? '<' : '<=',
          });
        }
        break;
      }
      case 'not_multiple_of':
        add('not_multiple_of', segments, { divisor: Number(zodIssue.divisor) });
        break;
      case 'invalid_format':
        add('invalid_format', segments, withValue({ format: zodIssue.format }, value));
        break;
      case 'invalid_key':
      case 'invalid_element':
        // The nested issues say what is wrong with the key or element; their paths are relative.
        result.push(...fromZodIssues(zodIssue.issues, segments, known ? value : NO_INPUT));
        break;
      case 'invalid_union':
        add('invalid_value', segments);
        break;
      case 'custom': {
        // The schemas raise catalogued codes this way (see `checked` in schemas.ts).
        const { code, ...params } = (zodIssue.params ?? {}) as { code?: IssueCode } & IssueParams;
        if (code) add(code, segments, params);
        else add('invalid_value', segments);
        break;
      }
    }
  }
  return result;
}
