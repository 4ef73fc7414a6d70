import { Suspense, use, useEffect, useRef, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from './router';
import { AppHeader } from './AppHeader';
import { AppFooter } from './AppFooter';
import { HomeView } from '../features/history/HomeView';
import { useUiStore } from './uiStore';
import { LockGate } from '../features/lock/LockGate';
import { PrivacyNotices } from '../features/lock/PrivacyNotices';
import { pageModule, type ChunkedPage, type ModuleOf } from './pageChunks';

/** A page from its own chunk (see pageChunks): drawn at once when loaded, else after "Loading…". */
function chunkPage<K extends ChunkedPage, P extends object>(name: K, pick: (module: ModuleOf<K>) => ComponentType<P>) {
  return function ChunkPage(props: P) {
    const Page = pick(use(pageModule(name)));
    return <Page {...props} />;
  };
}

// Only the home screen is in the first load; every other page is a chunk of its own.
const ChildPage = chunkPage('child', (m) => m.ChildPage);
const ConversationView = chunkPage('conversation', (m) => m.ConversationView);
const ComparePage = chunkPage('compare', (m) => m.ComparePage);
const SearchPage = chunkPage('search', (m) => m.SearchPage);
const SummaryPage = chunkPage('summary', (m) => m.SummaryPage);
const PublicWheelPage = chunkPage('wheel', (m) => m.PublicWheelPage);
const SettingsView = chunkPage('settings', (m) => m.SettingsView);
const AccessibilityStatement = chunkPage('accessibility', (m) => m.AccessibilityStatement);

function Loading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p className="muted">{t('status.loading')}</p>}>{children}</Suspense>;
}

function Page() {
  const route = useRoute();
  const { t } = useTranslation();
  switch (route.name) {
    case 'home':
      return <HomeView />;
    case 'child':
      return (
        <Loading>
          <ChildPage childId={route.childId} />
        </Loading>
      );
    case 'compare':
      return (
        <Loading>
          <ComparePage childId={route.childId} from={route.from} to={route.to} />
        </Loading>
      );
    case 'search':
      return (
        <Loading>
          <SearchPage />
        </Loading>
      );
    case 'conversation':
      return (
        <Loading>
          <ConversationView conversationId={route.conversationId} areaId={route.areaId} />
        </Loading>
      );
    case 'summary':
      return (
        <Loading>
          <SummaryPage conversationId={route.conversationId} />
        </Loading>
      );
    case 'wheel':
      return (
        <Loading>
          <PublicWheelPage lang={route.lang} />
        </Loading>
      );
    case 'settings':
      return (
        <Loading>
          <SettingsView />
        </Loading>
      );
    case 'accessibility':
      return (
        <Loading>
          <AccessibilityStatement />
        </Loading>
      );
    case 'notFound':
      return <p role="alert">{t('status.notFound')}</p>;
  }
}

export function App() {
  const route = useRoute();
  const setFamilyView = useUiStore((s) => s.setFamilyView);
  // Leaving a conversation always turns the family view off again.
  useEffect(() => {
    if (route.name !== 'conversation') setFamilyView(false);
  }, [route.name, setFamilyView]);
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

  return (
    <>
      <AppHeader />
      <main id="main" tabIndex={-1}>
        {/* While locked, only the unlock screen: nothing about any child is rendered at all. */}
        <LockGate>
          <PrivacyNotices />
          <Page />
        </LockGate>
      </main>
      <AppFooter />
    </>
  );
}
