import { describe, expect, it } from 'vitest';
import { parseRoute } from './routes.ts';

describe('parseRoute', () => {
  it('reads the page from the hash, and falls back to the periods', () => {
    expect(parseRoute('#/periods/uso-5')).toEqual({ page: 'period', periodId: 'uso-5' });
    expect(parseRoute('#/import')).toEqual({ page: 'import' });
    expect(parseRoute('#/audit')).toEqual({ page: 'audit' });
    expect(parseRoute('#/accounts')).toEqual({ page: 'accounts' });
    expect(parseRoute('#/insights')).toEqual({ page: 'insights' });
    expect(parseRoute('')).toEqual({ page: 'periods' });
    expect(parseRoute('#/periods/<script>')).toEqual({ page: 'periods' });
  });
});
