/** The pages, addressed by the URL's hash so links and the back button work without a server router. */
export type Route =
  | { page: 'periods' }
  | { page: 'period'; periodId: string }
  | { page: 'programme'; periodId: string }
  | { page: 'import' }
  | { page: 'audit' }
  | { page: 'accounts' }
  | { page: 'insights' }
  | { page: 'comparison'; periodId: string }
  | { page: 'report'; periodId: string; code: string; year: number; indicators: string[] };

export function parseRoute(hash: string): Route {
  const programme = /^#\/periods\/([a-z0-9-]+)\/programme$/.exec(hash);
  if (programme) return { page: 'programme', periodId: programme[1]! };
  const comparison = /^#\/periods\/([a-z0-9-]+)\/comparison$/.exec(hash);
  if (comparison) return { page: 'comparison', periodId: comparison[1]! };
  // A member's starting-point report: what it shows is in the address, so it can be shared.
  const report =
    /^#\/periods\/([a-z0-9-]+)\/report\/(\d{3})\?year=(\d{4})&indicators=([a-z0-9_,]+)$/.exec(hash);
  if (report)
    return {
      page: 'report',
      periodId: report[1]!,
      code: report[2]!,
      year: Number(report[3]),
      indicators: report[4]!.split(',').filter(Boolean),
    };
  const period = /^#\/periods\/([a-z0-9-]+)$/.exec(hash);
  if (period) return { page: 'period', periodId: period[1]! };
  if (hash === '#/import') return { page: 'import' };
  if (hash === '#/audit') return { page: 'audit' };
  if (hash === '#/accounts') return { page: 'accounts' };
  if (hash === '#/insights') return { page: 'insights' };
  return { page: 'periods' };
}

/** The address of a member's starting-point report. */
export const reportHash = (periodId: string, code: string, year: number, indicators: string[]) =>
  `#/periods/${periodId}/report/${code}?year=${year}&indicators=${indicators.join(',')}`;
