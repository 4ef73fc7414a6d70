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

/** The labels of the child's voice: own words, the pass, the child's turn, hopes, and the quotation marks. */
export interface SummaryChildVoiceLabels {
  childWords: string;
  /** "Did not want to say". */
  childPassed: string;
  /** Said of an answer the child gave in the child's turn, e.g. "i Barnets tur". */
  inChildTurn: string;
  hopes: string;
  quoteOpen: string;
  quoteClose: string;
}

/** One labelled fact, e.g. "Tolk: Ja (somaliska)". */
export interface SummaryFact {
  label: string;
  text: string;
}

/** How the child took part ("Barnets delaktighet"). */
export interface SummaryParticipation {
  heading: string;
  facts: SummaryFact[];
}

export interface SummaryRating {
  perspective: Perspective;
  perspectiveLabel: string;
  rating: Rating;
  /** The scale's word for the rating, e.g. "Ganska bra". */
  word: string;
  /** One line, e.g. "Barnet: 4 av 5, Ganska bra" (and "(i Barnets tur)" when the child gave it there). */
  text: string;
  /** The child's rating, given by the child in the child's turn. */
  inChildTurn?: boolean;
}

export interface SummaryArea {
  id: AreaId;
  label: string;
  /** Only perspectives that gave a rating, in perspective order. */
  ratings: SummaryRating[];
  goingWell: string;
  worries: string;
  nextSteps: string;
  /** The child's own words about the area (shown in quotation marks); empty when none. */
  childWords: string;
  /** The child did not want to say ("I'd rather not say"), and gave no rating. */
  childPassed: boolean;
  /** One line for the pass, e.g. "Barnet: Ville inte säga (i Barnets tur)"; empty when not passed. */
  childPassedText: string;
  /** The child's answer here was given in the child's turn. */
  childTurn: boolean;
  /** Neither a rating nor a note nor anything of the child's own: shown compactly. */
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

/** The consent's scope, or that none is recorded, as lines ready to show (docs/practice.md). */
export interface SummaryConsent {
  heading: string;
  recorded: boolean;
  lines: string[];
}

/** A worry for the child's safety and what came of it, as lines: only ever in the records text. */
export interface SummarySafetyConcern {
  id: string;
  open: boolean;
  lines: string[];
}

export interface SummarySafety {
  heading: string;
  concerns: SummarySafetyConcern[];
}

/**
 * Who the summary is for. 'family' (the default, and the printed summary) never holds a safety concern;
 * 'records' (the text for the records system) holds them and the transfer record.
 */
export type SummaryAudience = 'family' | 'records';

export interface Summary {
  title: string;
  audience: SummaryAudience;
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
  childVoice: SummaryChildVoiceLabels;
  /** The child's answer to "What would make things better? My hopes"; empty when none. */
  hopes: string;
  participation?: SummaryParticipation;
  consent: SummaryConsent;
  /** Only when the audience is 'records'. */
  safety?: SummarySafety;
  /** Only when the audience is 'records': transferred to the records system, notes erased. */
  transfer?: string[];
}
