// fast-check arbitraries for the data model (src/domain/model.ts), shared by property tests.
// Every value they produce is valid data (version 2: with revisions and edit times where the model has
// them); tests that need invalid data damage it afterwards. Times lie in the past, as a real device's do:
// an import moves any later time back to the device's now.
import fc from 'fast-check';
import {
  AGE_BANDS,
  CONSENT_FORMS,
  CONSENT_ROLES,
  CONVERSATION_STATUSES,
  PARTICIPANT_ROLES,
  PARTICIPATION_WAYS,
  REPORT_CHANNELS,
  SETTINGS,
  VIEW_OBTAINED,
  type Consent,
  type Handover,
  type Participation,
  type SafetyConcern,
  type Action,
  type AreaEntry,
  type Child,
  type Conversation,
  type NetworkContact,
  type Participant,
} from '../../src/domain/model';
import { AREA_IDS, RATINGS, type AreaId } from '../../src/domain/wheel';

const plain = { noNullPrototype: true } as const;

const MIN_TIME = new Date('1990-01-01T00:00:00.000Z');
const MAX_TIME = new Date('2026-06-30T23:59:59.999Z');

/** ISO timestamps as `new Date().toISOString()` writes them. */
export const arbTimestamp = fc.date({ min: MIN_TIME, max: MAX_TIME, noInvalidDate: true }).map((d) => d.toISOString());

/** A stored record's revision. */
export const arbRevision = fc.nat({ max: 1_000_000 });

/** Per-field edit times (domain/edits.ts), in the past. */
export const arbEditTimes = fc.dictionary(
  fc.constantFrom('notes', 'status', 'entries/safe/goingWell', 'entries/active/ratings/child', 'actions/#order', 'actions/[a1]/what'),
  fc.integer({ min: 0, max: MAX_TIME.getTime() }),
  { ...plain, maxKeys: 4 },
);

/** yyyy-mm-dd calendar dates. */
export const arbIsoDate = arbTimestamp.map((t) => t.slice(0, 10));

/** Free text as a user might type it, plus any Unicode, quotes, and key-like values. */
export const arbText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '__proto__', 'constructor', '"}]\\', 'åäö ÅÄÖ', 'نعم', '811218-9876') },
);

export const arbId = fc.uuid();
export const arbLanguage = fc.constantFrom('sv', 'en', 'fi', 'so', 'ar', 'kmr', 'de', 'ti', 'fa-AF');
export const arbRating = fc.constantFrom(...RATINGS);

export const arbNetworkContact: fc.Arbitrary<NetworkContact> = fc.record(
  { id: arbId, role: arbText, name: arbText, coordinator: fc.boolean() },
  { requiredKeys: ['id', 'role', 'coordinator'], ...plain },
);

export const arbHandover: fc.Arbitrary<Handover> = fc.record(
  { id: arbId, direction: fc.constantFrom('sent' as const, 'received' as const), date: arbIsoDate, role: arbText, sender: arbText, message: arbText },
  { requiredKeys: ['id', 'direction', 'date', 'role'], ...plain },
);

export const arbChild: fc.Arbitrary<Child> = fc.record(
  {
    id: arbId,
    alias: arbText,
    birthYear: fc.integer({ min: 2000, max: 2040 }),
    languages: fc.uniqueArray(arbLanguage, { maxLength: 3 }),
    network: fc.uniqueArray(arbNetworkContact, { maxLength: 3, selector: (n) => n.id }),
    handovers: fc.uniqueArray(arbHandover, { maxLength: 2, selector: (h) => h.id }),
    createdAt: arbTimestamp,
    updatedAt: arbTimestamp,
    rev: arbRevision,
  },
  { requiredKeys: ['id', 'alias', 'languages', 'createdAt', 'updatedAt'], ...plain },
);

export const arbAreaEntry: fc.Arbitrary<AreaEntry> = fc.record(
  {
    ratings: fc.record({ child: arbRating, guardian: arbRating, professional: arbRating }, { requiredKeys: [], ...plain }),
    goingWell: arbText,
    worries: arbText,
    nextSteps: arbText,
    childPassed: fc.boolean(),
    childWords: arbText,
    childTurn: fc.boolean(),
  },
  { requiredKeys: ['ratings', 'goingWell', 'worries', 'nextSteps'], ...plain },
);

export const arbParticipation: fc.Arbitrary<Participation> = fc.record(
  {
    childPresent: fc.boolean(),
    ways: fc.uniqueArray(fc.constantFrom(...PARTICIPATION_WAYS), { maxLength: 3 }),
    otherWay: arbText,
    interpreterUsed: fc.boolean(),
    interpreterLanguage: arbLanguage,
    aids: arbText,
    viewObtained: fc.constantFrom(...VIEW_OBTAINED),
    notObtainedReason: arbText,
  },
  { requiredKeys: ['ways'], ...plain },
);

export const arbConsent: fc.Arbitrary<Consent> = fc.record(
  {
    givenBy: fc.array(fc.record({ role: fc.constantFrom(...CONSENT_ROLES), name: arbText }, { requiredKeys: ['role'], ...plain }), { maxLength: 3 }),
    keepNotes: fc.boolean(),
    shareSummary: fc.boolean(),
    shareWith: fc.uniqueArray(arbId, { maxLength: 2 }),
    shareWithOther: arbText,
    form: fc.constantFrom(...CONSENT_FORMS),
    date: arbIsoDate,
    withdrawnDate: arbIsoDate,
  },
  { requiredKeys: ['givenBy', 'keepNotes', 'shareSummary', 'shareWith', 'form', 'date'], ...plain },
);

export const arbSafetyConcern: fc.Arbitrary<SafetyConcern> = fc.record(
  {
    id: arbId,
    areaId: fc.constantFrom(...AREA_IDS),
    raisedDate: arbIsoDate,
    description: arbText,
    outcome: fc.oneof(
      fc.record({ reported: fc.constant(true as const), date: arbIsoDate, to: arbText, channel: fc.constantFrom(...REPORT_CHANNELS) }, plain),
      fc.record({ reported: fc.constant(false as const), date: arbIsoDate, reason: arbText }, plain),
    ),
  },
  { requiredKeys: ['id', 'raisedDate', 'description'], ...plain },
);

export const arbEntries: fc.Arbitrary<Record<AreaId, AreaEntry>> = fc.record(
  Object.fromEntries(AREA_IDS.map((id) => [id, arbAreaEntry])) as Record<AreaId, fc.Arbitrary<AreaEntry>>,
  plain,
);

export const arbAction: fc.Arbitrary<Action> = fc.record(
  {
    id: arbId,
    areaId: fc.constantFrom(...AREA_IDS),
    what: arbText,
    who: arbText,
    whoContactId: arbId,
    due: arbIsoDate,
    done: fc.boolean(),
  },
  { requiredKeys: ['id', 'what', 'who', 'done'], ...plain },
);

export const arbParticipant: fc.Arbitrary<Participant> = fc.record(
  { role: fc.constantFrom(...PARTICIPANT_ROLES), name: arbText },
  { requiredKeys: ['role'], ...plain },
);

export function arbConversation(childIds: readonly string[]): fc.Arbitrary<Conversation> {
  return fc.record(
    {
      id: arbId,
      childId: fc.constantFrom(...childIds),
      date: arbIsoDate,
      setting: fc.constantFrom(...SETTINGS),
      participants: fc.array(arbParticipant, { maxLength: 3 }),
      uiLanguage: arbLanguage,
      familyLanguage: arbLanguage,
      entries: arbEntries,
      notes: arbText,
      actions: fc.uniqueArray(arbAction, { maxLength: 3, selector: (a) => a.id }),
      followUpDate: arbIsoDate,
      status: fc.constantFrom(...CONVERSATION_STATUSES),
      ageBand: fc.constantFrom(...AGE_BANDS),
      childHopes: arbText,
      participation: arbParticipation,
      consent: arbConsent,
      safetyConcerns: fc.uniqueArray(arbSafetyConcern, { maxLength: 2, selector: (s) => s.id }),
      transfer: fc.record({ date: arbIsoDate, system: arbText }, { requiredKeys: ['date'], ...plain }),
      notesErasedDate: arbIsoDate,
      createdAt: arbTimestamp,
      updatedAt: arbTimestamp,
      rev: arbRevision,
      edits: arbEditTimes,
    },
    {
      requiredKeys: ['id', 'childId', 'date', 'setting', 'participants', 'uiLanguage', 'entries', 'notes', 'actions', 'status', 'createdAt', 'updatedAt'],
      ...plain,
    },
  );
}

export interface ArbBackupData {
  children: Child[];
  conversations: Conversation[];
}

/** Children with unique ids and conversations that each belong to one of them. */
export const arbBackupData: fc.Arbitrary<ArbBackupData> = fc
  .uniqueArray(arbChild, { maxLength: 4, selector: (c) => c.id })
  .chain((children) =>
    (children.length === 0
      ? fc.constant([] as Conversation[])
      : fc.uniqueArray(arbConversation(children.map((c) => c.id)), { maxLength: 4, selector: (c) => c.id })
    ).map((conversations) => ({ children, conversations })),
  );
