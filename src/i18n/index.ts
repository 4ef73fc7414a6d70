import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, LANGUAGE_STORAGE_KEY, SOURCE_LANGUAGE, directionOf, isLanguage, pickLanguage, type Language } from './languages';
import { ensurePluralRules } from './plurals';
import { PAGE_NAMESPACES, type PageNamespace } from './pageNamespaces';
import { wheelBundleFor } from './wheelTexts';

// Each language's namespaces are separate chunks, loaded only when that language is used (all are precached).
const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

declare global {
  interface Window {
    /** Keys that were asked for but missing (language:namespace:key): empty when every text exists. */
    __hjuletMissingKeys?: string[];
  }
}

export const NAMESPACES = ['common', 'wheel', 'summary', 'backup', 'privacy'] as const;

const isPageNamespace = (ns: string) => (PAGE_NAMESPACES as readonly string[]).includes(ns);

function filesOf(lng: Language): Array<[string, () => Promise<{ default: Record<string, unknown> }>]> {
  const prefix = `../../locales/${lng}/`;
  return Object.entries(localeFiles)
    .filter(([path]) => path.startsWith(prefix))
    .map(([path, load]) => [path.slice(prefix.length, -'.json'.length), load]);
}

/** One page's namespace of a language (no-op when already there); a file the language lacks is an error. */
export async function loadPageNamespace(lng: Language, ns: PageNamespace, instance: I18n = i18next): Promise<void> {
  if (instance.hasResourceBundle(lng, ns)) return;
  const load = localeFiles[`../../locales/${lng}/${ns}.json`];
  if (!load) throw new Error(`no texts ${lng}/${ns}`);
  const module = await load();
  // No module: the chunk is gone and the app is reloading into the new version (as in loadLanguage).
  if (module === undefined) return new Promise<void>(() => undefined);
  instance.addResourceBundle(lng, ns, module.default, true, true);
}

/**
 * A document written in a few languages only (locales/documents/<name>-<lng>.json, e.g. the privacy
 * description in Swedish and English), or undefined when there is none in that language.
 */
export async function loadDocument(name: string, lng: string): Promise<Record<string, unknown> | undefined> {
  const load = localeFiles[`../../locales/documents/${name}-${lng}.json`];
  if (!load) return undefined;
  const module = await load();
  if (module === undefined) return new Promise<never>(() => undefined);
  return module.default;
}

/** Loads every namespace of a language into i18next (no-op when already there). */
export async function loadLanguage(lng: Language, instance: I18n = i18next): Promise<void> {
  if (instance.hasResourceBundle(lng, 'common')) return;
  const files = filesOf(lng).filter(([ns]) => !isPageNamespace(ns));
  const modules = await Promise.all(files.map(async ([ns, load]) => [ns, await load()] as const));
  // No module: the chunk is gone (an update in another window) and the app is reloading into the new
  // version (app/staleBuild.ts); nothing more happens here.
  if (modules.some(([, module]) => module === undefined)) return new Promise<void>(() => undefined);
  const loaded = modules.map(([ns, module]) => [ns, module.default] as const);
  for (const [ns, resources] of loaded) {
    instance.addResourceBundle(lng, ns, ns === 'wheel' ? wheelBundleFor(lng, resources, instance) : resources, true, true);
  }
}

/** One namespace of a language exactly as shipped (no wheel pack over it), e.g. the rules a pack is checked against. */
export async function builtInTexts(lng: Language, ns: string): Promise<Record<string, unknown> | undefined> {
  const load = filesOf(lng).find(([name]) => name === ns)?.[1];
  return load ? (await load()).default : undefined;
}

export function storedLanguage(): Language | undefined {
  try {
    const value = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function initialLanguage(): Language {
  return storedLanguage() ?? pickLanguage(typeof navigator === 'undefined' ? [] : (navigator.languages ?? []));
}

/** Keeps <html lang> and <html dir> in step with the UI language (a contract: docs/architecture.md, "The wheel"). */
export function applyDocumentLanguage(lng: Language): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = directionOf(lng);
}

export async function initI18n(lng: Language = initialLanguage()): Promise<I18n> {
  await i18next.use(initReactI18next).init({
    lng,
    // No silent fallback: a missing key shows itself (and the locale test keeps every key present).
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    // 'added': a wheel pack put in use (or removed) after the first render shows at once everywhere.
    react: { useSuspense: false, bindI18nStore: 'added' },
    resources: {},
    partialBundledLanguages: true,
    // Never silent: a missing key is recorded (tests read it) as well as shown as the raw key.
    saveMissing: true,
    missingKeyHandler: (lngs, ns, key) => {
      if (typeof window === 'undefined') return;
      (window.__hjuletMissingKeys ??= []).push(`${lngs.join(',')}:${ns}:${key}`);
    },
  });
  ensurePluralRules(i18next);
  try {
    await loadLanguage(lng);
  } catch (error) {
    // The chosen language's texts cannot be loaded now (offline before they were ever cached, say):
    // start in Swedish rather than not at all.
    if (lng === SOURCE_LANGUAGE) throw error;
    lng = SOURCE_LANGUAGE;
    await loadLanguage(lng);
    await i18next.changeLanguage(lng);
  }
  applyDocumentLanguage(lng);
  return i18next;
}

function rememberLanguage(lng: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // Private mode may forbid storage; the choice then lasts for this visit only.
  }
}

export async function changeLanguage(lng: Language): Promise<void> {
  // Remembered first: when this build's texts are gone (an update accepted in another window), the app
  // saves and reloads into the new version (app/staleBuild.ts), which then starts in the chosen language.
  rememberLanguage(lng);
  // With the page namespaces the open page uses (those loaded for the language shown now), so that the
  // page switches in one step instead of showing its loading line in between.
  const pages = PAGE_NAMESPACES.filter((ns) => i18next.hasResourceBundle(i18next.language, ns));
  await Promise.all([loadLanguage(lng), ...pages.map((ns) => loadPageNamespace(lng, ns))]);
  await i18next.changeLanguage(lng);
  applyDocumentLanguage(lng);
}

export { LANGUAGES, type Language };
