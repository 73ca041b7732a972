import { describe, expect, it } from 'vitest';
import { localize, searchKey } from './text.ts';

describe('searchKey', () => {
  it('folds case, Nordic letters and spacing', () => {
    expect(searchKey('  MÄNTYHARJU ')).toBe('mantyharju');
    expect(searchKey('Uleåborg')).toBe('uleaborg');
    expect(searchKey('Pöytyä')).toBe(searchKey('poytya'));
    expect(searchKey('S:t   Michel')).toBe('s:t michel');
  });
});

describe('localize', () => {
  it('falls back to Finnish', () => {
    expect(localize({ fi: 'Kunta', sv: 'Kommun' }, 'sv')).toBe('Kommun');
    expect(localize({ fi: 'Kunta' }, 'en')).toBe('Kunta');
  });
});
