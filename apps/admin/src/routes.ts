/** The pages, addressed by the URL's hash so links and the back button work without a server router. */
export type Route =
  | { page: 'periods' }
  | { page: 'period'; periodId: string }
  | { page: 'programme'; periodId: string }
  | { page: 'import' }
  | { page: 'audit' }
  | { page: 'accounts' }
  | { page: 'insights' };

export function parseRoute(hash: string): Route {
  const programme = /^#\/periods\/([a-z0-9-]+)\/programme$/.exec(hash);
  if (programme) return { page: 'programme', periodId: programme[1]! };
  const period = /^#\/periods\/([a-z0-9-]+)$/.exec(hash);
  if (period) return { page: 'period', periodId: period[1]! };
  if (hash === '#/import') return { page: 'import' };
  if (hash === '#/audit') return { page: 'audit' };
  if (hash === '#/accounts') return { page: 'accounts' };
  if (hash === '#/insights') return { page: 'insights' };
  return { page: 'periods' };
}
