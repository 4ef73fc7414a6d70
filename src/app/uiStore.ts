import { create } from 'zustand';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';
export type SaveErrorKind = 'quota' | 'other';

export interface Toast {
  id: number;
  messageKey: string;
  values?: Record<string, string | number>;
}

interface UiState {
  saveState: SaveState;
  saveError?: SaveErrorKind;
  familyView: boolean;
  toasts: Toast[];
  setSaveState(state: SaveState, error?: SaveErrorKind): void;
  setFamilyView(on: boolean): void;
  showToast(messageKey: string, values?: Record<string, string | number>): void;
  dismissToast(id: number): void;
}

let nextToastId = 1;

/** UI and session state only; saved data is always read from the database. */
export const useUiStore = create<UiState>((set) => ({
  saveState: 'idle',
  familyView: false,
  toasts: [],
  setSaveState: (saveState, saveError) => set({ saveState, saveError }),
  setFamilyView: (familyView) => set({ familyView }),
  showToast: (messageKey, values) =>
    set((state) => ({ toasts: [...state.toasts, values ? { id: nextToastId++, messageKey, values } : { id: nextToastId++, messageKey }] })),
  dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
}));
