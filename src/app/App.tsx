import { Suspense, use, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor, useRoute, type Route, type RouteName, type RouteOf } from '../navigation';
import { AppHeader } from './AppHeader';
import { AppFooter } from './AppFooter';
import { LockGate } from '../features/lock/LockGate';
import { PrivacyNotices } from '../features/lock/PrivacyNotices';
import { PAGES, pageModule, type PageEntry } from './pages';
import { PageBoundary } from './PageBoundary';
import { UpdateNotice } from './UpdateNotice';

function Loading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p className="muted">{t('status.loading')}</p>}>{children}</Suspense>;
}

/** The route's page, from its chunk (drawn at once when loaded, else after "Loading…"). */
function RoutePage({ route }: { route: Exclude<Route, { name: 'notFound' }> }) {
  const promise = pageModule(route.name);
  const module = promise ? use(promise as Promise<unknown>) : undefined;
  // Each entry of PAGES takes its own route; TypeScript cannot follow the pairing through the union.
  const entry = PAGES[route.name] as PageEntry<RouteName>;
  return entry.render(module, route as RouteOf<RouteName>);
}

/** Another page, not another area or query of the same page: only then a page error is forgotten. */
function pageKey(route: Route): string {
  return hrefFor(route).split('?')[0] ?? '';
}

function Page() {
  const route = useRoute();
  const { t } = useTranslation();
  if (route.name === 'notFound') return <p role="alert">{t('status.notFound')}</p>;
  return (
    <PageBoundary resetKey={pageKey(route)}>
      <Loading>
        <RoutePage route={route} />
      </Loading>
    </PageBoundary>
  );
}

export function App() {
  const route = useRoute();
  // After moving to another page, focus its content so screen readers and keyboards start there.
  // Not on the first load: then the first Tab should reach the skip link and the header as usual.
  const firstRoute = useRef(true);
  useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [route.name]);

  // A bare page (the child's turn) is the whole screen: no header, navigation, notices or footer.
  const bare = route.name !== 'notFound' && PAGES[route.name].bare === true;
  return (
    <>
      {bare ? null : <AppHeader />}
      <main id="main" tabIndex={-1} className={bare ? 'main-bare' : undefined}>
        {/* While locked, only the unlock screen: nothing about any child is rendered at all. */}
        <LockGate>
          {bare ? null : <PrivacyNotices />}
          <Page />
        </LockGate>
      </main>
      {bare ? null : <AppFooter />}
      {/* Offered once the adult is back from the child's turn: never over a child's screen. */}
      {bare ? null : <UpdateNotice />}
    </>
  );
}
