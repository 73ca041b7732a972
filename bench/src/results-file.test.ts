import { describe, expect, it } from 'vitest';
import { resultsFile } from './results-file.ts';

const run = (date: string, value: string) =>
  `# Benchmark results\n\nMeasured on ${date}.\n\n## Machine\n\n- 2 cores\n\n## Results\n\n| what | measured |\n| --- | --- |\n| import | ${value} |\n`;

describe('RESULTS.md after a full run', () => {
  it('is the new run’s table, with the notes below the old one kept', () => {
    const notes = '## Scale (issue #13)\n\nRuns by hand, with their load.\n\n## Edge\n\nMore.\n';
    const written = resultsFile(
      run('2026-11-29', '1.9 s'),
      `${run('2026-11-28', '3.0 s')}\n${notes}`,
    );
    expect(written).toBe(`${run('2026-11-29', '1.9 s')}\n${notes}`);
    expect(written).not.toContain('3.0 s');
  });

  it('is the run alone when there was no file or nothing below its table', () => {
    expect(resultsFile(run('2026-11-29', '1.9 s'))).toBe(run('2026-11-29', '1.9 s'));
    expect(resultsFile(run('2026-11-29', '1.9 s'), run('2026-11-28', '3.0 s'))).toBe(
      run('2026-11-29', '1.9 s'),
    );
  });
});
