import { describe, expect, it } from 'vitest';
import { businessIdCheckDigit, isValidBusinessId } from './business-id.ts';

describe('Y-tunnus', () => {
  it('accepts IDs whose check digit matches', () => {
    expect(isValidBusinessId('0201256-6')).toBe(true);
    expect(isValidBusinessId('0116297-6')).toBe(true);
    expect(businessIdCheckDigit('0201256')).toBe(6);
  });

  it('refuses a wrong check digit and malformed IDs', () => {
    expect(isValidBusinessId('0201256-5')).toBe(false);
    expect(isValidBusinessId('201256-6')).toBe(false);
    expect(isValidBusinessId('0201256 6')).toBe(false);
    expect(isValidBusinessId('02012566')).toBe(false);
  });

  it('gives a remainder of 0 the check digit 0, and never issues remainder 1', () => {
    const zero = Array.from({ length: 10_000 }, (_, i) => String(i).padStart(7, '0')).find(
      (d) => businessIdCheckDigit(d) === 0,
    )!;
    expect(isValidBusinessId(`${zero}-0`)).toBe(true);
    const impossible = Array.from({ length: 10_000 }, (_, i) => String(i).padStart(7, '0')).find(
      (d) => businessIdCheckDigit(d) === null,
    )!;
    for (let digit = 0; digit <= 9; digit++)
      expect(isValidBusinessId(`${impossible}-${digit}`)).toBe(false);
  });
});
