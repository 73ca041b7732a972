/**
 * RESULTS.md after a full run: the run's own header and table, then the notes written below them
 * by hand — what each figure was measured on and the runs behind it — which a run must not erase.
 */
export function resultsFile(generated: string, previous?: string): string {
  const notes = previous === undefined ? '' : notesOf(previous);
  return notes ? `${generated.trimEnd()}\n\n${notes}` : generated;
}

/** Everything after the results table: from the first section after `## Results`. */
function notesOf(text: string): string {
  const results = text.indexOf('\n## Results');
  if (results === -1) return '';
  const next = text.indexOf('\n## ', results + 1);
  return next === -1 ? '' : text.slice(next + 1);
}
