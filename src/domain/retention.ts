// Retention (GDPR: keep personal data no longer than needed). The rule: a child's data is due for deletion
// when the child's LAST conversation was held more than N months ago (N = 6, 12, 24 or 36; 0 = never).
// Counting from the last conversation keeps the whole history of a child who is still being met, and
// removes all of it once contact has ended. A child without any conversation counts from the day the
// child was added. Only ids and dates are needed, so the rule works on sealed rows without the key.
import { addDays, isIsoDate } from './followUp';
import { todayIsoDate, type Conversation } from './model';

export const RETENTION_CHOICES = [0, 6, 12, 24, 36] as const;
export type RetentionMonths = (typeof RETENTION_CHOICES)[number];
/** "Never": nothing is ever due. */
export const NEVER: RetentionMonths = 0;

export function isRetentionMonths(value: unknown): value is RetentionMonths {
  return typeof value === 'number' && (RETENTION_CHOICES as readonly number[]).includes(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The calendar date `months` months before `isoDate` (yyyy-mm-dd). A day that does not exist in the
 * target month becomes that month's last day: 2025-03-31 minus 1 month is 2025-02-28.
 */
export function subtractMonths(isoDate: string, months: number): string {
  const m = ISO_DATE.exec(isoDate);
  if (!m) throw new RangeError('expected yyyy-mm-dd');
  const totalMonths = Number(m[1]) * 12 + (Number(m[2]) - 1) - months;
  const year = Math.floor(totalMonths / 12);
  const month = totalMonths - year * 12; // 0-based
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(year, month + 1, 0); // day 0 of the next month: the last day of this one
  const day = Math.min(Number(m[3]), lastDay.getUTCDate());
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** What the rule needs of a child: its id and when it was added (ISO timestamp). */
export interface RetentionChild {
  id: string;
  createdAt: string;
}

/** What the rule needs of a conversation. */
export interface RetentionConversation {
  id: string;
  childId: string;
  /** yyyy-mm-dd */
  date: string;
}

export interface RetentionDue {
  childId: string;
  /** The date the count started from: the last conversation, or the day the child was added. */
  lastDate: string;
  /** Every conversation of the child, all of which go with it. */
  conversationIds: string[];
}

/** The date from which a child's retention period runs. */
export function lastContactDate(child: RetentionChild, conversations: readonly RetentionConversation[]): string {
  let last = '';
  for (const c of conversations) if (c.childId === child.id && c.date > last) last = c.date;
  return last || todayIsoDate(new Date(child.createdAt));
}

/**
 * Children (with all their conversations) whose last contact is strictly before today minus `months`.
 * Exactly N months ago is kept. Oldest first. With 0 ("never") nothing is due.
 */
export function dueForDeletion(
  children: readonly RetentionChild[],
  conversations: readonly RetentionConversation[],
  months: RetentionMonths,
  today: string,
): RetentionDue[] {
  if (months === NEVER) return [];
  const cutoff = subtractMonths(today, months);
  const byChild = new Map<string, RetentionConversation[]>();
  for (const c of conversations) {
    const list = byChild.get(c.childId);
    if (list) list.push(c);
    else byChild.set(c.childId, [c]);
  }
  const due: RetentionDue[] = [];
  for (const child of children) {
    const own = byChild.get(child.id) ?? [];
    const lastDate = lastContactDate(child, own);
    if (lastDate < cutoff) due.push({ childId: child.id, lastDate, conversationIds: own.map((c) => c.id) });
  }
  return due.sort((a, b) => a.lastDate.localeCompare(b.lastDate) || a.childId.localeCompare(b.childId));
}

// Notes that leave (issue 14): once a conversation's notes have been copied into the records system and
// marked transferred, they are working notes no longer needed here. After a grace period the free text
// goes; what follow-up needs stays: ratings, dates, the actions' what, who and when, the consent and the
// transfer record. Like the rule above it decides from dates only; storage applies it.

export const NOTES_GRACE_CHOICES = [7, 14, 30, 60, 90] as const;
export type NotesGraceDays = (typeof NOTES_GRACE_CHOICES)[number];
export const DEFAULT_NOTES_GRACE_DAYS: NotesGraceDays = 30;
/** The home screen warns this many days before the notes go. */
export const NOTES_WARNING_DAYS = 7;

export function isNotesGraceDays(value: unknown): value is NotesGraceDays {
  return typeof value === 'number' && (NOTES_GRACE_CHOICES as readonly number[]).includes(value);
}

/** What the rule needs of a conversation. */
export interface TransferredConversation {
  id: string;
  childId: string;
  transfer?: { date: string };
  notesErasedDate?: string;
}

export interface NotesErasure {
  conversationId: string;
  childId: string;
  /** The day the notes go: the transfer date plus the grace period. */
  eraseDate: string;
}

/** The day a conversation transferred on `transferDate` loses its notes. */
export function notesEraseDate(transferDate: string, graceDays: number): string {
  return addDays(transferDate, graceDays);
}

function erasures(conversations: readonly TransferredConversation[], graceDays: number): NotesErasure[] {
  return conversations.flatMap((c) =>
    c.transfer && !c.notesErasedDate && isIsoDate(c.transfer.date)
      ? [{ conversationId: c.id, childId: c.childId, eraseDate: notesEraseDate(c.transfer.date, graceDays) }]
      : [],
  );
}

/** Transferred conversations whose grace period is over today (the erase date is today or earlier). */
export function notesDueForErasure(conversations: readonly TransferredConversation[], graceDays: number, today: string): NotesErasure[] {
  return erasures(conversations, graceDays)
    .filter((e) => e.eraseDate <= today)
    .sort((a, b) => a.eraseDate.localeCompare(b.eraseDate) || a.conversationId.localeCompare(b.conversationId));
}

/** Notes that go within the warning week (after today, at most NOTES_WARNING_DAYS days from now). */
export function notesErasedSoon(conversations: readonly TransferredConversation[], graceDays: number, today: string): NotesErasure[] {
  const last = addDays(today, NOTES_WARNING_DAYS);
  return erasures(conversations, graceDays)
    .filter((e) => e.eraseDate > today && e.eraseDate <= last)
    .sort((a, b) => a.eraseDate.localeCompare(b.eraseDate) || a.conversationId.localeCompare(b.conversationId));
}

/**
 * The conversation without its free-text notes: the area notes and the child's words, the overall notes,
 * the child's hopes, what a safety concern said and why a view could not be obtained. Kept: ratings,
 * dates, participants, actions (what, who, when, done), the consent and its scope, the outcome of each
 * concern (the report's date, receiver and way) and the transfer record. When nothing is left
 * to erase, the result equals the input but for the date, which is set once.
 */
export function eraseNotes(conversation: Conversation, today: string): Conversation {
  const entries = Object.fromEntries(
    Object.entries(conversation.entries).map(([id, entry]) => {
      const { childWords: _words, ...rest } = entry;
      return [id, { ...rest, goingWell: '', worries: '', nextSteps: '' }];
    }),
  ) as Conversation['entries'];
  const { childHopes: _hopes, ...rest } = conversation;
  const erased: Conversation = { ...rest, entries, notes: '', notesErasedDate: conversation.notesErasedDate ?? today };
  if (conversation.safetyConcerns) erased.safetyConcerns = conversation.safetyConcerns.map((c) => ({ ...c, description: '' }));
  if (conversation.participation) {
    const { notObtainedReason: _reason, ...participation } = conversation.participation;
    erased.participation = participation;
  }
  return erased;
}
