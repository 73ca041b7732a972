import { describe, expect, it } from 'vitest';
import { subThemes, type Theme, themeLineage } from './theme.ts';

const theme = (id: string, continuesThemeId?: string, parentId?: string): Theme => ({
  id,
  periodId: id.split('/')[0]!,
  slug: id,
  name: { fi: id },
  origin: continuesThemeId ? 'continued' : 'new',
  ...(continuesThemeId ? { continuesThemeId } : {}),
  ...(parentId ? { parentId } : {}),
  keywords: [],
  sources: [],
});

describe('theme lineage', () => {
  const themes = [
    theme('uso-4/s'),
    theme('uso-5/s', 'uso-4/s'),
    theme('uso-6/s', 'uso-5/s'),
    theme('uso-6/t', 'uso-5/s'),
    theme('uso-7/s', 'uso-6/s'),
  ];

  it('follows continuations back and forward', () => {
    const lineage = themeLineage(themes, 'uso-5/s');
    expect(lineage.ancestors.map((t) => t.id)).toEqual(['uso-4/s']);
    expect(lineage.descendants.map((t) => t.id)).toEqual(['uso-6/s', 'uso-6/t', 'uso-7/s']);
  });

  it('stops at cycles instead of looping', () => {
    const cyclic = [theme('a', 'b'), theme('b', 'a')];
    const lineage = themeLineage(cyclic, 'a');
    expect(lineage.ancestors.map((t) => t.id)).toEqual(['b']);
    expect(lineage.descendants).toEqual([]);
  });

  it('lists sub-themes', () => {
    const list = [theme('p'), theme('c1', undefined, 'p'), theme('c2', undefined, 'p'), theme('x')];
    expect(subThemes(list, 'p').map((t) => t.id)).toEqual(['c1', 'c2']);
  });
});
