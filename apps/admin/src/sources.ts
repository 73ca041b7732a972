import type { Schemas } from '@verkosto/client';
import { DATASET_FORMAT_VERSION, slugify } from '@verkosto/core';
import { api, listAll } from './api.ts';
import { type FormIssue, issuesOfProblem } from './ui/issues.ts';

export type Source = Schemas['Source'];

/** Every source the data cites, to pick from. */
export const readSources = () =>
  listAll<Source>((query) => api.GET('/v1/sources', { params: { query } }));

/** A new id from the title, never one already taken (an import would overwrite that source). */
export function newSourceId(title: string, taken: ReadonlySet<string>): string {
  const base = slugify(title, 60) || 'lahde';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A source being typed: the address, the title and the day it was read. */
export interface SourceDraft {
  url: string;
  title: string;
  accessedOn: string;
}

/**
 * Adds a source through `POST /v1/import` with a dataset that holds only it: an import creates
 * what is new and deletes nothing, and is checked with the same rules (URL, title, date) as
 * every write. The id is new, so nothing existing changes. Answers the source, or the issues
 * at its fields (`/url`, `/title`, `/accessedOn`).
 */
export async function createSource(
  draft: SourceDraft,
  taken: ReadonlySet<string>,
): Promise<{ source: Source } | { issues: FormIssue[] }> {
  const source: Source = {
    id: newSourceId(draft.title, taken),
    title: draft.title.trim(),
    ...(draft.url.trim() && { url: draft.url.trim() }),
    ...(draft.accessedOn && { accessedOn: draft.accessedOn }),
  };
  const result = await api.POST('/v1/import', {
    body: {
      formatVersion: DATASET_FORMAT_VERSION,
      sources: [source],
      networks: [],
      periods: [],
      themes: [],
      participations: [],
    },
  });
  if (!result.data)
    return { issues: issuesOfProblem(result.error as never, result.response.statusText) };
  return { source };
}

/** Today as an ISO date in the browser's time zone: the day someone read the page. */
export const today = () => new Date().toLocaleDateString('sv-SE');
