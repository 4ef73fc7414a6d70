// One term for one concept in each language, across every namespace (docs/translation-review.md, "Glossary").
// For each central concept: the texts listed name it, so in every language each of them must contain the
// glossary's term (a stem, compared in lower case, Arabic without its short vowels). And a few words that
// the glossary replaced must not come back. A failure names language, key and term, so a translator who
// changes a term on purpose changes it here and in the glossary in the same commit.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LOCALES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales');
const LANGUAGES = ['sv', 'en', 'fi', 'so', 'ar', 'kmr'] as const;
type Lng = (typeof LANGUAGES)[number];

type Texts = Record<string, string>;

function flatten(value: unknown, prefix: string, out: Texts): Texts {
  if (typeof value === 'string') out[prefix] = value;
  else if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

const cache = new Map<string, Texts>();
function texts(lng: Lng, ns: string): Texts {
  const id = `${lng}/${ns}`;
  let t = cache.get(id);
  if (!t) {
    t = flatten(JSON.parse(readFileSync(path.join(LOCALES, lng, `${ns}.json`), 'utf8')), '', {});
    cache.set(id, t);
  }
  return t;
}

/** "ns:key.path" in one language; undefined when the key does not exist. */
function text(lng: Lng, key: string): string | undefined {
  const [ns, k] = key.split(/:(.*)/s) as [string, string];
  return texts(lng, ns)[k];
}

/** Lower case, one Unicode form, and Arabic without harakat, shadda and tatweel (they are often left out). */
const fold = (s: string) =>
  s
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[\u064B-\u0652\u0640]/g, '');

interface Concept {
  concept: string;
  /** Texts that name the concept, in every language. */
  keys: string[];
  /** The glossary's term in each language: a stem that every inflected form contains. */
  terms: Record<Lng, string>;
}

const GLOSSARY: Concept[] = [
  {
    concept: 'the wheel',
    keys: [
      'common:nav.wheel',
      'childTurn:backToWheel',
      'poster:wheelPage.areas',
      'poster:wheelPage.openApp',
      'guide:during.oneArea.text',
      'common:texts.packLabel',
    ],
    terms: { sv: 'hjul', en: 'wheel', fi: 'pyörä', so: 'giraangir', ar: 'عجلة', kmr: 'çerx' },
  },
  {
    concept: 'area',
    keys: ['common:conversation.pickArea', 'poster:wheelPage.hint', 'guide:during.oneArea.title', 'summary:participation.inTurnAreas', 'poster:handout.intro'],
    terms: { sv: 'område', en: 'area', fi: 'alue', so: 'qayb', ar: 'مجال', kmr: 'qad' },
  },
  {
    concept: 'conversation',
    keys: [
      'guide:title',
      'guide:before.heading',
      'guide:after.heading',
      'lock:firstRun.guide',
      'practice:consent.missing',
      'practice:plan.labels.basedOn',
      'childVoice:participation.childPresent',
      'summary:participation.childPresent',
    ],
    terms: { sv: 'samtal', en: 'conversation', fi: 'keskustel', so: 'wada-hadal', ar: 'محادث', kmr: 'axaftin' },
  },
  {
    concept: 'guardian',
    keys: [
      'wheel:perspectives.guardian',
      'summary:consent.party.guardian',
      'childVoice:ageBand.hint.0-5',
      'practice:scope.family',
      'guide:before.consent.text',
      'guide:during.childWords.text',
      'poster:handout.title',
    ],
    terms: { sv: 'vårdnadshavar', en: 'guardian', fi: 'huoltaj', so: 'ilaali', ar: 'ولي', kmr: 'dê û bav an serperişt' },
  },
  {
    concept: 'note',
    keys: [
      'common:area.notesHeading',
      'guide:before.childTurn.text',
      'guide:after.records.text',
      'practice:consent.keepNotes',
      'summary:consent.keepNotes',
      'lock:notesErasure.label',
      'practice:transfer.willErase',
      'childVoice:turnStart.startHint',
    ],
    terms: { sv: 'anteckning', en: 'note', fi: 'muistiinpano', so: 'qoraal', ar: 'ملاحظ', kmr: 'têbîn' },
  },
  {
    concept: 'Barnets plan',
    keys: ['practice:plan.title', 'practice:plan.heading', 'practice:plan.link', 'guide:after.plan.title'],
    terms: { sv: 'barnets plan', en: "child's plan", fi: 'lapsen suunnitelma', so: 'qorshaha cunugga', ar: 'خطة الطفل', kmr: 'plana zarok' },
  },
  {
    concept: 'action',
    keys: ['common:actions.heading', 'practice:plan.labels.noActions', 'guide:after.plan.text', 'practice:transfer.willErase', 'lock:notesErasure.explain'],
    terms: { sv: 'åtgärd', en: 'action', fi: 'toimenpi', so: 'tallaabo', ar: 'إجراء', kmr: 'tedbîr' },
  },
  {
    concept: 'follow-up',
    keys: [
      'common:conversation.followUpDate',
      'practice:plan.labels.followUp',
      'guide:after.followUp.title',
      'guide:after.followUp.text',
      'lock:notesErasure.explain',
    ],
    terms: { sv: 'uppföljning', en: 'follow-up', fi: 'seuran', so: 'dabagal', ar: 'متابع', kmr: 'şopandin' },
  },
  {
    concept: 'consent',
    keys: [
      'guide:before.consent.title',
      'practice:consent.heading',
      'summary:consent.heading',
      'practice:consent.missing',
      'practice:scope.inside',
      'summary:consent.noKeepNotes',
      'lock:notesErasure.explain',
    ],
    terms: { sv: 'samtyck', en: 'consent', fi: 'suostum', so: 'oggolaansh', ar: 'موافق', kmr: 'razî' },
  },
  {
    concept: 'worry that the child is being harmed',
    keys: [
      'practice:worry.heading',
      'summary:safety.heading',
      'practice:reminder.heading',
      'practice:worry.button',
      'guide:during.worry.title',
      'guide:during.worry.text',
      'practice:worry.add',
    ],
    terms: { sv: 'oro', en: 'worr', fi: 'huol', so: 'walaac', ar: 'قلق', kmr: 'fikar' },
  },
  {
    concept: 'harmed (far illa)',
    keys: ['practice:worry.heading', 'summary:safety.heading', 'practice:worry.button', 'practice:worry.duty', 'guide:during.worry.text'],
    terms: { sv: 'far illa', en: 'harmed', fi: 'tapahtuu pahaa', so: 'dhib loo geysanayo', ar: 'للأذى', kmr: 'zirarê dibîne' },
  },
  {
    concept: 'report to social services (anmälan)',
    keys: [
      'practice:worry.decision',
      'practice:worry.decisions.reported',
      'practice:worry.reportDate',
      'summary:safety.reported',
      'summary:safety.open',
      'practice:settings.heading',
    ],
    terms: { sv: 'anmäl', en: 'report', fi: 'ilmoit', so: 'warbixin', ar: 'بلاغ', kmr: 'ragihandin' },
  },
  {
    concept: 'social services',
    keys: ['practice:worry.unsure', 'practice:worry.contactLabel', 'practice:worry.duty', 'guide:during.worry.text'],
    terms: { sv: 'socialtjänst', en: 'social services', fi: 'sosiaalipalvelu', so: 'adeegga bulshada', ar: 'الخدمات الاجتماعية', kmr: 'karûbarên civakî' },
  },
  {
    concept: "the child's turn",
    keys: [
      'childTurn:name',
      'childTurn:passphraseHeading',
      'childVoice:turnStart.start',
      'childVoice:turnStart.language',
      'childVoice:inTurn',
      'summary:childVoice.inTurn',
      'summary:participation.inTurnAreas',
      'guide:before.childTurn.title',
      'guide:during.worry.text',
    ],
    terms: { sv: 'barnets tur', en: "child's turn", fi: 'lapsen vuoro', so: 'doorka cunugga', ar: 'دور الطفل', kmr: 'dora zarok' },
  },
  {
    concept: 'lock',
    keys: ['lock:button.lock', 'lock:unlock.title', 'common:conversation.paused'],
    terms: { sv: 'lås', en: 'lock', fi: 'lukit', so: 'qufu', ar: 'قفل', kmr: 'kilît' },
  },
  {
    concept: 'passphrase',
    keys: [
      'lock:unlock.passphrase',
      'export:backup.passphrase',
      'childTurn:passphraseChecking',
      'practice:receive.passphrase',
      'practice:handover.make',
      'practice:handover.tell',
      'practice:receive.problem.wrong',
    ],
    terms: { sv: 'lösenfras', en: 'passphrase', fi: 'salalau', so: 'erayga sirta', ar: 'عبارة المرور', kmr: 'hevoka şîfreyê' },
  },
  {
    concept: 'backup',
    keys: ['export:backup.heading', 'common:save.backupAdvice', 'practice:receive.problem.notHandover', 'common:a11y.browsers[1]'],
    terms: { sv: 'säkerhetskopi', en: 'backup', fi: 'varmuuskopio', so: 'nuqul', ar: 'احتياط', kmr: 'ewlehiy' },
  },
  {
    concept: 'handover (to a colleague)',
    keys: ['practice:handover.heading', 'practice:handover.history', 'practice:receive.heading', 'practice:receive.problem.notHandover'],
    terms: { sv: 'lämn', en: 'hand', fi: 'luovut', so: 'wareej', ar: 'تسليم', kmr: 'radest' },
  },
  {
    concept: 'transferred (to the records system)',
    keys: ['practice:transfer.badge', 'practice:transfer.mark', 'guide:after.records.text', 'lock:notesErasure.explain', 'summary:transfer.done'],
    terms: { sv: 'överf', en: 'transferred', fi: 'siirre', so: 'gudbi', ar: 'نقل', kmr: 'veguhest' },
  },
  {
    concept: 'the records system',
    keys: ['practice:transfer.system', 'practice:settings.recordsSystem', 'lock:notesErasure.heading', 'summary:transfer.done'],
    terms: { sv: 'journal', en: 'records system', fi: 'asiakastietojärjestelm', so: 'nidaamka diiwaanka', ar: 'نظام السجلات', kmr: 'pergala tomaran' },
  },
  {
    concept: 'summary',
    keys: ['practice:consent.shareSummary', 'practice:scope.recipient', 'summary:consent.shareWith', 'guide:after.familySummary.title'],
    terms: { sv: 'sammanfattning', en: 'summary', fi: 'yhteenve', so: 'soo koobid', ar: 'ملخص', kmr: 'kurte' },
  },
  {
    concept: 'read aloud',
    keys: ['childTurn:readAloud', 'common:family.readAloud'],
    terms: { sv: 'läs upp', en: 'read aloud', fi: 'ääneen', so: 'kor u akhri', ar: 'بصوت عال', kmr: 'bi deng' },
  },
  {
    concept: 'device',
    keys: [
      'common:child.missing',
      'childTurn:thanks',
      'childVoice:turnStart.startHint',
      'practice:handover.delete',
      'practice:receive.done',
      'summary:participation.way.childTurn',
      'guide:before.childTurn.text',
    ],
    terms: { sv: 'enhet', en: 'device', fi: 'lait', so: 'qalab', ar: 'جهاز', kmr: 'cîhaz' },
  },
];

/** Where the pass button is named, it is quoted exactly as it reads (childTurn:pass). */
const PASS_QUOTED_IN = ['childVoice:passed', 'guide:before.childTurn.text', 'guide:during.childWords.text'];

/** Words the glossary replaced: they mean the same concept, so they must not come back. */
const REPLACED: Partial<Record<Lng, { pattern: RegExp; use: string }[]>> = {
  fi: [
    { pattern: /tunnuslau/u, use: 'salalause (passphrase)' },
    { pattern: /kärsi/u, use: 'lapselle tapahtuu pahaa (far illa)' },
  ],
  so: [
    { pattern: /weedha sirta/u, use: 'erayga sirta ah (passphrase)' },
    { pattern: /(?<!\p{L})erey/u, use: 'eray, erayada (word)' },
    { pattern: /waqtiga cunugga/u, use: "doorka cunugga (the child's turn)" },
    { pattern: /(?<!\p{L})wada hadal(?!\p{L})/u, use: 'wada-hadal (conversation), with a hyphen' },
    { pattern: /kaydka nuqulka/u, use: 'nuqul kayd ah (backup)' },
  ],
  ar: [{ pattern: /حوار/u, use: 'محادثة (conversation)' }],
  kmr: [
    { pattern: /hevoka veşartî/u, use: 'hevoka şîfreyê (passphrase)' },
    { pattern: /(?<!\p{L})pelge/u, use: 'pel (file)' },
    { pattern: /(?<!\p{L})amûrê(?!\p{L})/u, use: 'cîhaz (device)' },
    { pattern: /(?<!\p{L})not(an|ên)(?!\p{L})/u, use: 'têbînî (notes)' },
    { pattern: /(?<!\p{L})kengê(?!\p{L})/u, use: 'kengî (when), one spelling' },
  ],
};

/** Texts where a replaced word is right after all, with the reason. Keep this short. */
const REPLACED_ALLOWED: Partial<Record<Lng, string[]>> = {
  // "a tool that supports dialogue": the general sense, not the app's conversation.
  ar: ['common:home.intro'],
};

const NAMESPACES = ['wheel', 'common', 'history', 'lock', 'backup', 'export', 'summary', 'childTurn', 'childVoice', 'practice', 'poster', 'guide', 'privacy'];

describe('glossary: one term for one concept', () => {
  for (const { concept, keys, terms } of GLOSSARY) {
    it(`names "${concept}" with the glossary's term in every language`, () => {
      const wrong: string[] = [];
      for (const lng of LANGUAGES) {
        for (const key of keys) {
          const value = text(lng, key);
          if (value === undefined) wrong.push(`${lng} ${key}: no such text (update the glossary test)`);
          else if (!fold(value).includes(fold(terms[lng]))) wrong.push(`${lng} ${key}: "${value}" lacks "${terms[lng]}"`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('quotes the pass button exactly as it reads', () => {
    const wrong: string[] = [];
    for (const lng of LANGUAGES) {
      const pass = text(lng, 'childTurn:pass') as string;
      for (const key of PASS_QUOTED_IN) {
        const value = text(lng, key) ?? '';
        if (!value.includes(pass)) wrong.push(`${lng} ${key}: "${value}" does not quote "${pass}"`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('does not bring back a word the glossary replaced', () => {
    const wrong: string[] = [];
    for (const lng of LANGUAGES) {
      const allowed = new Set(REPLACED_ALLOWED[lng] ?? []);
      for (const { pattern, use } of REPLACED[lng] ?? []) {
        for (const ns of NAMESPACES) {
          for (const [key, value] of Object.entries(texts(lng, ns))) {
            if (!allowed.has(`${ns}:${key}`) && pattern.test(fold(value))) wrong.push(`${lng} ${ns}:${key}: use ${use}: "${value}"`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
