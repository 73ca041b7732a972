import type { Schemas } from '@verkosto/client';
import { RouterLink, ServiceNavigation, ServiceNavigationItem } from 'suomifi-ui-components';
import { useT } from '../i18n.ts';
import { mayOpen, PAGES } from '../pages.tsx';
import type { Route } from '../routes.ts';
import { useMediaQuery } from '../ui/useMediaQuery.ts';

/** The main navigation (Suomi.fi ServiceNavigation): the pages this role may open. */
export function MainNavigation({ route, role }: { route: Route; role: Schemas['Me']['role'] }) {
  const t = useT();
  const wide = useMediaQuery('(min-width: 64em)');
  const active = PAGES[route.page].navParent ?? route.page;
  const items = Object.entries(PAGES)
    .filter(([, page]) => page.nav && mayOpen(page, role))
    .sort(([, a], [, b]) => a.nav!.order - b.nav!.order);
  return (
    <ServiceNavigation
      aria-label={t('mainNav')}
      variant={wide ? 'default' : 'smallScreen'}
      smallScreenExpandButtonText={t('menu')}
      initiallyExpanded={false}
      className="main-nav"
    >
      {items.map(([name, page]) => (
        <ServiceNavigationItem key={name} selected={name === active}>
          <RouterLink href={page.nav!.href} aria-current={name === active ? 'page' : undefined}>
            {t(page.title)}
          </RouterLink>
        </ServiceNavigationItem>
      ))}
    </ServiceNavigation>
  );
}
