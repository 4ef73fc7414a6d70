import { AREA_IDS, type AreaId, type Perspective, type Rating } from './wheel';
import type { EditTimes } from './edits';

export const SETTINGS = ['preschool', 'school', 'social-services', 'health', 'other'] as const;
export type Setting = (typeof SETTINGS)[number];

export const PARTICIPANT_ROLES = ['child', 'guardian', 'professional', 'other'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const CONVERSATION_STATUSES = ['draft', 'completed'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

/** A professional or service around the child (issue 7: the network around the child). */
export interface NetworkContact {
  id: string;
  role: string;
  name?: string;
  coordinator: boolean;
}

export interface Child {
  id: string;
  /** Initials or a pseudonym; never a personal identity number. */
  alias: string;
  birthYear?: number;
  languages: string[];
  network?: NetworkContact[];
  createdAt: string;
  updatedAt: string;
  /** Revision of the stored record, one more with every write (set by storage; orders writes, not the clock). */
  rev?: number;
}

export interface Participant {
  role: ParticipantRole;
  name?: string;
}

export interface AreaEntry {
  ratings: Partial<Record<Perspective, Rating>>;
  goingWell: string;
  worries: string;
  nextSteps: string;
}

export interface Action {
  id: string;
  areaId?: AreaId;
  what: string;
  who: string;
  /** ISO date, yyyy-mm-dd. */
  due?: string;
  done: boolean;
}

export interface Conversation {
  id: string;
  childId: string;
  /** ISO date, yyyy-mm-dd: the day the conversation was held. */
  date: string;
  setting: Setting;
  participants: Participant[];
  uiLanguage: string;
  familyLanguage?: string;
  entries: Record<AreaId, AreaEntry>;
  notes: string;
  actions: Action[];
  /** ISO date, yyyy-mm-dd. */
  followUpDate?: string;
  status: ConversationStatus;
  createdAt: string;
  updatedAt: string;
  /** Revision of the stored record, one more with every write (set by storage; orders writes, not the clock). */
  rev?: number;
  /** When each field was last edited (domain/edits.ts), so that copies merge field by field. */
  edits?: EditTimes;
}

export type NoteField = 'goingWell' | 'worries' | 'nextSteps';
export const NOTE_FIELDS: readonly NoteField[] = ['goingWell', 'worries', 'nextSteps'];

export function emptyAreaEntry(): AreaEntry {
  return { ratings: {}, goingWell: '', worries: '', nextSteps: '' };
}

export function emptyEntries(): Record<AreaId, AreaEntry> {
  return Object.fromEntries(AREA_IDS.map((id) => [id, emptyAreaEntry()])) as Record<AreaId, AreaEntry>;
}

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** Today's date in the device's time zone as yyyy-mm-dd. */
export function todayIsoDate(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function createChild(input: { alias: string; birthYear?: number; languages?: string[] }): Child {
  const at = nowIso();
  const child: Child = {
    id: newId(),
    alias: input.alias.trim(),
    languages: input.languages ?? [],
    network: [],
    createdAt: at,
    updatedAt: at,
  };
  if (input.birthYear !== undefined) child.birthYear = input.birthYear;
  return child;
}

export function createConversation(input: {
  childId: string;
  date?: string;
  setting: Setting;
  participants: Participant[];
  uiLanguage: string;
  familyLanguage?: string;
}): Conversation {
  const at = nowIso();
  const conversation: Conversation = {
    id: newId(),
    childId: input.childId,
    date: input.date ?? todayIsoDate(),
    setting: input.setting,
    participants: input.participants,
    uiLanguage: input.uiLanguage,
    entries: emptyEntries(),
    notes: '',
    actions: [],
    status: 'draft',
    createdAt: at,
    updatedAt: at,
  };
  if (input.familyLanguage) conversation.familyLanguage = input.familyLanguage;
  return conversation;
}

export function createAction(input: { what?: string; who?: string; due?: string; areaId?: AreaId }): Action {
  const action: Action = { id: newId(), what: input.what ?? '', who: input.who ?? '', done: false };
  if (input.due) action.due = input.due;
  if (input.areaId) action.areaId = input.areaId;
  return action;
}
