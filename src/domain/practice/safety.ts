// A worry for the child's safety ("Jag är orolig för att barnet far illa") and what came of it. The
// record belongs to the professional's side only: the rule that keeps it away from everything the family
// or the child sees lives here, so that every view built on it (the family summary, the family view, the
// child's turn, Barnets plan) leaves it out by construction rather than by each view remembering.
import type { Conversation, ReportOutcome, SafetyConcern } from '../model';

export interface OpenConcern {
  concern: SafetyConcern;
  childId: string;
  conversationId: string;
}

/** Concerns still without an outcome (report made or not), oldest first: the home screen reminds of them. */
export function openConcerns(conversations: readonly Conversation[]): OpenConcern[] {
  const open: OpenConcern[] = [];
  for (const conversation of conversations) {
    for (const concern of conversation.safetyConcerns ?? []) {
      if (!concern.outcome) open.push({ concern, childId: conversation.childId, conversationId: conversation.id });
    }
  }
  return open.sort((a, b) => a.concern.raisedDate.localeCompare(b.concern.raisedDate) || a.concern.id.localeCompare(b.concern.id));
}

/** Every concern of a child's conversations, newest first, with the conversation it was raised in. */
export function childConcerns(conversations: readonly Conversation[]): Array<OpenConcern & { conversationDate: string }> {
  return conversations
    .flatMap((c) => (c.safetyConcerns ?? []).map((concern) => ({ concern, childId: c.childId, conversationId: c.id, conversationDate: c.date })))
    .sort((a, b) => b.concern.raisedDate.localeCompare(a.concern.raisedDate) || a.concern.id.localeCompare(b.concern.id));
}

/**
 * The conversation as the family and the child may see it: no safety concerns. Views turned toward the
 * family take their data through this, never from the stored conversation directly.
 */
export function forFamily(conversation: Conversation): Conversation {
  if (conversation.safetyConcerns === undefined) return conversation;
  const { safetyConcerns: _left, ...rest } = conversation;
  return rest;
}

/** Adds or replaces one concern (by id), keeping the others' order. */
export function upsertConcern(conversation: Conversation, concern: SafetyConcern): Conversation {
  const list = conversation.safetyConcerns ?? [];
  const next = list.some((c) => c.id === concern.id) ? list.map((c) => (c.id === concern.id ? concern : c)) : [...list, concern];
  return { ...conversation, safetyConcerns: next };
}

export function removeConcern(conversation: Conversation, id: string): Conversation {
  const next = (conversation.safetyConcerns ?? []).filter((c) => c.id !== id);
  if (next.length === 0) return forFamily(conversation);
  return { ...conversation, safetyConcerns: next };
}

/** What is still missing before an outcome can be recorded; undefined when it is complete. */
export function outcomeProblem(outcome: ReportOutcome): 'date' | 'to' | 'reason' | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(outcome.date)) return 'date';
  if (outcome.reported) return outcome.to.trim() === '' ? 'to' : undefined;
  return outcome.reason.trim() === '' ? 'reason' : undefined;
}
