// Only in `vite build --mode bench` builds (dist-bench/): seeds realistic data through the app's own
// storage layer, so benchmark figures measure the real code paths (codec, indexes, live reads).
import { createChild, createConversation, createAction, type Child, type Conversation } from '../../domain/model';
import { AREA_IDS, PERSPECTIVES, type Rating } from '../../domain/wheel';
import { deleteEverything, putRecords } from '../../storage';

const WORDS = 'trivs skolan fotboll sömn oro mat kompisar läxor mormor simning rast lärare familj ekonomi tandläkare förskola cykel läsning matte vänner'.split(
  ' ',
);

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length] as T;
}

function sentence(seed: number, length = 8): string {
  return Array.from({ length }, (_, i) => pick(WORDS, seed * 7 + i * 13)).join(' ');
}

export function sampleData(childCount: number, conversationsPerChild: number): { children: Child[]; conversations: Conversation[] } {
  const children: Child[] = [];
  const conversations: Conversation[] = [];
  for (let c = 0; c < childCount; c++) {
    const child = createChild({ alias: `Barn ${String(c).padStart(4, '0')}`, birthYear: 2010 + (c % 15), languages: [pick(['sv', 'so', 'ar', 'fi'], c)] });
    children.push(child);
    for (let k = 0; k < conversationsPerChild; k++) {
      const month = String((k % 12) + 1).padStart(2, '0');
      const conversation = createConversation({
        childId: child.id,
        date: `${2016 + Math.floor(k / 12) + (c % 3)}-${month}-${String((c % 27) + 1).padStart(2, '0')}`,
        setting: pick(['preschool', 'school', 'social-services', 'health', 'other'] as const, c + k),
        participants: [{ role: 'child' }, { role: 'guardian' }, { role: 'professional' }],
        uiLanguage: 'sv',
      });
      AREA_IDS.forEach((area, a) => {
        const seed = c * 131 + k * 17 + a;
        const ratings: Partial<Record<(typeof PERSPECTIVES)[number], Rating>> = {};
        PERSPECTIVES.forEach((p, i) => {
          ratings[p] = (((seed + i) % 5) + 1) as Rating;
        });
        conversation.entries[area] = { ratings, goingWell: sentence(seed), worries: sentence(seed + 1, 6), nextSteps: sentence(seed + 2, 5) };
      });
      conversation.notes = sentence(c + k, 20);
      conversation.actions = [createAction({ what: sentence(c + k + 3, 4), who: 'mentor', due: `2026-${month}-15`, areaId: 'safe' })];
      conversations.push(conversation);
    }
  }
  return { children, conversations };
}

/** Seeds in batches so one transaction never holds everything in memory at once. */
export async function seed(childCount: number, conversationsPerChild: number): Promise<void> {
  const batch = 100;
  for (let start = 0; start < childCount; start += batch) {
    const { children, conversations } = sampleData(Math.min(batch, childCount - start), conversationsPerChild);
    await putRecords(children, conversations);
  }
}

/** The backup and restore code the settings page uses (scripts/bench/backup.mjs times it). */
const backup = () => import('../../features/export/backupActions');

declare global {
  interface Window {
    __hjuletBench?: { seed: typeof seed; sampleData: typeof sampleData; backup: typeof backup; clearData: typeof deleteEverything };
  }
}

window.__hjuletBench = { seed, sampleData, backup, clearData: deleteEverything };
