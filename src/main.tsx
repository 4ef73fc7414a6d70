import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/fonts.css';
import './ui/styles.css';
import { initI18n } from './i18n';
import { App } from './app/App';
import { BUILD_ID, registerServiceWorker } from './app/serviceWorker';
import { initLock } from './features/lock/lockStore';
import { parseHash } from './navigation';
import { preloadPage } from './app/pages';
import { reloadOnMissingChunks } from './app/staleBuild';
import { startWheelPacks } from './features/texts/wheelPackStore';

async function start() {
  reloadOnMissingChunks();
  // Benchmark builds (`vite build --mode bench`) get a seeding hook; normal builds drop this branch.
  if (import.meta.env.MODE === 'bench') await import('./app/bench/seed');
  // The lock state is read before the first render, so nothing is ever read with the wrong codec.
  // The page a start opens at (a deep link, the wheel from a QR code) loads beside them.
  // The wheel pack too (imported, or the host's as this device last fetched it: no network wait).
  const packs = startWheelPacks().catch(() => undefined);
  await Promise.all([initI18n(), initLock(), preloadPage(parseHash(window.location.hash)), packs]);
  const root = document.getElementById('root');
  if (!root) return;
  // As a transition, React renders the first screen in short slices instead of one long task, so that a
  // slow phone stays responsive while it draws (Lighthouse's total blocking time; issue 19).
  const appRoot = createRoot(root);
  startTransition(() =>
    appRoot.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
  // Which build this is, at once (support, the update test); the worker itself waits, see below.
  document.documentElement.dataset.build = BUILD_ID;
  // Not needed for the first screen: registered once it has painted and the main thread is idle, so that
  // workbox-window and the precache downloads never compete with the first load on a slow connection.
  const register = () => void registerServiceWorker();
  if ('requestIdleCallback' in window) window.requestIdleCallback(register, { timeout: 3000 });
  else setTimeout(register, 500);
}

void start();
