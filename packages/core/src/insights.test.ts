import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../test/fixtures.ts';
import type { Dataset } from './dataset.ts';
import { isReturningMember, networkInsights } from './insights.ts';
import { createMunicipalityRegistry } from './municipality-registry.ts';
import type { Participation } from './participation.ts';
import type { Period } from './period.ts';
import type { Theme, ThemeOrigin } from './theme.ts';

const registry = createMunicipalityRegistry(MUNICIPALITIES);

const members = (periodId: string, ...codes: string[]): Participation[] =>
  codes.map((municipalityCode) => ({
    periodId,
    municipalityCode,
    role: 'kehittajakunta',
    sources: [],
  }));

/** A two-year period starting on 1 January of `year`. */
const period = (networkId: string, ordinal: number, year: number): Period => ({
  id: `${networkId}-${ordinal}`,
  networkId,
  ordinal,
  label: `${networkId.toUpperCase()} ${ordinal}`,
  startDate: `${year}-01-01`,
  endDate: `${year + 1}-12-31`,
  sources: [],
});

const theme = (
  id: string,
  periodId: string,
  origin: ThemeOrigin,
  continuesThemeId?: string,
): Theme => ({
  id,
  periodId,
  slug: id,
  name: { fi: id },
  origin,
  ...(continuesThemeId ? { continuesThemeId } : {}),
  keywords: [],
  sources: [],
});

const dataset: Pick<Dataset, 'periods' | 'themes' | 'participations'> = {
  // Out of order on purpose, with another network's period mixed in.
  periods: [
    period('v', 3, 2022),
    period('v', 1, 2018),
    { ...period('v', 2, 2020), reportedMemberCount: 5 },
    period('other', 1, 2018),
    { ...period('v', 4, 2024), reportedMemberCount: 20, reportedMemberCountBound: 'atLeast' },
    period('v', 5, 2026),
  ],
  themes: [
    theme('johtaminen-1', 'v-1', 'new'),
    theme('talous-1', 'v-1', 'unspecified'),
    theme('johtaminen-2', 'v-2', 'continued', 'johtaminen-1'),
    theme('lainattu-2', 'v-2', 'borrowed'),
    theme('uusi-2', 'v-2', 'new'),
    theme('johtaminen-3', 'v-3', 'continued', 'johtaminen-2'),
    theme('orpo-3', 'v-3', 'continued', 'missing'),
    theme('muu', 'other-1', 'new'),
  ],
  participations: [
    // V 1 (2018–2019): Helsinki, Valtimo, Heinävesi (then in Etelä-Savo).
    ...members('v-1', '911', '091', '090'),
    // V 2 (2020–2021): Nurmes carries on Valtimo (merged 2020); Oulu and Honkajoki are new.
    ...members('v-2', '091', '541', '564', '099'),
    // V 3 (2022–2023): Kankaanpää carries on Honkajoki (merged 2021); Heinävesi comes back
    // after a break, now in Pohjois-Karjala; Pertunmaa is new; Helsinki leaves.
    ...members('v-3', '214', '090', '541', '588', '564'),
    // V 4 (2024–2025): no member list on record.
    // V 5 (2026–2027): Mäntyharju, which Pertunmaa merged into.
    ...members('v-5', '507'),
    ...members('other-1', '091', '564'),
  ],
};

const insights = networkInsights(dataset, registry, 'v');
const byId = (id: string) => insights.find((i) => i.periodId === id)!;

describe('network insights', () => {
  it('covers the network’s periods in order, and nothing else', () => {
    expect(insights.map((i) => i.periodId)).toEqual(['v-1', 'v-2', 'v-3', 'v-4', 'v-5']);
    expect(insights.map((i) => i.label)).toEqual(['V 1', 'V 2', 'V 3', 'V 4', 'V 5']);
    expect(byId('v-3')).toMatchObject({ startDate: '2022-01-01', endDate: '2023-12-31' });
    expect(networkInsights(dataset, registry, 'none')).toEqual([]);
  });

  it('lists members by code and counts them, next to the reported count', () => {
    expect(byId('v-1').members).toEqual(['090', '091', '911']);
    expect(insights.map((i) => i.memberCount)).toEqual([3, 4, 5, 0, 1]);
    expect(byId('v-2').reportedMemberCount).toBe(5);
    expect(byId('v-1').reportedMemberCount).toBeNull();
    expect(byId('v-2').reportedMemberCountBound).toBe('exact');
    expect(byId('v-1').reportedMemberCountBound).toBeNull();
    // "yli 20 kehittäjäkuntaa": a lower bound, never shown as the number itself.
    expect(byId('v-4')).toMatchObject({
      reportedMemberCount: 20,
      reportedMemberCountBound: 'atLeast',
    });
  });
});

describe('member comparison', () => {
  it('has none for the first period', () => {
    expect(byId('v-1').comparison).toBeNull();
  });

  it('counts a member whose predecessor was a member as returning, not new', () => {
    expect(byId('v-2').comparison).toEqual({
      previousPeriodId: 'v-1',
      newMembers: ['099', '564'],
      returningMembers: ['091', '541'],
      // Valtimo is not listed as left: Nurmes carries it on.
      leftMembers: ['090'],
    });
  });

  it('judges one member at a time as the comparison does (isReturningMember)', () => {
    const previous = new Set(byId('v-1').members);
    for (const code of ['099', '564', '091', '541'])
      expect(isReturningMember(registry, code, previous), code).toBe(
        byId('v-2').comparison!.returningMembers.includes(code),
      );
  });

  it('compares with the previous period only, so a member back after a break is new', () => {
    expect(byId('v-3').comparison).toEqual({
      previousPeriodId: 'v-2',
      newMembers: ['090', '588'],
      returningMembers: ['214', '541', '564'],
      leftMembers: ['091'],
    });
  });

  it('cannot say who is new when either period has no members on record', () => {
    expect(byId('v-4').comparison).toBeNull(); // this period has none
    expect(byId('v-5').comparison).toBeNull(); // the previous period has none
  });

  it('follows merger chains: a member of 2009 returns through two mergers', () => {
    const chain = networkInsights(
      {
        periods: [period('c', 1, 2009), period('c', 2, 2013)],
        themes: [],
        participations: [...members('c-1', '901', '091'), ...members('c-2', '564')],
      },
      registry,
      'c',
    );
    expect(chain[1]!.comparison).toEqual({
      previousPeriodId: 'c-1',
      newMembers: [],
      returningMembers: ['564'],
      leftMembers: ['091'],
    });
  });

  it('counts both a municipality and the one it merged into as carried on', () => {
    const both = networkInsights(
      {
        periods: [period('b', 1, 2018), period('b', 2, 2020)],
        themes: [],
        participations: [...members('b-1', '911', '541'), ...members('b-2', '541')],
      },
      registry,
      'b',
    );
    expect(both[1]!.comparison).toEqual({
      previousPeriodId: 'b-1',
      newMembers: [],
      returningMembers: ['541'],
      leftMembers: [],
    });
  });

  it('does not run mergers backwards: a predecessor after its successor is new', () => {
    const backwards = networkInsights(
      {
        periods: [period('r', 1, 2016), period('r', 2, 2018)],
        themes: [],
        participations: [...members('r-1', '541'), ...members('r-2', '911')],
      },
      registry,
      'r',
    );
    expect(backwards[1]!.comparison).toEqual({
      previousPeriodId: 'r-1',
      newMembers: ['911'],
      returningMembers: [],
      leftMembers: ['541'],
    });
  });
});

describe('region counts', () => {
  it('counts regions as they were at the period’s start', () => {
    // Heinävesi is in Etelä-Savo (10) in 2018.
    expect(byId('v-1').regions).toEqual([
      { regionCode: '01', memberCount: 1 },
      { regionCode: '10', memberCount: 1 },
      { regionCode: '12', memberCount: 1 },
    ]);
  });

  it('puts the most members first, ties by region code', () => {
    // In 2022 Heinävesi is in Pohjois-Karjala (12), with Nurmes.
    expect(byId('v-3').regions).toEqual([
      { regionCode: '12', memberCount: 2 },
      { regionCode: '04', memberCount: 1 },
      { regionCode: '10', memberCount: 1 },
      { regionCode: '17', memberCount: 1 },
    ]);
  });

  it('leaves out members without a known region, and is empty without members', () => {
    const unknown = networkInsights(
      {
        periods: [period('u', 1, 2007)],
        themes: [],
        participations: members('u-1', '573', '999', '091'),
      },
      registry,
      'u',
    );
    expect(unknown[0]!.memberCount).toBe(3);
    expect(unknown[0]!.regions).toEqual([{ regionCode: '01', memberCount: 1 }]);
    expect(byId('v-4').regions).toEqual([]);
  });
});

describe('themes', () => {
  it('counts themes by origin, every origin present', () => {
    expect(byId('v-1').themesByOrigin).toEqual({
      new: 1,
      continued: 0,
      borrowed: 0,
      unspecified: 1,
    });
    expect(byId('v-2').themesByOrigin).toEqual({
      new: 1,
      continued: 1,
      borrowed: 1,
      unspecified: 0,
    });
    expect(byId('v-4').themesByOrigin).toEqual({
      new: 0,
      continued: 0,
      borrowed: 0,
      unspecified: 0,
    });
    expect(insights.map((i) => i.themeCount)).toEqual([2, 3, 2, 0, 0]);
  });

  it('links a continued theme to the theme and period it carries on', () => {
    expect(byId('v-2').themes).toEqual([
      {
        themeId: 'johtaminen-2',
        origin: 'continued',
        continues: { themeId: 'johtaminen-1', periodId: 'v-1', inferred: false },
      },
      { themeId: 'lainattu-2', origin: 'borrowed' },
      { themeId: 'uusi-2', origin: 'new' },
    ]);
  });

  it('says when a link is inferred rather than stated by a source', () => {
    const guessed = {
      ...dataset,
      themes: dataset.themes.map((t) =>
        t.id === 'johtaminen-2' ? { ...t, continuesInferred: true } : t,
      ),
    };
    const v2 = networkInsights(guessed, registry, 'v').find((i) => i.periodId === 'v-2')!;
    expect(v2.themes[0]!.continues).toEqual({
      themeId: 'johtaminen-1',
      periodId: 'v-1',
      inferred: true,
    });
  });

  it('leaves out a link to a theme that is not in the dataset', () => {
    const orphan = byId('v-3').themes.find((t) => t.themeId === 'orpo-3')!;
    expect(orphan).toEqual({ themeId: 'orpo-3', origin: 'continued' });
    expect('continues' in orphan).toBe(false);
  });
});
