// A tiny stand-in for i18next in unit tests: reads the real locales/<lng>/<namespace>.json files and resolves
// 'namespace:key.path' with {{var}} interpolation, so tests check the texts users will actually see.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type TestTranslate = (key: string, vars?: Record<string, unknown>) => string;

const LOCALES_DIR = fileURLToPath(new URL('../../locales/', import.meta.url));

/** One namespace of one language, parsed; undefined when the file does not exist. */
export function loadNamespace(lng: string, namespace: string): unknown {
  const file = `${LOCALES_DIR}${lng}/${namespace}.json`;
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

export interface TestTranslateOptions {
  /** 'throw' (default) makes a missing key fail the test; 'key' returns the key as i18next does. */
  onMissing?: 'throw' | 'key';
}

/**
 * A translate function bound to `lng` (default Swedish, the source language). Namespaces are read on first
 * use, so a test only depends on the files it actually touches.
 */
export function makeTranslate(lng = 'sv', options: TestTranslateOptions = {}): TestTranslate {
  const cache = new Map<string, unknown>();
  return (key, vars = {}) => {
    const colon = key.indexOf(':');
    if (colon < 0) throw new Error(`translation key without namespace: ${key}`);
    const namespace = key.slice(0, colon);
    if (!cache.has(namespace)) cache.set(namespace, loadNamespace(lng, namespace));
    let node: unknown = cache.get(namespace);
    for (const part of key.slice(colon + 1).split('.')) {
      node = node !== null && typeof node === 'object' && Object.hasOwn(node, part) ? (node as Record<string, unknown>)[part] : undefined;
    }
    if (typeof node !== 'string') {
      if (options.onMissing === 'key') return key;
      throw new Error(`missing translation ${lng} ${key}`);
    }
    return node.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name: string) =>
      Object.hasOwn(vars, name) && vars[name] !== undefined ? String(vars[name]) : whole,
    );
  };
}
