import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import i18next from 'i18next';
import { initI18n, changeLanguage } from '../../src/i18n';
import type { Language } from '../../src/i18n/languages';

let ready: Promise<unknown> | undefined;

/** Renders with the real i18next setup and locale files, in the given language. */
export async function renderWithI18n(ui: ReactElement, lng: Language = 'sv') {
  ready ??= initI18n(lng);
  await ready;
  if (i18next.language !== lng) await changeLanguage(lng);
  return render(ui);
}
