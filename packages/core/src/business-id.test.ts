import { describe, expect, it } from 'vitest';
import { businessIdCheckDigit, isValidBusinessId } from './business-id.ts';

/** Every seven-digit prefix from 0000000 to 0009999. */
const prefixes = Array.from({ length: 10_000 }, (_, i) => String(i).padStart(7, '0'));

describe('businessIdCheckDigit', () => {
  it('weights the digits 7, 9, 10, 5, 8, 4, 2 and takes 11 minus the remainder', () => {
    // 0·7 + 2·9 + 0·10 + 1·5 + 2·8 + 5·4 + 6·2 = 71; 71 mod 11 = 5; 11 − 5 = 6.
    expect(businessIdCheckDigit('0201256')).toBe(6);
    expect(businessIdCheckDigit('0116297')).toBe(6);
    // 2·5 = 10; remainder 10 gives check digit 1.
    expect(businessIdCheckDigit('0000005')).toBe(1);
  });

  it('gives a remainder of 0 the check digit 0', () => {
    expect(businessIdCheckDigit('0000000')).toBe(0);
    // 1·7 + 2·2 = 11.
    expect(businessIdCheckDigit('1000002')).toBe(0);
  });

  it('returns null for a remainder of 1, which is never issued', () => {
    // 6·2 = 12; 12 mod 11 = 1.
    expect(businessIdCheckDigit('0000006')).toBeNull();
    // 1·7 + 1·5 = 12.
    expect(businessIdCheckDigit('1001000')).toBeNull();
  });

  it('returns null for anything but exactly seven ASCII digits', () => {
    for (const bad of [
      '',
      '020125',
      '02012560',
      '020125a',
      ' 0201256',
      '0201256-6',
      '０２０１２５６',
    ]) {
      expect(businessIdCheckDigit(bad), bad).toBeNull();
    }
  });
});

describe('isValidBusinessId', () => {
  it('accepts real Y-tunnus values', () => {
    expect(isValidBusinessId('0201256-6')).toBe(true);
    expect(isValidBusinessId('0116297-6')).toBe(true);
    expect(isValidBusinessId('0000005-1')).toBe(true);
    expect(isValidBusinessId('1000002-0')).toBe(true);
  });

  it('refuses a wrong check digit', () => {
    for (let digit = 0; digit <= 9; digit++) {
      if (digit === 6) continue;
      expect(isValidBusinessId(`0201256-${digit}`)).toBe(false);
    }
  });

  it('refuses every check digit when the remainder is 1', () => {
    for (let digit = 0; digit <= 9; digit++) {
      expect(isValidBusinessId(`0000006-${digit}`)).toBe(false);
      expect(isValidBusinessId(`1001000-${digit}`)).toBe(false);
    }
  });

  it('refuses malformed values', () => {
    for (const bad of [
      '',
      '201256-6', // six digits
      '00201256-6', // eight digits
      '0201256-66',
      '0201256 6',
      '02012566',
      '0201256–6', // en dash
      ' 0201256-6',
      '0201256-6 ',
      'FI02012566', // the VAT number form
      '020125a-6',
    ]) {
      expect(isValidBusinessId(bad), bad).toBe(false);
    }
  });

  it('has exactly one valid check digit per prefix, or none when the remainder is 1', () => {
    let impossible = 0;
    for (const prefix of prefixes) {
      const valid = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((d) =>
        isValidBusinessId(`${prefix}-${d}`),
      );
      const expected = businessIdCheckDigit(prefix);
      expect(valid).toEqual(expected === null ? [] : [expected]);
      if (expected === null) impossible += 1;
    }
    // Roughly one prefix in eleven cannot be issued.
    expect(impossible).toBeGreaterThan(800);
    expect(impossible).toBeLessThan(1000);
  });
});
