import type { Child, Conversation } from '../model';
import type { EditTimes } from '../edits';

/**
 * One form for every imported timestamp: UTC (`…Z`), and never after the device's clock. A file written
 * with another offset (`+05:00`) or by a device whose clock ran ahead (`9999-…`) must not sort after
 * every later edit made here.
 */
function timestamp(value: string, now: number): string {
  const t = Date.parse(value);
  return new Date(Math.min(t, now)).toISOString();
}

function editTimes(edits: EditTimes | undefined, now: number): EditTimes | undefined {
  if (!edits) return undefined;
  const out: EditTimes = {};
  for (const [path, time] of Object.entries(edits)) out[path] = Math.min(time, now);
  return out;
}

/** The validated records of a backup with their timestamps and edit times normalised (see above). */
export function normaliseRecords(children: Child[], conversations: Conversation[], at: Date): { children: Child[]; conversations: Conversation[] } {
  const now = at.getTime();
  return {
    children: children.map((child) => ({ ...child, createdAt: timestamp(child.createdAt, now), updatedAt: timestamp(child.updatedAt, now) })),
    conversations: conversations.map((conversation) => {
      const out: Conversation = {
        ...conversation,
        createdAt: timestamp(conversation.createdAt, now),
        updatedAt: timestamp(conversation.updatedAt, now),
      };
      const edits = editTimes(conversation.edits, now);
      if (edits) out.edits = edits;
      return out;
    }),
  };
}
