// fast-check arbitraries for the data model (src/domain/model.ts), shared by property tests.
// Every value they produce is valid data (version 2: with revisions and edit times where the model has
// them); tests that need invalid data damage it afterwards. Times lie in the past, as a real device's do:
// an import moves any later time back to the device's now.
import fc from 'fast-check';
import {
  CONVERSATION_STATUSES,
  PARTICIPANT_ROLES,
  SETTINGS,
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
export const arbTimestamp = fc
  .date({ min: MIN_TIME, max: MAX_TIME, noInvalidDate: true })
  .map((d) => d.toISOString());

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

export const arbChild: fc.Arbitrary<Child> = fc.record(
  {
    id: arbId,
    alias: arbText,
    birthYear: fc.integer({ min: 2000, max: 2040 }),
    languages: fc.uniqueArray(arbLanguage, { maxLength: 3 }),
    network: fc.uniqueArray(arbNetworkContact, { maxLength: 3, selector: (n) => n.id }),
    createdAt: arbTimestamp,
    updatedAt: arbTimestamp,
    rev: arbRevision,
  },
  { requiredKeys: ['id', 'alias', 'languages', 'createdAt', 'updatedAt'], ...plain },
);

export const arbAreaEntry: fc.Arbitrary<AreaEntry> = fc.record(
  {
    ratings: fc.record(
      { child: arbRating, guardian: arbRating, professional: arbRating },
      { requiredKeys: [], ...plain },
    ),
    goingWell: arbText,
    worries: arbText,
    nextSteps: arbText,
  },
  plain,
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
      createdAt: arbTimestamp,
      updatedAt: arbTimestamp,
      rev: arbRevision,
      edits: arbEditTimes,
    },
    {
      requiredKeys: [
        'id',
        'childId',
        'date',
        'setting',
        'participants',
        'uiLanguage',
        'entries',
        'notes',
        'actions',
        'status',
        'createdAt',
        'updatedAt',
      ],
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
