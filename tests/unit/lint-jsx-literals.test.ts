// The project's ESLint config must reject user-visible literals in JSX under src/, so that no
// untranslated word can slip into the app; this fails if the rule is switched off or loosened.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const RULE = 'hjulet/no-jsx-literals';
// Not a real file: lintText only uses the path to pick the config (src/**/*.tsx).
const PROBE = path.join(ROOT, 'src', 'features', '__lint_probe__.tsx');

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function literalReports(jsx: string): Promise<string[]> {
  const code = `declare function t(key: string): string;\ndeclare const ok: boolean;\nexport const X = () => (${jsx});\n`;
  const [result] = await eslint.lintText(code, { filePath: PROBE });
  const messages = result?.messages ?? [];
  const fatal = messages.filter((m) => m.fatal);
  expect(fatal, 'the probe must parse').toEqual([]);
  return messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe(`${RULE} in eslint.config.js`, () => {
  it('is on, as an error, for TSX files in src/', async () => {
    const config = (await eslint.calculateConfigForFile(PROBE)) as { rules?: Record<string, unknown> };
    const setting = config.rules?.[RULE];
    const severity = Array.isArray(setting) ? setting[0] : setting;
    expect([2, 'error']).toContain(severity);
  });

  it.each([
    ['<p>Hello</p>'],
    ['<p>{"Hello"}</p>'],
    ['<p>{`Hello ${String(ok)}`}</p>'],
    ["<p>{ok ? 'Yes' : t('no')}</p>"],
    ['<button title="Hi" />'],
    ['<button aria-label="Close" />'],
    ['<input placeholder="Name" />'],
    ['<img alt="A wheel" src="/x.png" />'],
    ["<svg aria-label={'Wheel'} />"],
    ['<svg><title>Wheel</title></svg>'],
    ['<>Fragment text</>'],
  ])('reports %s', async (jsx) => {
    expect(await literalReports(jsx)).toHaveLength(1);
  });

  it.each([
    ["<p>{t('wheel.centre')}</p>"],
    ["<button title={t('close')} aria-label={t('close')} />"],
    ['<div className="wheel" data-area="safe" data-testid="wheel" role="button" id="w" />'],
    ['<button type="button" aria-pressed="true" aria-controls="panel" />'],
    ['<a href="#/wheel" rel="noreferrer" target="_self" />'],
    ['<img alt="" src="/x.png" />'],
    ['<span>·</span>'],
    ['<span>{42} %</span>'],
    ["<p>{ok && t('done')}</p>"],
    ['<svg viewBox="0 0 10 10"><path d="M0 0L10 10" fill="none" stroke="currentColor" /></svg>'],
  ])('allows %s', async (jsx) => {
    expect(await literalReports(jsx)).toEqual([]);
  });
});
