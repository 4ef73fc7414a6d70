// How the build cuts the app into files (issue 19: "every route loads only what it draws"), for rolldown's
// output.codeSplitting.groups. Left to itself, rolldown gives every module the app's start shares with a
// lazy page a small chunk of its own: the first load was 12 scripts and then 8 locale files, two waves of
// requests that a phone on a slow connection waits for one after the other. Groups instead:
// - `texts-<lng>`: the namespaces every start loads (all but the page namespaces), one file per language;
// - `app`: every module the start page imports statically, in one file, except those the static wheel pages'
//   own script also uses;
// - `shared`: those, in a file of their own, so that a QR code's page never loads the app;
// - `wheel-ui`: the wheel's drawing for the lazy pages that show it.
import path from 'node:path';
import { LANGUAGES } from '../src/i18n/languages';
import { PAGE_NAMESPACES } from '../src/i18n/pageNamespaces';

interface ModuleInfo {
  importedIds: readonly string[];
  dynamicallyImportedIds: readonly string[];
}
interface ChunkingContext {
  getModuleInfo(id: string): ModuleInfo | null;
}

/** The wheel as the lazy pages draw it (the wheel, pictograms, area texts, the reading mark): one chunk. */
const WHEEL_UI = /[\\/]src[\\/](ui[\\/](wheel[\\/]|pictograms[\\/]|palette\.ts|AreaTexts\.tsx|ReadText\.tsx|readingNow\.ts)|domain[\\/]ratings\.ts)/;

const START_TEXTS = new RegExp(`[\\\\/]locales[\\\\/](${LANGUAGES.join('|')})[\\\\/]([A-Za-z]+)\\.json$`);

/** The group of a start namespace's file (texts-en), or null for a page namespace or anything else. */
export function textsGroup(id: string): string | null {
  const match = START_TEXTS.exec(id);
  if (!match || (PAGE_NAMESPACES as readonly string[]).includes(match[2] ?? '')) return null;
  return `texts-${match[1]}`;
}

/** Every module reachable from `start` through static imports (and dynamic ones too with `dynamic`). */
function reachable(ctx: ChunkingContext, start: string, dynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    const info = ctx.getModuleInfo(id);
    if (!info) continue;
    stack.push(...info.importedIds, ...(dynamic ? info.dynamicallyImportedIds : []));
  }
  return seen;
}

/** The codeSplitting groups for a build rooted at `root`, whose static pages run `staticPageScript`. */
export function chunkGroups(root: string, staticPageScript: string) {
  const appEntry = path.resolve(root, 'index.html');
  const staticEntry = path.resolve(root, staticPageScript);
  // Worked out once per chunking pass (the context is the pass's own object).
  const passes = new WeakMap<ChunkingContext, { app: Set<string>; shared: Set<string>; staticPages: Set<string> }>();
  const split = (ctx: ChunkingContext) => {
    let found = passes.get(ctx);
    if (!found) {
      const staticPages = reachable(ctx, staticEntry, true);
      const start = reachable(ctx, appEntry, false);
      // The entry's own module (src/main.tsx) stays in the entry chunk with the stylesheets it imports:
      // index.html and the static pages link the entry chunk's CSS.
      const entry = new Set([appEntry, ...(ctx.getModuleInfo(appEntry)?.importedIds ?? [])]);
      const app = new Set([...start].filter((id) => !entry.has(id) && !staticPages.has(id) && !/\.css(\?|$)/.test(id)));
      const shared = new Set([...start].filter((id) => staticPages.has(id) && !/\.css(\?|$)/.test(id)));
      found = { app, shared, staticPages };
      passes.set(ctx, found);
    }
    return found;
  };
  return [
    { debugName: 'texts', name: (id: string) => textsGroup(id), priority: 2 },
    {
      debugName: 'app',
      name: (id: string, ctx: ChunkingContext) => (split(ctx).app.has(id) ? 'app' : null),
      priority: 1,
      // Not the shared modules the app's code imports: they have a chunk of their own (below). No cycle can
      // arise, since nothing the static pages use imports the app.
      includeDependenciesRecursively: false,
    },
    // What the start and the static pages' script both use, in a chunk of its own (else rolldown merges it
    // into `app`, and a QR code's page would load the whole app).
    { debugName: 'shared', name: (id: string, ctx: ChunkingContext) => (split(ctx).shared.has(id) ? 'shared' : null), priority: 1 },
    // The wheel's drawing for the pages that show it (#/wheel, the conversation, the child's turn, the family
    // view, the comparison): one file instead of a chain of seven small ones, each found only after the last.
    {
      debugName: 'wheel-ui',
      name: (id: string, ctx: ChunkingContext) => {
        const { app, staticPages } = split(ctx);
        return WHEEL_UI.test(id) && !app.has(id) && !staticPages.has(id) ? 'wheel-ui' : null;
      },
      includeDependenciesRecursively: false,
    },
  ];
}
