// The one-way arrows between the folders of src/ are enforced by ESLint (scripts/eslint-layers.js); this
// fails when a rule is switched off, loosened, or stops matching the way imports are written.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** Messages of the layer rules (no-restricted-imports, and no-restricted-syntax for import()) for `code` linted as if it were the file at `file` (not a real file). */
async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: path.join(ROOT, file) });
  const messages = result?.messages ?? [];
  expect(
    messages.filter((m) => m.fatal),
    'the probe must parse',
  ).toEqual([]);
  const rules = new Set(['no-restricted-imports', 'no-restricted-syntax', '@typescript-eslint/no-restricted-imports']);
  return messages.filter((m) => rules.has(m.ruleId ?? '')).map((m) => m.message);
}

describe('layer rules in eslint.config.js', () => {
  it.each([
    ['a feature imports the shell', 'src/features/history/Probe.tsx', "import { App } from '../../app/App';"],
    ['a feature folder imports the shell', 'src/features/history/sub/Probe.tsx', "import { PAGES } from '../../../app/pages';"],
    ['ui imports a feature', 'src/ui/Probe.tsx', "import { HomeView } from '../features/history/HomeView';"],
    ['ui imports storage', 'src/ui/wheel/Probe.tsx', "import { db } from '../../storage';"],
    ['ui imports the shell', 'src/ui/Probe.tsx', "import { App } from '../app/App';"],
    ['domain imports storage', 'src/domain/Probe.ts', "import { db } from '../storage';"],
    ['domain imports i18n', 'src/domain/backup/Probe.ts', "import { formatDate } from '../../i18n/format';"],
    ['domain imports React', 'src/domain/Probe.ts', "import { useState } from 'react';"],
    ['domain imports Dexie', 'src/domain/backup/Probe.ts', "import Dexie from 'dexie';"],
    ['domain imports i18next', 'src/domain/Probe.ts', "import i18next from 'i18next';"],
    ['a feature imports Dexie', 'src/features/lock/Probe.ts', "import { liveQuery } from 'dexie';"],
    ['the shell imports Dexie', 'src/app/Probe.ts', "import Dexie from 'dexie';"],
    ['storage imports a feature', 'src/storage/Probe.ts', "import { x } from '../features/lock/lockStore';"],
    ['storage imports ui', 'src/storage/Probe.ts', "import { Face } from '../ui/Face';"],
    ['navigation imports storage', 'src/navigation/Probe.ts', "import { db } from '../storage';"],
    ['a dynamic import of the shell from a feature', 'src/features/wheel/Probe.ts', "export const load = () => import('../../app/pages');"],
    ['a storage module loads the database class at start', 'src/storage/Probe.ts', "import { db } from './db';\nexport const x = db;"],
    ['a storage module loads Dexie at start', 'src/storage/Probe.ts', "import Dexie from 'dexie';\nexport const x = Dexie;"],
  ])('refuses: %s', async (_what, file, code) => {
    expect(await restricted(file, code)).not.toEqual([]);
  });

  it.each([
    [
      'a feature imports storage, domain, ui, navigation and i18n',
      'src/features/history/Probe.tsx',
      "import { db } from '../../storage';\nimport { AREA_IDS } from '../../domain/wheel';\nimport { Face } from '../../ui/Face';\nimport { hrefFor } from '../../navigation';\nimport { formatDate } from '../../i18n/format';",
    ],
    ['a feature imports another feature', 'src/features/conversation/Probe.tsx', "import { LastTimeAgreed } from '../history/LastTimeAgreed';"],
    ['domain imports domain', 'src/domain/backup/Probe.ts', "import { AREA_IDS } from '../wheel';\nimport { x } from './format';"],
    ['db.ts imports Dexie', 'src/storage/db.ts', "import Dexie from 'dexie';\nimport { AREA_IDS } from '../domain/wheel';"],
    [
      'storage imports types of Dexie and the database',
      'src/storage/Probe.ts',
      "import type { Transaction } from 'dexie';\nimport type { HjuletDatabase } from './db';\nimport { AREA_IDS } from '../domain/wheel';",
    ],
    ['the shell imports features', 'src/app/Probe.tsx', "import { HomeView } from '../features/history/HomeView';"],
    ['i18n imports the locales', 'src/i18n/Probe.ts', "import meta from '../../locales/meta.json';"],
    ['ui imports React and domain', 'src/ui/wheel/Probe.tsx', "import { useId } from 'react';\nimport { AREA_IDS } from '../../domain/wheel';"],
  ])('allows: %s', async (_what, file, code) => {
    expect(await restricted(file, code)).toEqual([]);
  });
});
