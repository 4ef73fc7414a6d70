import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/fonts.css';
import './ui/styles.css';
import { initI18n } from './i18n';
import { App } from './app/App';
import { registerServiceWorker } from './app/serviceWorker';
import { UpdateNotice } from './app/UpdateNotice';
import { initLock } from './features/lock/lockStore';

async function start() {
  // Benchmark builds (`vite build --mode bench`) get a seeding hook; normal builds drop this branch.
  if (import.meta.env.MODE === 'bench') await import('./app/bench/seed');
  // The lock state is read before the first render, so nothing is ever read with the wrong codec.
  await Promise.all([initI18n(), initLock()]);
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App />
      <UpdateNotice />
    </StrictMode>,
  );
  registerServiceWorker();
}

void start();
