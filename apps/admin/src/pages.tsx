import type { Schemas } from '@verkosto/client';
import { type ComponentType, lazy } from 'react';
import type { MessageKey } from './i18n.ts';
import { PeriodList } from './PeriodList.tsx';
import { PeriodPage } from './PeriodPage.tsx';
import type { Route } from './routes.ts';

type Me = Schemas['Me'];
type Role = Me['role'];

/** What every page gets from the shell. */
export interface PageProps {
  route: Route;
  role: Role;
  me: Me;
}

export interface PageDefinition {
  /** The page's title (document title), and its label in the navigation when `nav` is set. */
  title: MessageKey;
  /** In the main navigation at this hash; absent for pages reached from another (a period). */
  nav?: { href: string; order: number };
  /** Which page's navigation item is current while this page is open. */
  navParent?: Route['page'];
  /** The roles that may open it; everyone signed in when absent. */
  roles?: readonly Role[];
  component: ComponentType<PageProps>;
}

const canEdit = (role: Role) => role === 'editor' || role === 'admin';

// The pages fewer people open load when first opened, keeping the first load small.
const AuditLog = lazy(() => import('./AuditLog.tsx').then((m) => ({ default: m.AuditLog })));
const ImportExport = lazy(() =>
  import('./ImportExport.tsx').then((m) => ({ default: m.ImportExport })),
);
const Accounts = lazy(() => import('./Accounts.tsx').then((m) => ({ default: m.Accounts })));
const ProgrammePage = lazy(() =>
  import('./ProgrammePage.tsx').then((m) => ({ default: m.ProgrammePage })),
);
const Comparison = lazy(() => import('./Comparison.tsx').then((m) => ({ default: m.Comparison })));
const ComparisonReport = lazy(() =>
  import('./ComparisonReport.tsx').then((m) => ({ default: m.ComparisonReport })),
);
const Insights = lazy(() => import('./Insights.tsx').then((m) => ({ default: m.Insights })));

/**
 * Every page of the app, once: its route (routes.ts), title, place in the navigation, who may
 * open it, and its component. A new page is a route, an entry here, and its messages in i18n.ts.
 */
export const PAGES: Record<Route['page'], PageDefinition> = {
  periods: {
    title: 'periods',
    nav: { href: '#/', order: 10 },
    component: ({ role }) => <PeriodList canEdit={canEdit(role)} />,
  },
  period: {
    title: 'period',
    navParent: 'periods',
    component: ({ route, role }) =>
      route.page === 'period' ? (
        <PeriodPage periodId={route.periodId} canEdit={canEdit(role)} />
      ) : null,
  },
  programme: {
    title: 'programme',
    navParent: 'periods',
    component: ({ route, role }) =>
      route.page === 'programme' ? (
        <ProgrammePage periodId={route.periodId} canEdit={canEdit(role)} />
      ) : null,
  },
  comparison: {
    title: 'comparison',
    navParent: 'periods',
    component: ({ route }) =>
      route.page === 'comparison' ? <Comparison periodId={route.periodId} /> : null,
  },
  report: {
    title: 'startingPointReport',
    navParent: 'periods',
    component: ({ route }) => (route.page === 'report' ? <ComparisonReport {...route} /> : null),
  },
  insights: {
    title: 'insights',
    nav: { href: '#/insights', order: 20 },
    component: () => <Insights />,
  },
  import: {
    title: 'importExport',
    nav: { href: '#/import', order: 30 },
    component: ({ role }) => <ImportExport canEdit={canEdit(role)} />,
  },
  audit: {
    title: 'audit',
    nav: { href: '#/audit', order: 40 },
    roles: ['admin'],
    component: () => <AuditLog />,
  },
  accounts: {
    title: 'accounts',
    nav: { href: '#/accounts', order: 50 },
    roles: ['admin'],
    component: ({ me }) => <Accounts me={me.name} />,
  },
};

export const mayOpen = (page: PageDefinition, role: Role) =>
  !page.roles || page.roles.includes(role);
