// Records for the follow-up component tests (history, compare, trend, search), written through the real
// repositories into a fresh fake-indexeddb database per test.
import { createAction, createChild, createConversation, emptyEntries, type Action, type Child, type Conversation } from '../../src/domain/model';
import type { AreaId, Perspective, Rating } from '../../src/domain/wheel';
import { HjuletDatabase, useDatabase } from '../../src/storage/db';
import { saveChild } from '../../src/storage/children';
import { putRecords } from '../../src/storage/conversations';

let counter = 0;

/** A new empty database for this test. */
export function freshDatabase(): void {
  useDatabase(new HjuletDatabase(`followup-component-${Date.now()}-${counter++}`));
}

type Ratings = Partial<Record<AreaId, Partial<Record<Perspective, Rating>>>>;

export function conversationOf(
  child: Child,
  date: string,
  ratings: Ratings = {},
  extra: { actions?: Action[]; notes?: Partial<Record<AreaId, string>>; followUpDate?: string } = {},
): Conversation {
  const conversation = createConversation({
    childId: child.id,
    date,
    setting: 'school',
    participants: [{ role: 'child' }, { role: 'professional' }],
    uiLanguage: 'sv',
  });
  conversation.entries = emptyEntries();
  for (const [area, r] of Object.entries(ratings)) conversation.entries[area as AreaId].ratings = { ...r };
  for (const [area, text] of Object.entries(extra.notes ?? {})) conversation.entries[area as AreaId].worries = text;
  conversation.actions = extra.actions ?? [];
  if (extra.followUpDate) conversation.followUpDate = extra.followUpDate;
  // Distinct creation times keep the order stable for conversations on the same day.
  conversation.createdAt = `${date}T10:00:00.000Z`;
  return conversation;
}

export async function store(child: Child, conversations: Conversation[]): Promise<void> {
  await saveChild(child);
  await putRecords([], conversations);
}

export { createAction, createChild };
