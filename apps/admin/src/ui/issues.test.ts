import { describe, expect, it } from 'vitest';
import { fieldPath, issuesAt, issuesOfProblem, otherIssues } from './issues.ts';

const issue = (path: string) => ({
  path,
  severity: 'error' as const,
  message: { fi: `fi ${path}`, en: `en ${path}` },
});

describe('form issues', () => {
  it('puts an entity’s and a dataset rule’s issue at the same field', () => {
    expect(fieldPath('/name/fi')).toBe('/name/fi');
    expect(fieldPath('/themes/12/continuesThemeId')).toBe('/continuesThemeId');
    expect(fieldPath('/participations/3')).toBe('');
  });

  it('finds the issues of a field and of anything inside it, and leaves the rest', () => {
    const issues = [issue('/name/fi'), issue('/keywords/2'), issue('/themes/1/origin'), issue('')];
    expect(issuesAt(issues, '/keywords').map((i) => i.path)).toEqual(['/keywords/2']);
    expect(issuesAt(issues, '/origin').map((i) => i.path)).toEqual(['/themes/1/origin']);
    expect(issuesAt(issues, '/name').map((i) => i.path)).toEqual(['/name/fi']);
    expect(otherIssues(issues, ['/name/fi', '/keywords', '/origin'])).toEqual([issue('')]);
  });

  it('turns a problem without issues into one general issue', () => {
    expect(issuesOfProblem({ title: 'Conflict', detail: 'It exists.' }, 'x')).toEqual([
      { path: '', severity: 'error', message: { fi: 'It exists.', en: 'It exists.' } },
    ]);
    expect(issuesOfProblem(undefined, 'Bad Gateway')[0]!.message.fi).toBe('Bad Gateway');
    const problem = { title: 'Bad Request', issues: [{ ...issue('/slug'), code: 'invalid_slug' }] };
    expect(issuesOfProblem(problem, 'x')).toEqual(problem.issues);
  });
});
