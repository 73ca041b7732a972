import { type ReactNode, useId } from 'react';
import { IssueText } from './IssueText.tsx';
import { type FormIssue, issuesAt } from './issues.ts';

export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/**
 * A labelled form field whose errors (from the browser's validation or the API's answer) are
 * shown right below it and tied to the control with aria-describedby.
 */
export function Field({
  label,
  path,
  issues,
  hint,
  children,
}: {
  label: string;
  /** The JSON pointer the field edits, e.g. `/name/fi`. */
  path: string;
  issues: readonly FormIssue[];
  hint?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const id = useId();
  const mine = issuesAt(issues, path);
  const errors = mine.filter((issue) => issue.severity === 'error');
  const described = [hint ? `${id}-hint` : '', mine.length ? `${id}-issues` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {children({
        id,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(errors.length ? { 'aria-invalid': true as const } : {}),
      })}
      {mine.length > 0 && (
        <ul id={`${id}-issues`} className="issues">
          {mine.map((issue, index) => (
            <li key={index} className={issue.severity === 'error' ? 'error' : 'warning'}>
              <IssueText issue={issue} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Issues that belong to no field, announced as they appear. */
export function FormIssues({ issues }: { issues: readonly FormIssue[] }) {
  if (issues.length === 0) return null;
  // The alert wraps the list: role="alert" on the <ul> itself would take away its list role.
  return (
    <div role="alert">
      <ul className="issues">
        {issues.map((issue, index) => (
          <li key={index} className={issue.severity === 'error' ? 'error' : 'warning'}>
            {issue.path && <code>{issue.path}</code>} <IssueText issue={issue} />
          </li>
        ))}
      </ul>
    </div>
  );
}
