import { create } from 'zustand';
import { flushAllEdits } from '../storage';
import { useConversationUi } from '../features/conversation/conversationUiStore';

/**
 * - `none`: nothing to offer.
 * - `ready`: a new version is installed and waits for the user (or already took over in another window).
 * - `applying`: the user said "update now"; edits are being saved, then the page reloads.
 * - `blocked`: saving failed, so the update waits: reloading now would lose the text on screen.
 */
export type UpdatePhase = 'none' | 'ready' | 'applying' | 'blocked';

interface UpdateState {
  phase: UpdatePhase;
  /** "Later" hides the notice; it comes back when the user returns to the app. */
  dismissed: boolean;
  accept: () => Promise<void>;
  dismiss: () => void;
}

export const useUpdateStore = create<UpdateState>((set) => ({
  phase: 'none',
  dismissed: false,
  accept: async () => undefined,
  dismiss: () => set({ dismissed: true }),
}));

/** Tells builds apart (support, and the update e2e test). Set VITE_BUILD_ID when building a release. */
export const BUILD_ID: string = import.meta.env.VITE_BUILD_ID ?? 'local';

const CHECK_EVERY_MS = 60 * 60 * 1000;
// If the waiting worker vanished (another window already activated it), reload anyway once asked.
const RELOAD_FALLBACK_MS = 10_000;

/**
 * Registers the service worker with `registerType: 'prompt'`: a new version waits until the user accepts
 * it, so a conversation is never reloaded under someone's hands. Accepting saves pending edits first and
 * reloads only when they are saved.
 */
export async function registerServiceWorker(): Promise<void> {
  document.documentElement.dataset.build = BUILD_ID;
  if (!('serviceWorker' in navigator)) return;

  let accepted = false;
  // True once a new worker controls this page (accepted here or in another window of the app).
  let takenOver = false;
  let reloading = false;

  const reload = async () => {
    if (reloading) return;
    reloading = true;
    // Typing may have gone on between "Update now" and the new worker taking over.
    await flushAllEdits();
    window.location.reload();
  };

  const accept = async () => {
    useUpdateStore.setState({ phase: 'applying', dismissed: false });
    await flushAllEdits();
    if (useConversationUi.getState().saveState === 'error') {
      useUpdateStore.setState({ phase: 'blocked' });
      return;
    }
    accepted = true;
    if (takenOver) {
      await reload();
      return;
    }
    await updateSW(true);
    setTimeout(() => void reload(), RELOAD_FALLBACK_MS);
  };

  const offer = () => {
    if (useUpdateStore.getState().phase === 'applying') return;
    useUpdateStore.setState({ phase: 'ready', dismissed: false, accept });
  };

  // A new worker took control. Reload only if this window asked for it; otherwise the new version was
  // accepted in another window, and this one offers the reload instead of doing it. (Our own listener:
  // workbox-window only reports this for pages that had a worker when they loaded, not for a first visit
  // that is still open when the update comes.)
  let controller = navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const previous = controller;
    controller = navigator.serviceWorker.controller;
    // The first visit's page just got claimed by the first worker: nothing changed for the user.
    if (!previous) return;
    takenOver = true;
    if (accepted) void reload();
    else offer();
  });

  // workbox-window is not needed for the first screen: loaded here, once that screen is idle.
  const { registerSW } = await import('virtual:pwa-register');
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh: offer,
    // Without this, the plugin reloads by itself when another window accepted an update.
    onNeedReload: () => undefined,
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // A PWA left open for days never looks for a new version unless asked. Offline, update() just fails.
      const check = () => void registration.update().catch(() => undefined);
      setInterval(check, CHECK_EVERY_MS);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState !== 'visible') return;
        check();
        // Back in the app after "Later": offer the waiting version again.
        if (useUpdateStore.getState().dismissed && (registration.waiting || takenOver)) offer();
      });
    },
  });
}
