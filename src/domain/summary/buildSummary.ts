// Builds the structured summary of one conversation in the language `t` is bound to.
// User-written text (alias, notes, names) is never passed through `t`, so no translation library can escape
// or interpolate inside it; it is joined to translated labels here instead.
import { areaDirection, compareRatings, summariseByArea, type RatingChange } from '../changes';
import { cleanText } from '../text';
import type { Action, Child, Conversation } from '../model';
import { AREA_IDS, PERSPECTIVES, type AreaId } from '../wheel';
import type {
  Summary,
  SummaryAction,
  SummaryArea,
  SummaryChangeItem,
  SummaryChanges,
  SummaryContact,
  SummaryLabels,
  SummaryAudience,
  SummaryParticipant,
  Translate,
} from './types';
import { areaChildVoice, buildParticipation, childVoiceLabels } from './childVoice';
import { buildConsent, buildSafety, buildTransfer } from './practice';
import { forFamily } from '../practice/safety';

export interface BuildSummaryInput {
  child: Child;
  conversation: Conversation;
  /** An earlier conversation with the same child; adds the rating changes since then. */
  earlier?: Conversation;
  t: Translate;
  /** Formats a yyyy-mm-dd date; wins over `locale`. */
  formatDate?: (iso: string) => string;
  /** BCP 47 locale for Intl date formatting when no `formatDate` is given; else dates stay yyyy-mm-dd. */
  locale?: string;
  /**
   * 'family' (the default: the screen, the print and everything the family or a recipient gets) or
   * 'records' (the text for the records system). Only 'records' holds the safety concerns.
   */
  audience?: SummaryAudience;
}

function dateFormatter(formatDate: ((iso: string) => string) | undefined, locale: string | undefined): (iso: string) => string {
  if (formatDate) return formatDate;
  if (!locale) return (iso) => iso;
  let intl: Intl.DateTimeFormat;
  try {
    // UTC on both sides: a calendar date must not shift a day in the device's zone.
    intl = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  } catch {
    return (iso) => iso;
  }
  return (iso) => {
    const time = Date.parse(`${iso}T00:00:00Z`);
    return Number.isNaN(time) ? iso : intl.format(time);
  };
}

function labelsFor(t: Translate): SummaryLabels {
  return {
    child: t('summary:fields.child'),
    date: t('summary:fields.date'),
    setting: t('summary:fields.setting'),
    participants: t('summary:fields.participants'),
    followUp: t('summary:fields.followUp'),
    areas: t('summary:headings.areas'),
    ratings: t('summary:area.ratings'),
    goingWell: t('summary:area.goingWell'),
    worries: t('summary:area.worries'),
    nextSteps: t('summary:area.nextSteps'),
    empty: t('summary:area.empty'),
    notRated: t('summary:area.notRated'),
    actions: t('summary:headings.actions'),
    who: t('summary:action.who'),
    due: t('summary:action.due'),
    area: t('summary:action.area'),
    status: t('summary:action.status'),
    notes: t('summary:headings.notes'),
    network: t('summary:headings.network'),
    coordinator: t('summary:coordinator'),
    changes: t('summary:headings.changes'),
  };
}

const areaLabel = (t: Translate, id: AreaId) => t(`wheel:areas.${id}.label`);

function buildArea(t: Translate, conversation: Conversation, id: AreaId): SummaryArea {
  const entry = conversation.entries[id];
  const ratings = PERSPECTIVES.flatMap((perspective) => {
    const rating = entry?.ratings?.[perspective];
    if (rating === undefined) return [];
    const perspectiveLabel = t(`wheel:perspectives.${perspective}`);
    const word = t(`wheel:scale.${rating}`);
    const inChildTurn = perspective === 'child' && entry?.childTurn === true;
    const line = `${perspectiveLabel}: ${t('summary:rating', { value: rating, word })}`;
    const text = inChildTurn ? `${line} (${t('summary:childVoice.inTurn')})` : line;
    return [inChildTurn ? { perspective, perspectiveLabel, rating, word, text, inChildTurn } : { perspective, perspectiveLabel, rating, word, text }];
  });
  const goingWell = cleanText(entry?.goingWell);
  const worries = cleanText(entry?.worries);
  const nextSteps = cleanText(entry?.nextSteps);
  const own = areaChildVoice(entry, cleanText);
  const passed = `${t('wheel:perspectives.child')}: ${t('summary:childVoice.passed')}`;
  const childPassedText = !own.childPassed ? '' : own.childTurn ? `${passed} (${t('summary:childVoice.inTurn')})` : passed;
  const empty = ratings.length === 0 && goingWell === '' && worries === '' && nextSteps === '' && own.childWords === '' && !own.childPassed;
  return { id, label: areaLabel(t, id), ratings, goingWell, worries, nextSteps, ...own, childPassedText, empty };
}

function buildAction(t: Translate, action: Action, format: (iso: string) => string): SummaryAction {
  const result: SummaryAction = {
    id: action.id,
    what: cleanText(action.what),
    who: cleanText(action.who),
    done: action.done,
    statusLabel: t(action.done ? 'summary:action.done' : 'summary:action.open'),
  };
  if (action.due) {
    result.due = action.due;
    result.dueText = format(action.due);
  }
  if (action.areaId) {
    result.areaId = action.areaId;
    result.areaLabel = areaLabel(t, action.areaId);
  }
  return result;
}

function buildChangeItem(t: Translate, change: RatingChange): SummaryChangeItem {
  const perspectiveLabel = t(`wheel:perspectives.${change.perspective}`);
  const directionLabel = t(`summary:direction.${change.direction}`);
  const key = change.direction === 'new' ? 'summary:changes.new' : change.direction === 'removed' ? 'summary:changes.removed' : 'summary:changes.compared';
  const text = t(key, { perspective: perspectiveLabel, before: change.before, after: change.after, direction: directionLabel });
  const item: SummaryChangeItem = { perspective: change.perspective, perspectiveLabel, direction: change.direction, directionLabel, text };
  if (change.before !== undefined) item.before = change.before;
  if (change.after !== undefined) item.after = change.after;
  return item;
}

function buildChanges(t: Translate, earlier: Conversation, later: Conversation, format: (iso: string) => string): SummaryChanges {
  const sinceDateText = format(earlier.date);
  return {
    sinceDate: earlier.date,
    sinceDateText,
    sinceText: t('summary:changes.since', { date: sinceDateText }),
    noneText: t('summary:changes.none'),
    areas: summariseByArea(compareRatings(earlier, later)).map((area) => {
      const direction = areaDirection(area.changes);
      return {
        areaId: area.areaId,
        label: areaLabel(t, area.areaId),
        direction,
        directionLabel: t(`summary:direction.${direction}`),
        items: area.changes.map((c) => buildChangeItem(t, c)),
      };
    }),
  };
}

export function buildSummary(input: BuildSummaryInput): Summary {
  const { child, earlier, t } = input;
  const audience = input.audience ?? 'family';
  // The family's copy is built from a conversation without its safety concerns, so none can slip in.
  const conversation = audience === 'records' ? input.conversation : forFamily(input.conversation);
  const format = dateFormatter(input.formatDate, input.locale);

  const participants: SummaryParticipant[] = conversation.participants.map((p) => {
    const roleLabel = t(`summary:role.${p.role}`);
    const name = cleanText(p.name);
    const participant: SummaryParticipant = { role: p.role, roleLabel, text: name ? `${roleLabel} (${name})` : roleLabel };
    if (name) participant.name = name;
    return participant;
  });

  const coordinatorLabel = t('summary:coordinator');
  const network: SummaryContact[] = (child.network ?? []).map((c) => {
    const role = cleanText(c.role);
    const name = cleanText(c.name);
    const who = [role, name].filter((s) => s !== '').join(': ');
    const contact: SummaryContact = { role, coordinator: c.coordinator, text: c.coordinator ? `${who} (${coordinatorLabel})` : who };
    if (name) contact.name = name;
    return contact;
  });

  const summary: Summary = {
    title: t('summary:title'),
    audience,
    labels: labelsFor(t),
    alias: cleanText(child.alias),
    date: conversation.date,
    dateText: format(conversation.date),
    setting: conversation.setting,
    settingLabel: t(`summary:setting.${conversation.setting}`),
    participants,
    areas: AREA_IDS.map((id) => buildArea(t, conversation, id)),
    // A blank row is an action someone started to add and never filled in.
    actions: conversation.actions.filter((a) => a.what.trim() !== '' || a.who.trim() !== '').map((a) => buildAction(t, a, format)),
    notes: cleanText(conversation.notes),
    network,
    childVoice: childVoiceLabels(t),
    hopes: cleanText(conversation.childHopes),
    consent: buildConsent(t, conversation, child, format),
  };
  const participation = buildParticipation(t, conversation, (id) => areaLabel(t, id), cleanText);
  if (participation) summary.participation = participation;
  if (audience === 'records') {
    const safety = buildSafety(t, conversation, format);
    if (safety) summary.safety = safety;
    const transfer = buildTransfer(t, conversation, format);
    if (transfer) summary.transfer = transfer;
  }
  if (conversation.followUpDate) {
    summary.followUpDate = conversation.followUpDate;
    summary.followUpText = format(conversation.followUpDate);
  }
  if (earlier) summary.changes = buildChanges(t, earlier, conversation, format);
  return summary;
}
