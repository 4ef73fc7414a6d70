import { create } from 'zustand';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';
export type SaveErrorKind = 'quota' | 'other';

interface ConversationUiState {
  /** What the status line says about the conversation being edited. */
  saveState: SaveState;
  saveError?: SaveErrorKind;
  /** The screen is turned toward the family (FamilyView instead of the notes). */
  familyView: boolean;
  setSaveState(state: SaveState, error?: SaveErrorKind): void;
  setFamilyView(on: boolean): void;
}

/** Session state of the open conversation's screen; saved data is always read from the database. */
export const useConversationUi = create<ConversationUiState>((set) => ({
  saveState: 'idle',
  familyView: false,
  setSaveState: (saveState, saveError) => set({ saveState, saveError }),
  setFamilyView: (familyView) => set({ familyView }),
}));
