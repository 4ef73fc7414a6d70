// Barnets plan: every text already in the chosen language, so the print view and the plain text only
// arrange it. Its parts follow a SIP (samordnad individuell plan): needs, actions, who is responsible,
// who holds the overall responsibility, follow-up, and a line for each participant's agreement.
import type { AreaId } from '../wheel';
import type { SummaryConsent } from '../summary/types';

export interface PlanLabels {
  child: string;
  made: string;
  basedOn: string;
  childWords: string;
  hopes: string;
  goingWell: string;
  needs: string;
  ratings: string;
  worries: string;
  nextSteps: string;
  actions: string;
  what: string;
  who: string;
  due: string;
  status: string;
  noActions: string;
  coordinator: string;
  noCoordinator: string;
  followUp: string;
  noFollowUp: string;
  agreement: string;
  agreementIntro: string;
  signature: string;
  date: string;
  nothing: string;
}

/** A text from one area of one conversation, with the date it was said. */
export interface PlanAreaText {
  areaId: AreaId;
  areaLabel: string;
  text: string;
  date: string;
  dateText: string;
}

export interface PlanNeed {
  areaId: AreaId;
  areaLabel: string;
  /** The ratings of the conversation the need comes from, one line per perspective. */
  ratings: string[];
  worries: string;
  nextSteps: string;
  dateText: string;
}

export interface PlanAction {
  id: string;
  what: string;
  /** The network's person or service (by whoContactId) or the words written in the action. */
  who: string;
  due?: string;
  dueText?: string;
  overdue: boolean;
  statusLabel: string;
  areaLabel?: string;
}

export interface Plan {
  title: string;
  labels: PlanLabels;
  alias: string;
  madeText: string;
  /** The conversations it is built from, oldest first, as dates. */
  basedOnText: string;
  childWords: PlanAreaText[];
  hopes: Array<{ text: string; dateText: string }>;
  goingWell: PlanAreaText[];
  needs: PlanNeed[];
  actions: PlanAction[];
  /** The network's coordinator (overall responsibility), as "role: name". */
  coordinator?: string;
  followUp?: string;
  followUpText?: string;
  consent: SummaryConsent;
  /** One line each for the agreement: the child, the guardians, the network. */
  participants: string[];
}
