import type { LocalizedText } from './text.ts';

/**
 * Where a theme comes from. USO's 2019 themes held "something new, something old,
 * something borrowed": new to the period, continued from an earlier period of the
 * network, or borrowed from elsewhere.
 */
export const THEME_ORIGINS = ['new', 'continued', 'borrowed', 'unspecified'] as const;
export type ThemeOrigin = (typeof THEME_ORIGINS)[number];

/** A theme (teema) of a period; a theme with a parent is a sub-theme. */
export interface Theme {
  /** Unique across the dataset, e.g. `uso-5-strateginen-johtaminen`. */
  id: string;
  periodId: string;
  /** Unique within the period, e.g. `strateginen-johtaminen`. */
  slug: string;
  name: LocalizedText;
  description?: LocalizedText;
  parentId?: string;
  origin: ThemeOrigin;
  /** With origin `continued`: the theme of an earlier period that this one carries on. */
  continuesThemeId?: string;
  /**
   * True when no source states the continuation: an editor inferred it (from similar names, say).
   * Readers must show such a link as inferred, never as fact. Only with `continuesThemeId`.
   */
  continuesInferred?: boolean;
  /** With origin `borrowed`: where it was borrowed from, in words. */
  borrowedFrom?: string;
  keywords: string[];
  sources: string[];
}

/** A theme's place in the chain of periods: what it carries on and what carries it on. */
export interface ThemeLineage {
  /** Earlier themes, nearest first. */
  ancestors: Theme[];
  /** Later themes, nearest first; a theme may be continued by several. */
  descendants: Theme[];
  /**
   * Ids of the ancestors and descendants reached only through an inferred link
   * (`continuesInferred`): a chain is no surer than its weakest link.
   */
  inferred: string[];
}

/**
 * Follows `continuesThemeId` both ways. Cycles (bad data) are cut, not followed forever. A theme
 * reached through an inferred link, or through anything beyond one, is listed in `inferred`.
 */
export function themeLineage(themes: readonly Theme[], themeId: string): ThemeLineage {
  const byId = new Map(themes.map((t) => [t.id, t]));
  const continuedBy = new Map<string, Theme[]>();
  for (const theme of themes) {
    if (!theme.continuesThemeId) continue;
    const list = continuedBy.get(theme.continuesThemeId) ?? [];
    list.push(theme);
    continuedBy.set(theme.continuesThemeId, list);
  }

  const seen = new Set([themeId]);
  const inferred: string[] = [];
  const ancestors: Theme[] = [];
  let from = byId.get(themeId);
  let viaInferred = false;
  while (from?.continuesThemeId && !seen.has(from.continuesThemeId)) {
    const theme = byId.get(from.continuesThemeId);
    if (!theme) break;
    viaInferred ||= from.continuesInferred === true;
    seen.add(theme.id);
    ancestors.push(theme);
    if (viaInferred) inferred.push(theme.id);
    from = theme;
  }

  const descendants: Theme[] = [];
  const queue = (continuedBy.get(themeId) ?? []).map((theme) => ({ theme, viaInferred: false }));
  while (queue.length > 0) {
    const next = queue.shift()!;
    const { theme } = next;
    if (seen.has(theme.id)) continue;
    seen.add(theme.id);
    descendants.push(theme);
    const isInferred = next.viaInferred || theme.continuesInferred === true;
    if (isInferred) inferred.push(theme.id);
    for (const child of continuedBy.get(theme.id) ?? [])
      queue.push({ theme: child, viaInferred: isInferred });
  }
  return { ancestors, descendants, inferred };
}

/** The direct sub-themes of a theme. */
export function subThemes(themes: readonly Theme[], parentId: string): Theme[] {
  return themes.filter((t) => t.parentId === parentId);
}
