import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkGroups, textsGroup } from '../../scripts/chunks';

const root = '/project';
const id = (file: string) => path.resolve(root, file);

/** A module graph as rolldown's chunking context shows it: static and dynamic imports by module id. */
function context(graph: Record<string, { imports?: string[]; dynamic?: string[] }>) {
  return {
    getModuleInfo(moduleId: string) {
      const entry = Object.entries(graph).find(([file]) => id(file) === moduleId)?.[1];
      return entry ? { importedIds: (entry.imports ?? []).map(id), dynamicallyImportedIds: (entry.dynamic ?? []).map(id) } : null;
    },
  };
}

describe('chunk groups', () => {
  it('puts the start namespaces of a language in one file, the page namespaces apart', () => {
    expect(textsGroup('/project/locales/en/common.json')).toBe('texts-en');
    expect(textsGroup('/project/locales/kmr/practice.json')).toBe('texts-kmr');
    expect(textsGroup('/project/locales/ar/poster.json')).toBeNull();
    expect(textsGroup('/project/locales/meta.json')).toBeNull();
    expect(textsGroup('/project/locales/documents/privacy-sv.json')).toBeNull();
  });

  it('gathers the start page’s static imports in `app`, but never what the static pages use', () => {
    const ctx = context({
      'index.html': { imports: ['src/main.tsx'] },
      'src/main.tsx': { imports: ['src/app/App.tsx', 'src/ui/styles.css'], dynamic: ['src/pages/Lazy.tsx'] },
      'src/app/App.tsx': { imports: ['node_modules/react/index.js', 'src/i18n/languages.ts'] },
      'src/pages/Lazy.tsx': { imports: ['src/ui/Heavy.tsx', 'src/ui/wheel/Wheel.tsx'] },
      'src/ui/wheel/Wheel.tsx': { imports: ['src/domain/ratings.ts', 'node_modules/react/index.js'] },
      'src/static/page.ts': { imports: ['src/i18n/languages.ts'], dynamic: ['src/static/voice.ts'] },
      'src/static/voice.ts': { imports: ['src/domain/voice.ts'] },
    });
    const [, app, shared, wheelUi] = chunkGroups(root, 'src/static/page.ts');
    const groupOf = (file: string) => [app, shared, wheelUi].map((group) => group?.name(id(file), ctx)).find((name) => name) ?? null;
    expect(groupOf('src/app/App.tsx')).toBe('app');
    expect(groupOf('node_modules/react/index.js')).toBe('app');
    // Shared with the static pages: its own chunk, so that a QR code's page never loads the app.
    expect(groupOf('src/i18n/languages.ts')).toBe('shared');
    // The entry module and its stylesheet stay in the entry chunk; lazy pages and the static page's own code are left alone.
    expect(groupOf('src/main.tsx')).toBeNull();
    expect(groupOf('src/ui/styles.css')).toBeNull();
    expect(groupOf('src/pages/Lazy.tsx')).toBeNull();
    expect(groupOf('src/ui/Heavy.tsx')).toBeNull();
    expect(groupOf('src/domain/voice.ts')).toBeNull();
    // The wheel's drawing for the lazy pages: one chunk of its own.
    expect(groupOf('src/ui/wheel/Wheel.tsx')).toBe('wheel-ui');
    expect(groupOf('src/domain/ratings.ts')).toBe('wheel-ui');
  });
});
