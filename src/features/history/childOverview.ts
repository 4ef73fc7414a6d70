import type { Child, Conversation } from '../../domain/model';

export interface ChildOverview {
  child: Child;
  latestDate?: string;
  /** The next follow-up date the child's latest conversations agreed on. */
  followUpDate?: string;
  overdue: boolean;
}

/** One line per child for the home screen: latest conversation and the follow-up that is due. */
export function childOverviews(children: Child[], conversations: Conversation[], today: string): ChildOverview[] {
  const byChild = new Map<string, Conversation[]>();
  for (const conversation of conversations) {
    const list = byChild.get(conversation.childId) ?? [];
    list.push(conversation);
    byChild.set(conversation.childId, list);
  }
  return children.map((child) => {
    const list = (byChild.get(child.id) ?? []).sort((a, b) => b.date.localeCompare(a.date));
    const latest = list[0];
    const overview: ChildOverview = { child, overdue: false };
    if (latest) overview.latestDate = latest.date;
    if (latest?.followUpDate) {
      overview.followUpDate = latest.followUpDate;
      overview.overdue = latest.followUpDate < today;
    }
    return overview;
  });
}
