import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/fonts.css';
import './ui/styles.css';
import { initI18n } from './i18n';
import { App } from './app/App';
import { BUILD_ID, registerServiceWorker } from './app/serviceWorker';
import { UpdateNotice } from './app/UpdateNotice';
import { initLock } from './features/lock/lockStore';
import { parseHash } from './navigation';
import { preloadPage } from './app/pages';
import { reloadOnMissingChunks } from './app/staleBuild';
import { startWheelPacks } from './features/texts/wheelPackStore';

/** A region's wording should be on the first screen, but a slow answer for it must not hold that screen up. */
const WHEEL_PACK_WAIT_MS = 800;

async function start() {
  reloadOnMissingChunks();
  // Benchmark builds (`vite build --mode bench`) get a seeding hook; normal builds drop this branch.
  if (import.meta.env.MODE === 'bench') await import('./app/bench/seed');
  // The lock state is read before the first render, so nothing is ever read with the wrong codec.
  // The page a start opens at (a deep link, the wheel from a QR code) loads beside them.
  // The wheel pack (host's or imported) too, for a while: if it comes later, its texts replace the built-in ones then.
  const packs = startWheelPacks().catch(() => undefined);
  const packsOrLater = Promise.race([packs, new Promise((resolve) => setTimeout(resolve, WHEEL_PACK_WAIT_MS))]);
  await Promise.all([initI18n(), initLock(), preloadPage(parseHash(window.location.hash)), packsOrLater]);
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App />
      <UpdateNotice />
    </StrictMode>,
  );
  // Which build this is, at once (support, the update test); the worker itself waits, see below.
  document.documentElement.dataset.build = BUILD_ID;
  // Not needed for the first screen: registered once it has painted and the main thread is idle, so that
  // workbox-window and the precache downloads never compete with the first load on a slow connection.
  if ('requestIdleCallback' in window) window.requestIdleCallback(() => registerServiceWorker(), { timeout: 3000 });
  else setTimeout(registerServiceWorker, 500);
}

void start();
