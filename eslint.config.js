// ESLint 9 flat config. `npm run lint` = `eslint .`
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import hjulet from './scripts/eslint-no-jsx-literals.js';
import { layerRules } from './scripts/eslint-layers.js';

// The few Node globals our plain-JS scripts use (TypeScript files get no-undef from the compiler).
const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'performance',
    'structuredClone',
    'fetch',
    'AbortController',
    'TextEncoder',
    'TextDecoder',
  ].map((name) => [name, 'readonly']),
);

export default defineConfig(
  {
    ignores: ['dist/', 'dist-*/', 'dev-dist/', 'node_modules/', 'test-results/', 'coverage/', 'bench/', '.tmp/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    rules: {
      // `_unused` marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // A missing dependency means a stale closure, e.g. autosave writing old text: an error, not a hint.
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Every user-visible word comes from locales/ (Swedish source, five translations).
    files: ['src/**/*.{jsx,tsx}'],
    plugins: { hjulet },
    rules: { 'hjulet/no-jsx-literals': 'error' },
  },
  // The one-way arrows between src/ folders (docs/architecture.md, "Layers"), enforced per folder.
  ...layerRules,
);
