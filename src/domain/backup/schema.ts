import * as v from 'valibot';
import { AREA_IDS, PERSPECTIVES, RATINGS, type AreaId } from '../wheel';
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
  type Action,
  type AreaEntry,
  type Child,
  type Conversation,
} from '../model';
import { MAX_ITERATIONS, MIN_ITERATIONS } from '../crypto/kdf';
import { isBase64 } from '../crypto/base64';
import { BACKUP_FORMAT, BACKUP_VERSION, ENCRYPTED_BACKUP_FORMAT, ENCRYPTED_BACKUP_VERSION } from './format';

// Strict objects throughout: a file has exactly the fields of model.ts (version 1 lacks the ones added
// since), and anything else means the file is not what it claims to be. Issue messages are never shown
// (they could quote notes).

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const Revision = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
/** Per-field edit times (domain/edits.ts): a path to a time in ms. */
const EditTimesSchema = v.record(
  v.pipe(v.string(), v.minLength(1), v.maxLength(400)),
  v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER)),
);

function isCalendarDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** yyyy-mm-dd that is a real day. */
export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

const TIMESTAMP_RE = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
/** An ISO 8601 date-time with an explicit zone, as `new Date().toISOString()` writes it. */
export function isIsoTimestamp(value: string): boolean {
  const m = TIMESTAMP_RE.exec(value);
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) && !Number.isNaN(Date.parse(value));
}

const IsoDate = v.pipe(v.string(), v.check(isIsoDate));
const Timestamp = v.pipe(v.string(), v.check(isIsoTimestamp));
const LanguageCode = v.pipe(v.string(), v.minLength(1), v.maxLength(35));
const Rating = v.picklist(RATINGS);

const NetworkContactSchema = v.strictObject({
  id: Id,
  role: v.string(),
  name: v.optional(v.string()),
  coordinator: v.boolean(),
});

const HandoverSchema = v.strictObject({
  id: Id,
  direction: v.picklist(['sent', 'received']),
  date: IsoDate,
  role: v.string(),
  sender: v.optional(v.string()),
  message: v.optional(v.string()),
});

export const ChildSchema = v.strictObject({
  id: Id,
  alias: v.string(),
  birthYear: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2200))),
  languages: v.array(LanguageCode),
  network: v.optional(v.array(NetworkContactSchema)),
  handovers: v.optional(v.array(HandoverSchema)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  rev: v.optional(Revision),
});

const RatingsSchema = v.strictObject(
  Object.fromEntries(PERSPECTIVES.map((p) => [p, v.optional(Rating)])) as Record<(typeof PERSPECTIVES)[number], v.OptionalSchema<typeof Rating, undefined>>,
);

const AreaEntrySchema = v.strictObject({
  ratings: RatingsSchema,
  goingWell: v.string(),
  worries: v.string(),
  nextSteps: v.string(),
  childPassed: v.optional(v.boolean()),
  childWords: v.optional(v.string()),
  childTurn: v.optional(v.boolean()),
});

// Exactly the eight areas: strictObject refuses extra keys and every key is required.
const EntriesSchema = v.strictObject(Object.fromEntries(AREA_IDS.map((id) => [id, AreaEntrySchema])) as Record<AreaId, typeof AreaEntrySchema>);

const ActionSchema = v.strictObject({
  id: Id,
  areaId: v.optional(v.picklist(AREA_IDS)),
  what: v.string(),
  who: v.string(),
  whoContactId: v.optional(Id),
  due: v.optional(IsoDate),
  done: v.boolean(),
});

const ParticipantSchema = v.strictObject({
  role: v.picklist(PARTICIPANT_ROLES),
  name: v.optional(v.string()),
});

const ParticipationSchema = v.strictObject({
  childPresent: v.optional(v.boolean()),
  ways: v.array(v.picklist(PARTICIPATION_WAYS)),
  otherWay: v.optional(v.string()),
  interpreterUsed: v.optional(v.boolean()),
  interpreterLanguage: v.optional(v.string()),
  aids: v.optional(v.string()),
  viewObtained: v.optional(v.picklist(VIEW_OBTAINED)),
  notObtainedReason: v.optional(v.string()),
});

const ConsentSchema = v.strictObject({
  givenBy: v.array(v.strictObject({ role: v.picklist(CONSENT_ROLES), name: v.optional(v.string()) })),
  keepNotes: v.boolean(),
  shareSummary: v.boolean(),
  shareWith: v.array(Id),
  shareWithOther: v.optional(v.string()),
  form: v.picklist(CONSENT_FORMS),
  date: IsoDate,
  withdrawnDate: v.optional(IsoDate),
});

const ReportOutcomeSchema = v.variant('reported', [
  v.strictObject({ reported: v.literal(true), date: IsoDate, to: v.string(), channel: v.picklist(REPORT_CHANNELS) }),
  v.strictObject({ reported: v.literal(false), date: IsoDate, reason: v.string() }),
]);

const SafetyConcernSchema = v.strictObject({
  id: Id,
  areaId: v.optional(v.picklist(AREA_IDS)),
  raisedDate: IsoDate,
  description: v.string(),
  outcome: v.optional(ReportOutcomeSchema),
});

export const ConversationSchema = v.strictObject({
  id: Id,
  childId: Id,
  date: IsoDate,
  setting: v.picklist(SETTINGS),
  participants: v.array(ParticipantSchema),
  uiLanguage: LanguageCode,
  familyLanguage: v.optional(LanguageCode),
  entries: EntriesSchema,
  notes: v.string(),
  actions: v.array(ActionSchema),
  followUpDate: v.optional(IsoDate),
  status: v.picklist(CONVERSATION_STATUSES),
  ageBand: v.optional(v.picklist(AGE_BANDS)),
  childHopes: v.optional(v.string()),
  participation: v.optional(ParticipationSchema),
  consent: v.optional(ConsentSchema),
  safetyConcerns: v.optional(v.array(SafetyConcernSchema)),
  transfer: v.optional(v.strictObject({ date: IsoDate, system: v.optional(v.string()) })),
  notesErasedDate: v.optional(IsoDate),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  rev: v.optional(Revision),
  edits: v.optional(EditTimesSchema),
});

export const PlainBackupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(BACKUP_VERSION)),
  exportedAt: Timestamp,
  children: v.array(ChildSchema),
  conversations: v.array(ConversationSchema),
});

const Base64 = v.pipe(v.string(), v.check(isBase64));

export const EncryptedBackupSchema = v.strictObject({
  format: v.literal(ENCRYPTED_BACKUP_FORMAT),
  version: v.literal(ENCRYPTED_BACKUP_VERSION),
  kdf: v.strictObject({
    name: v.literal('PBKDF2'),
    hash: v.literal('SHA-256'),
    iterations: v.pipe(v.number(), v.integer(), v.minValue(MIN_ITERATIONS), v.maxValue(MAX_ITERATIONS)),
    salt: Base64,
  }),
  cipher: v.strictObject({ name: v.literal('AES-GCM'), iv: Base64 }),
  data: Base64,
});

// Compile-time guard: the schemas' output must stay assignable to the model's types.
type Assert<T extends true> = T;
/** @public Checked by the compiler only. */
export type SchemaMatchesModel = Assert<
  v.InferOutput<typeof ChildSchema> extends Child ? (v.InferOutput<typeof ConversationSchema> extends Conversation ? true : false) : false
>;
/** @public And the other way: a field added to the model but not to the schema would make backups unrestorable. */
export type SchemaCoversModel = Assert<
  [
    Exclude<keyof Child, keyof v.InferOutput<typeof ChildSchema>>,
    Exclude<keyof Conversation, keyof v.InferOutput<typeof ConversationSchema>>,
    Exclude<keyof AreaEntry, keyof v.InferOutput<typeof AreaEntrySchema>>,
    Exclude<keyof Action, keyof v.InferOutput<typeof ActionSchema>>,
  ] extends [never, never, never, never]
    ? true
    : false
>;
