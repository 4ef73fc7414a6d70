// The accessibility statement tells users, in their language, what their browser means for them: above
// all that on iPad and iPhone Hjulet belongs on the home screen, or Safari may delete what is saved.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AccessibilityStatement } from '../../src/features/settings/AccessibilityStatement';
import { LANGUAGES } from '../../src/i18n/languages';
import { renderWithI18n } from './renderWithI18n';

function statementTexts(lng: string): { browsersHeading: string; browsers: string[] } {
  const common = JSON.parse(readFileSync(path.join(__dirname, `../../locales/${lng}/common.json`), 'utf8')) as {
    a11y: { browsersHeading: string; browsers: string[] };
  };
  return common.a11y;
}

describe('the accessibility statement', () => {
  for (const lng of LANGUAGES) {
    it(`lists what the browser means for the user, in ${lng}`, async () => {
      const { browsersHeading, browsers } = statementTexts(lng);
      const { unmount } = await renderWithI18n(<AccessibilityStatement />, lng);
      const heading = screen.getByRole('heading', { level: 2, name: browsersHeading });
      const list = heading.nextElementSibling as HTMLElement;
      expect(
        within(list)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(browsers);
      // Every language names Safari, iPad and the home-screen advice, and Firefox's storage question.
      expect(browsers.join(' ')).toMatch(/Safari/);
      expect(browsers.join(' ')).toMatch(/iPad/);
      expect(browsers.join(' ')).toMatch(/Firefox/);
      unmount();
    });
  }
});
