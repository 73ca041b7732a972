import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatNumber, formatReportedCount } from './format.ts';

describe('formats', () => {
  it('writes dates the Finnish way, and as one span', () => {
    expect(formatDate('2025-01-01', 'fi')).toBe('1.1.2025');
    expect(formatDateRange('2025-01-01', '2026-12-31', 'fi')).toBe('1.1.2025–31.12.2026');
    expect(formatDateRange('2025-01-01', null, 'fi')).toBe('1.1.2025–');
    expect(formatDate('2025-01-01', 'en')).toBe('01/01/2025');
    expect(formatDate(null, 'fi')).toBe('–');
  });

  it('groups digits and uses the decimal comma in Finnish', () => {
    expect(formatNumber(45150, 'fi')).toBe('45\u00a0150');
    expect(formatNumber(1.5, 'fi')).toBe('1,5');
    expect(formatNumber(45150, 'en')).toBe('45,150');
  });

  it('writes a reported lower bound as one, never as the count itself', () => {
    expect(formatReportedCount(20, 'atLeast', 'fi')).toBe('vähintään 20');
    expect(formatReportedCount(20, 'atLeast', 'en')).toBe('at least 20');
    expect(formatReportedCount(1200, 'exact', 'fi')).toBe('1\u00a0200');
    expect(formatReportedCount(20, undefined, 'fi')).toBe('20');
  });
});
