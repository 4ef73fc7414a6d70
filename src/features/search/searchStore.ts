import { create } from 'zustand';

interface SearchState {
  /** What the user typed. Kept in memory only: search words may come from notes, which never go into URLs. */
  query: string;
  setQuery(query: string): void;
}

export const useSearchStore = create<SearchState>((set) => ({
  query: '',
  setQuery: (query) => set({ query }),
}));
