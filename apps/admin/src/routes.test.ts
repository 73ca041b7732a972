import { describe, expect, it } from 'vitest';
import { parseRoute, reportHash } from './routes.ts';

describe('parseRoute', () => {
  it('reads the page from the hash, and falls back to the periods', () => {
    expect(parseRoute('#/periods/uso-5')).toEqual({ page: 'period', periodId: 'uso-5' });
    expect(parseRoute('#/import')).toEqual({ page: 'import' });
    expect(parseRoute('#/periods/uso-4/comparison')).toEqual({
      page: 'comparison',
      periodId: 'uso-4',
    });
    expect(
      parseRoute(reportHash('uso-4', '609', 2017, ['employment_rate_pct', 'population'])),
    ).toEqual({
      page: 'report',
      periodId: 'uso-4',
      code: '609',
      year: 2017,
      indicators: ['employment_rate_pct', 'population'],
    });
    // A report address that lost its selection is not a report.
    expect(parseRoute('#/periods/uso-4/report/609')).toEqual({ page: 'periods' });
    expect(parseRoute('#/audit')).toEqual({ page: 'audit' });
    expect(parseRoute('#/accounts')).toEqual({ page: 'accounts' });
    expect(parseRoute('#/insights')).toEqual({ page: 'insights' });
    expect(parseRoute('')).toEqual({ page: 'periods' });
    expect(parseRoute('#/periods/<script>')).toEqual({ page: 'periods' });
  });
});
