import { registerSW } from 'virtual:pwa-register';
import { create } from 'zustand';
import { flushAllEdits } from '../features/conversation/pendingFlush';

interface UpdateState {
  updateReady: boolean;
  applyUpdate: () => Promise<void>;
  dismiss: () => void;
}

export const useUpdateStore = create<UpdateState>((set) => ({
  updateReady: false,
  applyUpdate: async () => undefined,
  dismiss: () => set({ updateReady: false }),
}));

const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Registers the service worker with `registerType: 'prompt'`: a new version waits until the user accepts it,
 * so a conversation is never reloaded under someone's hands.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh() {
      useUpdateStore.setState({
        updateReady: true,
        applyUpdate: async () => {
          await flushAllEdits();
          await updateSW(true);
        },
      });
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // A PWA left open for days never looks for a new version unless asked.
      const check = () => {
        if (navigator.onLine !== false) void registration.update().catch(() => undefined);
      };
      setInterval(check, CHECK_EVERY_MS);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
    },
  });
}
