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

/** A handover of the child to the next responsible person (Kronoberg's model: at every transition). */
export interface Handover {
  id: string;
  /** 'sent': this device made the handover file; 'received': this device imported one. */
  direction: 'sent' | 'received';
  /** yyyy-mm-dd */
  date: string;
  /** To whom (sent) or from whom (received), as a role: "rektor på Ekbackeskolan". */
  role: string;
  /** Who handed over, as a role ("skolsköterska på Solbacken"), so that the receiver's record can say from whom. */
  sender?: string;
  /** The message that went with the file. */
  message?: string;
}

export interface Child {
  id: string;
  /** Initials or a pseudonym; never a personal identity number. */
  alias: string;
  birthYear?: number;
  languages: string[];
  network?: NetworkContact[];
  handovers?: Handover[];
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
  /** The child did not want to answer ("I'd rather not say"): its own answer, not the same as not rated. */
  childPassed?: boolean;
  /** The child's own words about the area, typed by the child or written down word for word. */
  childWords?: string;
  /** The child's answer here (rating, pass or words) was given in the child's turn, on the device. */
  childTurn?: boolean;
}

export interface Action {
  id: string;
  areaId?: AreaId;
  what: string;
  who: string;
  /** The person or service of the child's network who does it, when `who` is one of them. */
  whoContactId?: string;
  /** ISO date, yyyy-mm-dd. */
  due?: string;
  done: boolean;
}

/** Age bands of the child texts and prompts; the band follows the birth year unless a conversation sets one. */
export const AGE_BANDS = ['0-5', '6-12', '13-17'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const PARTICIPATION_WAYS = ['talked', 'pointed', 'childTurn', 'drew', 'wrote', 'other'] as const;
export type ParticipationWay = (typeof PARTICIPATION_WAYS)[number];

export const VIEW_OBTAINED = ['yes', 'partly', 'no'] as const;
export type ViewObtained = (typeof VIEW_OBTAINED)[number];

/** How the child took part (SOSFS 2014:5: whether and how the child's views were sought). */
export interface Participation {
  childPresent?: boolean;
  ways: ParticipationWay[];
  /** What "other" was. */
  otherWay?: string;
  interpreterUsed?: boolean;
  interpreterLanguage?: string;
  /** Aids used: picture support, sign language, a communication device … */
  aids?: string;
  viewObtained?: ViewObtained;
  /** Why the child's view could not (wholly) be obtained. */
  notObtainedReason?: string;
}

export const CONSENT_ROLES = ['child', 'guardian', 'other'] as const;
export type ConsentRole = (typeof CONSENT_ROLES)[number];

export interface ConsentParty {
  role: ConsentRole;
  /** Which guardian, as the family says it ("mamma", "pappa"), or who "other" is. */
  name?: string;
}

export const CONSENT_FORMS = ['oral', 'written'] as const;
export type ConsentForm = (typeof CONSENT_FORMS)[number];

/** Consent for this conversation, with its scope (the Secrecy Act: some information, some recipients, never general). */
export interface Consent {
  givenBy: ConsentParty[];
  /** That the notes are kept in this app. */
  keepNotes: boolean;
  /** That the summary is shared … */
  shareSummary: boolean;
  /** … with these persons or services of the child's network (NetworkContact ids) … */
  shareWith: string[];
  /** … and with these others, in the professional's words. */
  shareWithOther?: string;
  form: ConsentForm;
  /** yyyy-mm-dd */
  date: string;
  /** yyyy-mm-dd: the consent was withdrawn. */
  withdrawnDate?: string;
}

export const REPORT_CHANNELS = ['phone', 'written', 'e-service', 'in-person'] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

/** What came of a worry for the child's safety: a report to social services, or none and why. */
export type ReportOutcome = { reported: true; date: string; to: string; channel: ReportChannel } | { reported: false; date: string; reason: string };

/** "Jag är orolig för att barnet far illa": never shown to the family or in the child's turn. */
export interface SafetyConcern {
  id: string;
  /** The area it came up in; absent for the whole conversation. */
  areaId?: AreaId;
  /** yyyy-mm-dd */
  raisedDate: string;
  /** What was seen or heard, in the professional's words. */
  description: string;
  /** Absent while the question is open (the home screen reminds). */
  outcome?: ReportOutcome;
}

/** The conversation's notes were copied into the records system. */
export interface Transfer {
  /** yyyy-mm-dd */
  date: string;
  system?: string;
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
  /** Child texts for this age band instead of the one the birth year gives. */
  ageBand?: AgeBand;
  /** The child's answer to "What would make things better? / My hopes". */
  childHopes?: string;
  participation?: Participation;
  consent?: Consent;
  safetyConcerns?: SafetyConcern[];
  transfer?: Transfer;
  /** yyyy-mm-dd: the free-text notes were erased, the grace period after the transfer being over. */
  notesErasedDate?: string;
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
