import type { AgeBand, Child, Conversation } from './model';

/** The band for a child born in `birthYear` on the day `date` (yyyy-mm-dd); 6–12 when the year is not known. */
export function ageBandFor(birthYear: number | undefined, date: string): AgeBand {
  if (birthYear === undefined) return '6-12';
  // Only the year is known: the age the child turns this year, which is right for most of the year.
  const age = Number(date.slice(0, 4)) - birthYear;
  if (age <= 5) return '0-5';
  if (age <= 12) return '6-12';
  return '13-17';
}

/** The band a conversation's child texts use: its own choice, else the one the birth year gives. */
export function conversationAgeBand(conversation: Pick<Conversation, 'ageBand' | 'date'>, child: Pick<Child, 'birthYear'> | undefined): AgeBand {
  return conversation.ageBand ?? ageBandFor(child?.birthYear, conversation.date);
}
