import { Suspense, lazy, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from './router';
import { AppHeader } from './AppHeader';
import { AppFooter } from './AppFooter';
import { HomeView } from '../features/history/HomeView';
import { ChildPage } from '../features/history/ChildPage';
import { ConversationView } from '../features/conversation/ConversationView';
import { PublicWheelPage } from '../features/wheel/PublicWheelPage';
import { SettingsView } from '../features/settings/SettingsView';
import { AccessibilityStatement } from '../features/settings/AccessibilityStatement';
import { useUiStore } from './uiStore';
import { LockGate } from '../features/lock/LockGate';
import { PrivacyNotices } from '../features/lock/PrivacyNotices';

// Comparing and searching load on demand too: neither is needed for the first screen.
const ComparePage = lazy(() => import('../features/history/ComparePage').then((m) => ({ default: m.ComparePage })));
const SearchPage = lazy(() => import('../features/search/SearchPage').then((m) => ({ default: m.SearchPage })));
// The summary page (print view, image export) loads on demand: it is not needed for the first screen.
const SummaryPage = lazy(() => import('../features/export/SummaryPage').then((m) => ({ default: m.SummaryPage })));

function Page() {
  const route = useRoute();
  const { t } = useTranslation();
  switch (route.name) {
    case 'home':
      return <HomeView />;
    case 'child':
      return <ChildPage childId={route.childId} />;
    case 'compare':
      return (
        <Suspense fallback={<p className="muted">{t('status.loading')}</p>}>
          <ComparePage childId={route.childId} from={route.from} to={route.to} />
        </Suspense>
      );
    case 'search':
      return (
        <Suspense fallback={<p className="muted">{t('status.loading')}</p>}>
          <SearchPage />
        </Suspense>
      );
    case 'conversation':
      return <ConversationView conversationId={route.conversationId} areaId={route.areaId} />;
    case 'summary':
      return (
        <Suspense fallback={<p className="muted">{t('status.loading')}</p>}>
          <SummaryPage conversationId={route.conversationId} />
        </Suspense>
      );
    case 'wheel':
      return <PublicWheelPage lang={route.lang} />;
    case 'settings':
      return <SettingsView />;
    case 'accessibility':
      return <AccessibilityStatement />;
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
