import { readFileSync } from 'node:fs';
import { countForPeriod, programmeProgress } from '@verkosto/core';
import { describe, expect, it } from 'vitest';
import { usoDataset } from '../index.ts';
import { USO_PROGRAMMES } from './programmes.ts';

const facts = readFileSync(new URL('../../reference/uso/FACTS.md', import.meta.url), 'utf8');
/** The "activities as stated" cell of a period's row in FACTS.md (the fifth column). */
const statedActivities = (label: string) => {
  const row = facts.split('\n').find((line) => line.startsWith(`| ${label} `));
  return row?.split('|')[4]?.trim();
};
const FACTS_ROW: Record<string, string> = {
  'uso-2': '2013–2014',
  'uso-4': '2017–2018',
  'uso-5': '2019–2020',
  'uso-6': '2021–2022',
  'uso-7': '2023–2024',
};

describe('USO programmes', () => {
  it('exist for the periods whose activities a source states, one each', () => {
    expect(USO_PROGRAMMES.map((p) => p.periodId)).toEqual([
      'uso-2',
      'uso-4',
      'uso-5',
      'uso-6',
      'uso-7',
    ]);
    const periods = new Set(usoDataset.periods.map((p) => p.id));
    for (const p of USO_PROGRAMMES) expect(periods.has(p.periodId), p.periodId).toBe(true);
  });

  it('quote each count verbatim from the source notes, in that period’s row', () => {
    for (const programme of USO_PROGRAMMES) {
      const cell = statedActivities(FACTS_ROW[programme.periodId]!);
      expect(cell, programme.periodId).toBeTruthy();
      const stated = [
        ...programme.planned.map((p) => p.statedAs),
        programme.workshopQuota?.statedAs,
      ].filter((s) => s !== undefined);
      for (const words of stated) expect(cell, programme.periodId).toContain(words);
      // Every number in a count is a number in the quote.
      for (const planned of programme.planned) {
        expect(planned.statedAs).toBeDefined();
        if (planned.count !== undefined && planned.count !== 1)
          expect(planned.statedAs).toContain(String(planned.count));
      }
      if (programme.workshopQuota)
        expect(programme.workshopQuota.statedAs).toContain(String(programme.workshopQuota.count));
    }
  });

  it('name a known source for every fact', () => {
    const sources = new Set(usoDataset.sources.map((s) => s.id));
    for (const programme of USO_PROGRAMMES) {
      const cited = [
        ...programme.sources,
        ...programme.planned.flatMap((p) => p.sources),
        ...(programme.workshopQuota?.sources ?? []),
      ];
      expect(programme.sources.length).toBeGreaterThan(0);
      for (const id of cited) expect(sources.has(id), id).toBe(true);
      for (const planned of programme.planned) expect(planned.sources.length).toBeGreaterThan(0);
    }
  });

  it('give USO 5 eight national events and five workshops per member', () => {
    const uso5 = usoDataset.periods.find((p) => p.id === 'uso-5')!;
    const programme = USO_PROGRAMMES.find((p) => p.periodId === 'uso-5')!;
    expect(programmeProgress(uso5, programme, [])).toEqual([
      { kind: 'national-seminar', planned: 8, held: 0, scheduled: 0, cancelled: 0 },
    ]);
    expect(countForPeriod(programme.workshopQuota!, uso5)).toBe(5);
  });

  it('count USO 2’s three workshops a year as six over its two years', () => {
    const uso2 = usoDataset.periods.find((p) => p.id === 'uso-2')!;
    const quota = USO_PROGRAMMES.find((p) => p.periodId === 'uso-2')!.workshopQuota!;
    expect(countForPeriod(quota, uso2)).toBe(6);
  });

  it('leave unknown counts unknown: USO 7’s regular contact-person meetings have none', () => {
    const uso7 = USO_PROGRAMMES.find((p) => p.periodId === 'uso-7')!;
    const meetings = uso7.planned.find((p) => p.kind === 'contact-person-meeting')!;
    expect(meetings.count).toBeUndefined();
    expect(uso7.workshopQuota).toBeUndefined();
  });

  it('record no activities: no source gives an event with its date', () => {
    expect(usoDataset.activities).toBeUndefined();
  });
});
