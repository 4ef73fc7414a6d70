// Translation keys are typed from the Swedish texts (src/i18n/resources.d.ts). The lines expected to fail
// the typecheck are the test: were keys plain strings again, `npm run typecheck` would fail on their
// now unused directives. At run time the same calls show what a user would see.
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import common from '../../locales/sv/common.json';
import wheel from '../../locales/sv/wheel.json';

async function swedish(): Promise<TFunction<['common', 'wheel']>> {
  const instance = i18next.createInstance();
  await instance.init({ lng: 'sv', resources: { sv: { common, wheel } }, defaultNS: 'common', ns: ['common', 'wheel'] });
  return instance.getFixedT('sv', ['common', 'wheel']);
}

describe('typed translation keys', () => {
  it('accept the keys of the Swedish texts, with their namespace', async () => {
    const t = await swedish();
    expect(t('wheel:areas.safe.label')).toBe('Trygg');
    expect(t('common:area.prompts')).toBe(common.area.prompts);
  });

  it('refuse a misspelt key or one in no namespace (the typecheck fails on them)', async () => {
    const t = await swedish();
    // @ts-expect-error a misspelt key
    expect(t('wheel:areas.safe.lable')).toBe('areas.safe.lable');
    // @ts-expect-error a key that was renamed (area.forTheChild is now area.forTheChildBand)
    expect(t('common:area.forTheChild')).toBe('area.forTheChild');
    // @ts-expect-error a namespace that does not exist
    expect(t('nowhere:title')).toBe('title');
  });
});
