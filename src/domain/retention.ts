// Retention (GDPR: keep personal data no longer than needed). The rule: a child's data is due for deletion
// when the child's LAST conversation was held more than N months ago (N = 6, 12, 24 or 36; 0 = never).
// Counting from the last conversation keeps the whole history of a child who is still being met, and
// removes all of it once contact has ended. A child without any conversation counts from the day the
// child was added. Only ids and dates are needed, so the rule works on sealed rows without the key.
import { todayIsoDate } from './model';

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
