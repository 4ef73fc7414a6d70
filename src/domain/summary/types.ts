// The structured summary of one conversation: every text already in the chosen language, so a print view
// or the plain-text layout only arranges it and never needs a translate function.
import type { AreaChangeDirection, ChangeDirection } from '../changes';
import type { ParticipantRole, Setting } from '../model';
import type { AreaId, Perspective, Rating } from '../wheel';

/** A translate function bound to one language; keys are 'namespace:path', e.g. 'wheel:areas.safe.label'. */
export type Translate = (key: string, vars?: Record<string, unknown>) => string;

export interface SummaryLabels {
  child: string;
  date: string;
  setting: string;
  participants: string;
  followUp: string;
  areas: string;
  ratings: string;
  goingWell: string;
  worries: string;
  nextSteps: string;
  empty: string;
  notRated: string;
  actions: string;
  who: string;
  due: string;
  area: string;
  status: string;
  notes: string;
  network: string;
  coordinator: string;
  changes: string;
}

export interface SummaryRating {
  perspective: Perspective;
  perspectiveLabel: string;
  rating: Rating;
  /** The scale's word for the rating, e.g. "Ganska bra". */
  word: string;
  /** One line, e.g. "Barnet: 4 av 5, Ganska bra". */
  text: string;
}

export interface SummaryArea {
  id: AreaId;
  label: string;
  /** Only perspectives that gave a rating, in perspective order. */
  ratings: SummaryRating[];
  goingWell: string;
  worries: string;
  nextSteps: string;
  /** Neither a rating nor a note: shown compactly. */
  empty: boolean;
}

export interface SummaryParticipant {
  role: ParticipantRole;
  roleLabel: string;
  name?: string;
  text: string;
}

export interface SummaryAction {
  id: string;
  what: string;
  who: string;
  due?: string;
  dueText?: string;
  done: boolean;
  statusLabel: string;
  areaId?: AreaId;
  areaLabel?: string;
}

export interface SummaryContact {
  role: string;
  name?: string;
  coordinator: boolean;
  /** e.g. "Skolkurator: Lisa (Samordnare)". */
  text: string;
}

export interface SummaryChangeItem {
  perspective: Perspective;
  perspectiveLabel: string;
  before?: Rating;
  after?: Rating;
  direction: ChangeDirection;
  directionLabel: string;
  text: string;
}

export interface SummaryAreaChange {
  areaId: AreaId;
  label: string;
  direction: AreaChangeDirection;
  directionLabel: string;
  items: SummaryChangeItem[];
}

export interface SummaryChanges {
  sinceDate: string;
  sinceDateText: string;
  /** e.g. "Jämfört med samtalet 3 februari 2025". */
  sinceText: string;
  areas: SummaryAreaChange[];
  /** Shown when neither conversation has a rating to compare. */
  noneText: string;
}

export interface Summary {
  title: string;
  labels: SummaryLabels;
  alias: string;
  date: string;
  dateText: string;
  setting: Setting;
  settingLabel: string;
  participants: SummaryParticipant[];
  areas: SummaryArea[];
  /** Actions with something written in them; blank rows are left out. */
  actions: SummaryAction[];
  notes: string;
  followUpDate?: string;
  followUpText?: string;
  network: SummaryContact[];
  changes?: SummaryChanges;
}
