import type { UiLanguage } from '../i18n.ts';
import { issuesOfProblem, messageOf } from './issues.ts';
import type { Status } from './StatusMessage.tsx';

interface Answer {
  error?: unknown;
  response: Response;
}

/** Deletes an item at the version just read: If-Match names it, so a change in between wins. */
export async function deleteCurrentVersion<R extends Answer>(
  read: () => Promise<Answer>,
  remove: (ifMatch: string) => Promise<R>,
): Promise<R> {
  const current = await read();
  return remove(current.response.headers.get('etag') ?? '');
}

/** A failed write as the status line shows it: the API's first issue, in the UI language. */
export function failureStatus(answer: Answer, language: UiLanguage): Status {
  const [issue] = issuesOfProblem(answer.error as never, answer.response.statusText);
  return { kind: 'error', text: messageOf(issue!, language) };
}
