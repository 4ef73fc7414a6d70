import { Suspense, lazy, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from './router';
import { AppHeader } from './AppHeader';
import { AppFooter } from './AppFooter';
import { HomeView } from '../features/history/HomeView';
import { PublicWheelPage } from '../features/wheel/PublicWheelPage';
import { useUiStore } from './uiStore';
import { LockGate } from '../features/lock/LockGate';
import { PrivacyNotices } from '../features/lock/PrivacyNotices';

// Only the two first screens (home and the public wheel) are in the first load; every other page is its
// own chunk, fetched on demand (all are precached, so this works offline too). This keeps the first-load
// JavaScript within its 150 KB budget on a cheap phone.
const ChildPage = lazy(() => import('../features/history/ChildPage').then((m) => ({ default: m.ChildPage })));
const ConversationView = lazy(() => import('../features/conversation/ConversationView').then((m) => ({ default: m.ConversationView })));
const ComparePage = lazy(() => import('../features/history/ComparePage').then((m) => ({ default: m.ComparePage })));
const SearchPage = lazy(() => import('../features/search/SearchPage').then((m) => ({ default: m.SearchPage })));
const SummaryPage = lazy(() => import('../features/export/SummaryPage').then((m) => ({ default: m.SummaryPage })));
const SettingsView = lazy(() => import('../features/settings/SettingsView').then((m) => ({ default: m.SettingsView })));
const AccessibilityStatement = lazy(() => import('../features/settings/AccessibilityStatement').then((m) => ({ default: m.AccessibilityStatement })));

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
      return <PublicWheelPage lang={route.lang} />;
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
  // Move focus to the new page's content so screen readers and keyboards start there.
  useEffect(() => {
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
