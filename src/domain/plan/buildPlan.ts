// Builds Barnets plan from a child's conversations. It reads every conversation through forFamily, so a
// safety concern can never reach the plan (it goes to the family and the whole network).
import { compareConversations } from '../changes';
import { isOverdue, openActions } from '../followUp';
import type { Child, Conversation } from '../model';
import { forFamily } from '../practice/safety';
import { buildConsent } from '../summary/practice';
import { cleanText } from '../text';
import { contactText } from './contactText';
import type { Translate } from '../summary/types';
import { AREA_IDS, PERSPECTIVES, type AreaId } from '../wheel';
import type { Plan, PlanAction, PlanAreaText, PlanLabels, PlanNeed } from './types';

export interface BuildPlanInput {
  child: Child;
  conversations: readonly Conversation[];
  t: Translate;
  formatDate: (iso: string) => string;
  /** yyyy-mm-dd: the plan's date, and what counts as overdue. */
  today: string;
}

function labelsFor(t: Translate): PlanLabels {
  const keys = [
    'child',
    'made',
    'basedOn',
    'childWords',
    'hopes',
    'goingWell',
    'needs',
    'ratings',
    'worries',
    'nextSteps',
    'actions',
    'what',
    'who',
    'due',
    'status',
    'noActions',
    'coordinator',
    'noCoordinator',
    'followUp',
    'noFollowUp',
    'agreement',
    'agreementIntro',
    'signature',
    'date',
    'nothing',
  ] as const;
  return Object.fromEntries(keys.map((k) => [k, t(`practice:plan.labels.${k}`)])) as unknown as PlanLabels;
}

/** For each area, the newest conversation's non-empty text of `pick`. */
function newestPerArea(
  newestFirst: readonly Conversation[],
  pick: (c: Conversation, id: AreaId) => string | undefined,
  t: Translate,
  format: (iso: string) => string,
): PlanAreaText[] {
  return AREA_IDS.flatMap((areaId) => {
    for (const c of newestFirst) {
      const text = cleanText(pick(c, areaId));
      if (text) return [{ areaId, areaLabel: t(`wheel:areas.${areaId}.label`), text, date: c.date, dateText: format(c.date) }];
    }
    return [];
  });
}

function needs(newestFirst: readonly Conversation[], t: Translate, format: (iso: string) => string): PlanNeed[] {
  return AREA_IDS.flatMap((areaId) => {
    const from = newestFirst.find((c) => cleanText(c.entries[areaId]?.worries) || cleanText(c.entries[areaId]?.nextSteps));
    if (!from) return [];
    const entry = from.entries[areaId];
    const ratings = PERSPECTIVES.flatMap((p) => {
      const r = entry.ratings[p];
      return r === undefined ? [] : [`${t(`wheel:perspectives.${p}`)}: ${t('summary:rating', { value: r, word: t(`wheel:scale.${r}`) })}`];
    });
    return [
      {
        areaId,
        areaLabel: t(`wheel:areas.${areaId}.label`),
        ratings,
        worries: cleanText(entry.worries),
        nextSteps: cleanText(entry.nextSteps),
        dateText: format(from.date),
      },
    ];
  });
}

function participants(child: Child, latest: Conversation | undefined, t: Translate): string[] {
  const lines = [`${t('summary:role.child')}: ${cleanText(child.alias)}`];
  const guardians = new Set<string>();
  for (const p of latest?.participants ?? []) if (p.role === 'guardian') guardians.add(cleanText(p.name));
  for (const p of latest?.consent?.givenBy ?? []) if (p.role === 'guardian') guardians.add(cleanText(p.name));
  // A named guardian makes an unnamed one of the same conversation redundant.
  if (guardians.size > 1) guardians.delete('');
  if (guardians.size === 0) guardians.add('');
  for (const name of guardians) lines.push(name ? `${t('summary:role.guardian')}: ${name}` : t('summary:role.guardian'));
  for (const contact of child.network ?? []) lines.push(contactText(contact));
  return lines;
}

export function buildPlan(input: BuildPlanInput): Plan {
  const { child, t, formatDate: format, today } = input;
  const newestFirst = input.conversations
    .filter((c) => c.childId === child.id)
    .map(forFamily)
    .sort((a, b) => compareConversations(b, a));
  const latest = newestFirst[0];
  const network = child.network ?? [];
  const byId = new Map(network.map((c) => [c.id, c]));

  const actions: PlanAction[] = openActions(newestFirst).map(({ action }) => {
    const contact = action.whoContactId ? byId.get(action.whoContactId) : undefined;
    const overdue = action.due !== undefined && isOverdue(action.due, today);
    const item: PlanAction = {
      id: action.id,
      what: cleanText(action.what),
      who: contact ? contactText(contact) : cleanText(action.who),
      overdue,
      statusLabel: t(overdue ? 'practice:plan.overdue' : 'summary:action.open'),
    };
    if (action.due) {
      item.due = action.due;
      item.dueText = format(action.due);
    }
    if (action.areaId) item.areaLabel = t(`wheel:areas.${action.areaId}.label`);
    return item;
  });

  const coordinator = network.find((c) => c.coordinator);
  const dates = [...newestFirst].reverse().map((c) => format(c.date));
  const plan: Plan = {
    title: t('practice:plan.title'),
    labels: labelsFor(t),
    alias: cleanText(child.alias),
    madeText: format(today),
    basedOnText: dates.join(', '),
    childWords: newestPerArea(newestFirst, (c, id) => c.entries[id]?.childWords, t, format),
    hopes: newestFirst.flatMap((c) => (cleanText(c.childHopes) ? [{ text: cleanText(c.childHopes), dateText: format(c.date) }] : [])).slice(0, 1),
    goingWell: newestPerArea(newestFirst, (c, id) => c.entries[id]?.goingWell, t, format),
    needs: needs(newestFirst, t, format),
    actions,
    consent: latest ? buildConsent(t, latest, child, format) : { heading: t('summary:consent.heading'), recorded: false, lines: [t('summary:consent.none')] },
    participants: participants(child, latest, t),
  };
  if (coordinator) plan.coordinator = contactText(coordinator);
  if (latest?.followUpDate) {
    plan.followUp = latest.followUpDate;
    plan.followUpText = format(latest.followUpDate);
  }
  return plan;
}
