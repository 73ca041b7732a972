import { describe, expect, it } from 'vitest';
import { subThemes, THEME_ORIGINS, type Theme, themeLineage } from './theme.ts';

const theme = (id: string, continuesThemeId?: string, parentId?: string): Theme => ({
  id,
  periodId: id.split('/')[0]!,
  slug: id.split('/').at(-1)!,
  name: { fi: id },
  origin: continuesThemeId ? 'continued' : 'new',
  ...(continuesThemeId ? { continuesThemeId } : {}),
  ...(parentId ? { parentId } : {}),
  keywords: [],
  sources: [],
});

const ids = (themes: Theme[]) => themes.map((t) => t.id);

describe('themeLineage', () => {
  // uso-4/s → uso-5/s → uso-6/s → uso-7/s, and uso-5/s is also carried on by uso-6/t.
  const themes = [
    theme('uso-7/s', 'uso-6/s'),
    theme('uso-4/s'),
    theme('uso-6/t', 'uso-5/s'),
    theme('uso-5/s', 'uso-4/s'),
    theme('uso-6/s', 'uso-5/s'),
    theme('uso-6/x'),
  ];

  it('follows continuations back and forward from the middle', () => {
    const lineage = themeLineage(themes, 'uso-5/s');
    expect(ids(lineage.ancestors)).toEqual(['uso-4/s']);
    expect(ids(lineage.descendants)).toEqual(['uso-6/t', 'uso-6/s', 'uso-7/s']);
  });

  it('lists ancestors nearest first', () => {
    const lineage = themeLineage(themes, 'uso-7/s');
    expect(ids(lineage.ancestors)).toEqual(['uso-6/s', 'uso-5/s', 'uso-4/s']);
    expect(lineage.descendants).toEqual([]);
  });

  it('lists descendants nearest first, branches included', () => {
    const lineage = themeLineage(themes, 'uso-4/s');
    expect(lineage.ancestors).toEqual([]);
    expect(ids(lineage.descendants)).toEqual(['uso-5/s', 'uso-6/t', 'uso-6/s', 'uso-7/s']);
  });

  it('does not include the theme itself or unrelated themes', () => {
    const lineage = themeLineage(themes, 'uso-6/t');
    expect(ids(lineage.ancestors)).toEqual(['uso-5/s', 'uso-4/s']);
    expect(lineage.descendants).toEqual([]);
    expect(themeLineage(themes, 'uso-6/x')).toEqual({
      ancestors: [],
      descendants: [],
      inferred: [],
    });
  });

  it('is empty for an unknown theme', () => {
    expect(themeLineage(themes, 'nope')).toEqual({ ancestors: [], descendants: [], inferred: [] });
  });

  it('stops at a continuation that points to a missing theme', () => {
    const dangling = [theme('uso-5/s', 'uso-4/gone'), theme('uso-6/s', 'uso-5/s')];
    expect(ids(themeLineage(dangling, 'uso-6/s').ancestors)).toEqual(['uso-5/s']);
  });

  it('stops at a two-theme cycle instead of looping', () => {
    const cyclic = [theme('a', 'b'), theme('b', 'a')];
    const lineage = themeLineage(cyclic, 'a');
    expect(ids(lineage.ancestors)).toEqual(['b']);
    expect(lineage.descendants).toEqual([]);
  });

  it('stops at longer cycles and self-references, listing each theme once', () => {
    const cyclic = [theme('a', 'c'), theme('b', 'a'), theme('c', 'b'), theme('d', 'a')];
    const lineage = themeLineage(cyclic, 'a');
    expect(ids(lineage.ancestors)).toEqual(['c', 'b']);
    expect(ids(lineage.descendants)).toEqual(['d']);
    expect(themeLineage([theme('x', 'x')], 'x')).toEqual({
      ancestors: [],
      descendants: [],
      inferred: [],
    });
  });
});

describe('subThemes', () => {
  it('lists the direct sub-themes only, in order', () => {
    const list = [
      theme('p'),
      theme('c1', undefined, 'p'),
      theme('x'),
      theme('g1', undefined, 'c1'),
      theme('c2', undefined, 'p'),
    ];
    expect(ids(subThemes(list, 'p'))).toEqual(['c1', 'c2']);
    expect(ids(subThemes(list, 'c1'))).toEqual(['g1']);
    expect(subThemes(list, 'x')).toEqual([]);
  });
});

describe('THEME_ORIGINS', () => {
  it('holds new, continued, borrowed and unspecified', () => {
    expect(THEME_ORIGINS).toEqual(['new', 'continued', 'borrowed', 'unspecified']);
  });
});

describe('themeLineage with inferred links', () => {
  // a ← b (stated) ← c (inferred) ← d (stated), and b ← e (inferred).
  const inferred = (t: Theme): Theme => ({ ...t, continuesInferred: true });
  const themes = [
    theme('a'),
    theme('b', 'a'),
    inferred(theme('c', 'b')),
    theme('d', 'c'),
    inferred(theme('e', 'b')),
  ];

  it('marks every theme beyond an inferred link, going back', () => {
    const lineage = themeLineage(themes, 'd');
    expect(ids(lineage.ancestors)).toEqual(['c', 'b', 'a']);
    expect(lineage.inferred).toEqual(['b', 'a']);
  });

  it('marks every theme beyond an inferred link, going forward', () => {
    const lineage = themeLineage(themes, 'a');
    expect(ids(lineage.descendants)).toEqual(['b', 'c', 'e', 'd']);
    expect(lineage.inferred).toEqual(['c', 'e', 'd']);
  });

  it('marks from the first inferred link on, and nothing when every link is stated', () => {
    expect(themeLineage(themes, 'b').inferred).toEqual(['c', 'e', 'd']);
    expect(themeLineage(themes.slice(0, 2), 'a').inferred).toEqual([]);
  });
});
