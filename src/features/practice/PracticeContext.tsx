// What the practice parts of an open conversation need (consent, worries, who of the network does an
// action), handed down by the conversation view so that the shared panels only mount them.
import { createContext, useContext, type ReactNode } from 'react';
import type { Child, Conversation } from '../../domain/model';

export interface PracticeValue {
  conversation: Conversation;
  child?: Child;
  /** The draft's update: `change` gets the current copy (never a stale one). */
  update: (change: (current: Conversation) => Conversation) => void;
}

const PracticeContext = createContext<PracticeValue | undefined>(undefined);

export function PracticeProvider({ value, children }: { value: PracticeValue; children: ReactNode }) {
  return <PracticeContext.Provider value={value}>{children}</PracticeContext.Provider>;
}

/** Undefined outside an open conversation: the parts then render nothing. */
export function usePractice(): PracticeValue | undefined {
  return useContext(PracticeContext);
}
