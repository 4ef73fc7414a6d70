// The restore size limit comes from what a real backup weighs: 1 000 children with 10 conversations
// each, every note field written in full sentences (Swedish and Arabic), actions, and edit times.
import { describe, expect, it } from 'vitest';
import { buildBackup, serializeBackup } from '../../src/domain/backup';
import { DEFAULT_MAX_BACKUP_BYTES } from '../../src/domain/backup/format';
import { stampEdits } from '../../src/domain/edits';
import { createAction, createChild, createConversation, type Child, type Conversation } from '../../src/domain/model';
import { AREA_IDS, PERSPECTIVES, type Rating } from '../../src/domain/wheel';

const SV = 'Hon säger att det går bra i skolan men att rasterna är jobbiga när kompisarna leker annat. ';
const AR = 'تقول إنها تحب المدرسة لكن الاستراحة صعبة عندما يلعب أصدقاؤها شيئًا آخر. ';

function fullData(children: number, perChild: number): { children: Child[]; conversations: Conversation[] } {
  const out = { children: [] as Child[], conversations: [] as Conversation[] };
  for (let c = 0; c < children; c++) {
    const child = createChild({ alias: `Barn ${c}`, birthYear: 2012 + (c % 10), languages: ['sv', 'ar'] });
    out.children.push(child);
    const text = c % 3 === 0 ? AR : SV;
    for (let k = 0; k < perChild; k++) {
      const before = createConversation({ childId: child.id, setting: 'school', participants: [{ role: 'child' }, { role: 'guardian' }], uiLanguage: 'sv' });
      const after: Conversation = { ...before, entries: { ...before.entries }, notes: text.repeat(3) };
      for (const area of AREA_IDS) {
        const ratings: Partial<Record<(typeof PERSPECTIVES)[number], Rating>> = { child: 3, guardian: 4, professional: 3 };
        after.entries[area] = { ratings, goingWell: text.repeat(2), worries: text, nextSteps: text };
      }
      after.actions = [0, 1, 2].map((i) => createAction({ what: text, who: `mentor ${i}`, due: '2026-05-01', areaId: 'safe' }));
      out.conversations.push(stampEdits(before, after, 1_764_000_000_000));
    }
  }
  return out;
}

describe('the restore size limit', () => {
  it('is above what 1 000 children × 10 full conversations weigh, with room to grow, and far below what a phone cannot parse', () => {
    // Measure 20 × 10 and scale: the same bytes per child, without building 45 MB in a unit test.
    const sample = fullData(20, 10);
    const bytes = new TextEncoder().encode(serializeBackup(buildBackup(sample.children, sample.conversations))).length;
    const realBackup = (bytes / 20) * 1000;
    expect(realBackup).toBeGreaterThan(20 * 1024 * 1024);
    expect(DEFAULT_MAX_BACKUP_BYTES).toBeGreaterThanOrEqual(2 * realBackup);
    expect(DEFAULT_MAX_BACKUP_BYTES).toBeLessThanOrEqual(4 * realBackup);
    console.info(`a real backup of 1 000 × 10 weighs about ${(realBackup / 1024 / 1024).toFixed(1)} MB`);
  });
});
