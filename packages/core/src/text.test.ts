import { describe, expect, it } from 'vitest';
import { LANGUAGES, localize, searchKey, slugify } from './text.ts';

describe('searchKey', () => {
  it('folds ä, ö and å to their base letters, in either case', () => {
    expect(searchKey('Mäntyharju')).toBe('mantyharju');
    expect(searchKey('MÄNTYHARJU')).toBe('mantyharju');
    expect(searchKey('Pöytyä')).toBe('poytya');
    expect(searchKey('Uleåborg')).toBe('uleaborg');
    expect(searchKey('ÅÄÖ åäö')).toBe('aao aao');
  });

  it('removes other accents too', () => {
    expect(searchKey('Närpes')).toBe('narpes');
    expect(searchKey('Café Ü')).toBe('cafe u');
  });

  it('matches precomposed and decomposed letters alike', () => {
    const precomposed = 'Heinävesi'; // ä as U+00E4
    const decomposed = 'Heina\u0308vesi'; // a + combining diaeresis
    expect(precomposed).not.toBe(decomposed);
    expect(searchKey(precomposed)).toBe(searchKey(decomposed));
    expect(searchKey(decomposed)).toBe('heinavesi');
  });

  it('trims and collapses whitespace of any kind to single spaces', () => {
    expect(searchKey('  MÄNTYHARJU ')).toBe('mantyharju');
    expect(searchKey('S:t   Michel')).toBe('s:t michel');
    expect(searchKey('Länsi\t\nTurunmaa')).toBe('lansi turunmaa');
    expect(searchKey('Länsi\u00a0Turunmaa')).toBe('lansi turunmaa'); // no-break space
    expect(searchKey('   ')).toBe('');
    expect(searchKey('')).toBe('');
  });

  it('keeps hyphens and digits', () => {
    expect(searchKey('Länsi-Turunmaa')).toBe('lansi-turunmaa');
    expect(searchKey('091')).toBe('091');
  });

  it('is idempotent', () => {
    for (const value of ['  Väståboland ', 'MÄNTYHARJU', 'S:t   Michel']) {
      expect(searchKey(searchKey(value))).toBe(searchKey(value));
    }
  });
});

describe('localize', () => {
  const parainen = { fi: 'Parainen', sv: 'Pargas', en: 'Pargas (en)' };

  it('picks the requested language', () => {
    expect(localize(parainen, 'fi')).toBe('Parainen');
    expect(localize(parainen, 'sv')).toBe('Pargas');
    expect(localize(parainen, 'en')).toBe('Pargas (en)');
  });

  it('falls back to Finnish', () => {
    expect(localize({ fi: 'Kunta', sv: 'Kommun' }, 'en')).toBe('Kunta');
    expect(localize({ fi: 'Kunta' }, 'sv')).toBe('Kunta');
  });

  it('speaks Finnish, Swedish and English, Finnish first', () => {
    expect(LANGUAGES).toEqual(['fi', 'sv', 'en']);
  });
});

describe('slugify', () => {
  it('makes an id from a Finnish or Swedish name', () => {
    expect(slugify('Ennakoiva johtaminen')).toBe('ennakoiva-johtaminen');
    expect(slugify('Resurssiviisaus (kestävä talous, ilmasto)')).toBe(
      'resurssiviisaus-kestava-talous-ilmasto',
    );
    expect(slugify('  Åbo – Turku  ')).toBe('abo-turku');
  });

  it('never starts or ends with a hyphen, even when cut short', () => {
    expect(slugify('!!!')).toBe('');
    expect(slugify('abc def', 4)).toBe('abc');
  });
});
