// The layers of src/ and which others each may import (docs/architecture.md, "Layers"), turned into
// ESLint `no-restricted-imports` settings per folder. Relative imports are matched by how far they climb:
// from src/<layer>/<k folders>/file, k+1 "../" reach src/, so the next name is the layer imported.
// tests/unit/lint-layers.test.ts shows that each rule fires.

/** Layer → the layers (top folders of src/) it may import besides itself. */
export const LAYERS = {
  domain: [],
  navigation: [],
  i18n: ['domain', '../locales'],
  storage: ['domain'],
  ui: ['domain', 'i18n', 'navigation'],
  features: ['domain', 'storage', 'ui', 'i18n', 'navigation'],
};

const DEXIE = ['dexie', 'dexie-react-hooks'];
const FRAMEWORKS = ['react', 'react-dom', 'react-dom/client', 'react-i18next', 'i18next', 'zustand', ...DEXIE];

/** Packages a layer must not use; Dexie lives only in src/storage. */
const PACKAGES = {
  domain: FRAMEWORKS,
  navigation: DEXIE,
  i18n: DEXIE,
  storage: [],
  ui: DEXIE,
  features: DEXIE,
  app: DEXIE,
};

const WHY = {
  domain: 'src/domain is pure TypeScript: it imports nothing of ours outside src/domain, and no React, Dexie or i18next.',
  navigation: 'src/navigation sits below everything that links: it imports nothing of ours.',
  i18n: 'src/i18n may import only src/domain and locales/.',
  storage: 'src/storage may import only src/domain.',
  ui: 'src/ui holds shared components: it imports no feature, no storage and not the shell (src/app).',
  features: 'A feature never imports the shell (src/app); shared pieces go to src/ui, src/storage or src/navigation.',
};

const MAX_DEPTH = 4;

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function packagePaths(layer) {
  return PACKAGES[layer].map((name) => ({
    name,
    message: DEXIE.includes(name) ? 'Dexie is used only inside src/storage.' : WHY[layer],
  }));
}

function configFor(layer, depth) {
  const allowed = [layer, ...(LAYERS[layer] ?? [])].map(escape).join('|');
  const folders = depth === 0 ? '' : `${'*/'.repeat(depth)}`;
  const climbsOut = `^(\\.\\./){${depth + 1}}(?!(${allowed})(/|$))`;
  return {
    files: [`src/${layer}/${folders}*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { paths: packagePaths(layer), patterns: [{ regex: climbsOut, message: WHY[layer] }] }],
      // no-restricted-imports does not look at import(): the same rule for lazy imports.
      'no-restricted-syntax': [
        'error',
        { selector: `ImportExpression > Literal[value=/${climbsOut.replaceAll('/', '\\/')}/]`, message: WHY[layer] },
        ...PACKAGES[layer].map((name) => ({ selector: `ImportExpression > Literal[value='${name}']`, message: WHY[layer] })),
      ],
    },
  };
}

/**
 * Inside src/storage, Dexie and the database class are loaded on demand (storage/database.ts) so the
 * first screen draws without them: only db.ts imports them as values; the others import types only.
 */
const lazyDexie = {
  files: ['src/storage/**/*.{ts,tsx}'],
  ignores: ['src/storage/db.ts'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        paths: [
          { name: 'dexie', allowTypeImports: true, message: 'Only src/storage/db.ts loads Dexie; use getDatabase() (storage/database.ts) and type imports.' },
          { name: './db', allowTypeImports: true, message: 'Use getDatabase() from ./database: the database (and Dexie) load on demand.' },
        ],
      },
    ],
  },
};

export const layerRules = [
  lazyDexie,
  // The shell may import every layer; only Dexie stays behind src/storage.
  { files: ['src/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', { paths: packagePaths('app') }] } },
  ...Object.keys(LAYERS).flatMap((layer) => Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => configFor(layer, depth))),
];
