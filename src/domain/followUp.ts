// Follow-ups: open actions across a child's conversations, what is due soon and what is overdue.
// Dates are calendar days (yyyy-mm-dd) in the user's time zone, so plain string comparison orders them.
import { compareConversations } from './changes';
import type { Action, Child, Conversation } from './model';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** An action due today still has today; it is overdue from tomorrow. Bad dates are never overdue. */
export function isOverdue(due: string, today: string): boolean {
  return isIsoDate(due) && isIsoDate(today) && due < today;
}

function toUtcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtcDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const date = toUtcDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtcDate(date);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / 86_400_000);
}

function partsIn(now: Date, timeZone: string | undefined): string {
  // en-US with explicit numeric parts gives Latin digits whatever the device language is.
  const parts = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}

/**
 * The calendar date at `now` in `timeZone` (the device's zone when left out), as yyyy-mm-dd.
 * 23:30 UTC is already tomorrow in Stockholm. An unknown zone name falls back to the device's zone,
 * because a bad setting must not take down the home screen.
 */
export function todayInZone(now: Date, timeZone?: string): string {
  try {
    return partsIn(now, timeZone);
  } catch (error) {
    if (error instanceof RangeError && timeZone !== undefined) return partsIn(now, undefined);
    throw error;
  }
}

export interface OpenAction {
  action: Action;
  childId: string;
  /** The conversation holding the newest copy of the action. */
  conversationId: string;
  conversationDate: string;
}

function isBlank(action: Action): boolean {
  return action.what.trim() === '' && action.who.trim() === '';
}

/**
 * Actions not yet done across conversations. An action carried forward into a later conversation keeps its
 * id, so for each id only the newest copy counts: done there means done, even if an older copy is open.
 * Blank rows (no what, no who) are left out. Sorted by due date (undated last), then newest conversation.
 */
export function openActions(conversations: readonly Conversation[]): OpenAction[] {
  const newest = new Map<string, { action: Action; conversation: Conversation }>();
  for (const conversation of conversations) {
    for (const action of conversation.actions) {
      const seen = newest.get(action.id);
      if (seen === undefined || compareConversations(conversation, seen.conversation) > 0) {
        newest.set(action.id, { action, conversation });
      }
    }
  }
  const open: OpenAction[] = [];
  for (const { action, conversation } of newest.values()) {
    if (action.done || isBlank(action)) continue;
    open.push({ action, childId: conversation.childId, conversationId: conversation.id, conversationDate: conversation.date });
  }
  return open.sort((a, b) => {
    const ad = a.action.due;
    const bd = b.action.due;
    if (ad !== bd) {
      if (ad === undefined) return 1;
      if (bd === undefined) return -1;
      return ad < bd ? -1 : 1;
    }
    return a.conversationDate === b.conversationDate ? 0 : a.conversationDate > b.conversationDate ? -1 : 1;
  });
}

export type FollowUpKind = 'meeting' | 'action';

export interface FollowUpItem {
  kind: FollowUpKind;
  childId: string;
  alias: string;
  conversationId: string;
  /** The meeting's follow-up date or the action's due date. */
  date: string;
  /** Days from today: 0 today, negative when overdue. */
  daysLeft: number;
  overdue: boolean;
  action?: Action;
}

// One collator for every sort, made when first needed: String#localeCompare sets one up per call, which is
// slow for thousands of items, and a new Intl.Collator per home-screen render costs a long task too.
let collator: Intl.Collator | undefined;
const aliasCollator = (): Intl.Collator => (collator ??= new Intl.Collator());

/**
 * Everything with a date for the home screen. A meeting date counts only from the child's latest
 * conversation: once they have met again, the earlier follow-up date is done with.
 */
function datedFollowUps(children: readonly Child[], conversations: readonly Conversation[], today: string): FollowUpItem[] {
  const childById = new Map(children.map((c) => [c.id, c]));
  const byChild = new Map<string, Conversation[]>();
  for (const c of conversations) {
    // Conversations of a deleted child are not shown anywhere, so not here either.
    if (!childById.has(c.childId)) continue;
    const list = byChild.get(c.childId) ?? [];
    list.push(c);
    byChild.set(c.childId, list);
  }
  const items: FollowUpItem[] = [];
  const item = (kind: FollowUpKind, child: Child, conversationId: string, date: string): FollowUpItem => {
    const daysLeft = daysBetween(today, date);
    return { kind, childId: child.id, alias: child.alias, conversationId, date, daysLeft, overdue: daysLeft < 0 };
  };
  for (const [childId, list] of byChild) {
    const child = childById.get(childId) as Child;
    const latest = list.reduce((a, b) => (compareConversations(b, a) > 0 ? b : a));
    if (latest.followUpDate !== undefined && isIsoDate(latest.followUpDate)) {
      items.push(item('meeting', child, latest.id, latest.followUpDate));
    }
    for (const open of openActions(list)) {
      const due = open.action.due;
      if (due === undefined || !isIsoDate(due)) continue;
      items.push({ ...item('action', child, open.conversationId, due), action: open.action });
    }
  }
  // Nothing to sort (a first start, most days): no collator, whose setup alone is a long task on a slow phone.
  if (items.length < 2) return items;
  const byAlias = aliasCollator().compare;
  return items.sort(
    (a, b) => (a.date === b.date ? 0 : a.date < b.date ? -1 : 1) || byAlias(a.alias, b.alias) || (a.kind === b.kind ? 0 : a.kind === 'meeting' ? -1 : 1),
  );
}

/** Both lists of the home screen from one pass over the records: overdue, and due within `days`. */
export function followUpLists(
  children: readonly Child[],
  conversations: readonly Conversation[],
  today: string,
  days = 30,
): { overdue: FollowUpItem[]; upcoming: FollowUpItem[] } {
  const all = datedFollowUps(children, conversations, today);
  return { overdue: all.filter((i) => i.overdue), upcoming: all.filter((i) => i.daysLeft >= 0 && i.daysLeft <= days) };
}

/** Meetings and action due dates from today up to and including `today + days`. */
export function upcomingFollowUps(children: readonly Child[], conversations: readonly Conversation[], today: string, days = 30): FollowUpItem[] {
  return datedFollowUps(children, conversations, today).filter((i) => i.daysLeft >= 0 && i.daysLeft <= days);
}

/** Meetings and action due dates before today, oldest first. */
export function overdueFollowUps(children: readonly Child[], conversations: readonly Conversation[], today: string): FollowUpItem[] {
  return datedFollowUps(children, conversations, today).filter((i) => i.overdue);
}
