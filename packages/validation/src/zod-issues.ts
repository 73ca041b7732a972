import { DATASET_FORMAT_VERSION } from '@verkosto/core';
import type { z } from 'zod';
import { type IssueCode, issue, pointer, type ValidationIssue } from './issues.ts';

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Translates zod's issues into the shared form: stable codes, JSON Pointers, two languages. */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: Array<string | number> = [],
): ValidationIssue[] {
  const result: ValidationIssue[] = [];
  for (const zodIssue of issues) {
    const segments = [
      ...prefix,
      ...zodIssue.path.map((s) => (typeof s === 'symbol' ? String(s) : s)),
    ];
    const path = pointer(...segments);
    switch (zodIssue.code) {
      case 'invalid_type': {
        const received = typeName(zodIssue.input);
        result.push(
          zodIssue.input === undefined
            ? issue('required', path)
            : issue('invalid_type', path, { expected: zodIssue.expected, received }),
        );
        break;
      }
      case 'unrecognized_keys':
        for (const key of zodIssue.keys)
          result.push(issue('unknown_field', pointer(...segments, key), { field: key }));
        break;
      case 'invalid_value':
        result.push(
          segments.at(-1) === 'formatVersion'
            ? issue('unsupported_format_version', path, {
                value: String(zodIssue.input),
                supported: DATASET_FORMAT_VERSION,
              })
            : issue('invalid_value', path, { allowed: zodIssue.values.map(String).join(', ') }),
        );
        break;
      case 'too_small':
      case 'too_big':
      case 'not_multiple_of':
        result.push(
          issue('invalid_number', path, {
            minimum: Number((zodIssue as { minimum?: number }).minimum ?? 0),
          }),
        );
        break;
      case 'custom': {
        const { code, ...params } = (zodIssue.params ?? {}) as { code?: IssueCode } & Record<
          string,
          string | number
        >;
        result.push(issue(code ?? 'invalid_value', path, code ? params : { allowed: '?' }));
        break;
      }
      case 'invalid_union':
      case 'invalid_key':
      case 'invalid_element':
      case 'invalid_format':
        result.push(issue('invalid_value', path, { allowed: zodIssue.message }));
        break;
    }
  }
  return result;
}
