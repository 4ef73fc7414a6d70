// Small rules of the export screens: passphrase checks, file names without child data, error texts,
// and the summary column's fallback for languages whose texts are not all translated yet.
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { BACKUP_ERROR_CODES, BackupError } from '../../src/domain/backup/errors';
import { MIN_PASSPHRASE_LENGTH, backupFileName, passphraseProblem, wheelImageFileName } from '../../src/features/export/backupRules';
import { backupErrorCode, backupErrorKey } from '../../src/features/export/backupErrors';
import { columnTranslate } from '../../src/features/export/summaryTranslate';
import { loadNamespace } from './testTranslate';

describe('passphraseProblem', () => {
  it('asks for at least eight characters, counted as the user sees them', () => {
    expect(MIN_PASSPHRASE_LENGTH).toBe(8);
    expect(passphraseProblem('1234567', '1234567')).toBe('passphraseTooShort');
    expect(passphraseProblem('12345678', '12345678')).toBeUndefined();
    // Seven emoji are seven characters even though they are fourteen UTF-16 units.
    expect(passphraseProblem('😀'.repeat(7), '😀'.repeat(7))).toBe('passphraseTooShort');
  });

  it('asks for the same passphrase twice, whatever the keyboard’s Unicode form', () => {
    expect(passphraseProblem('korrekt häst', 'korrekt hast')).toBe('passphraseMismatch');
    expect(passphraseProblem('korrekt h\u00e4st', 'korrekt ha\u0308st')).toBeUndefined();
  });
});

describe('file names', () => {
  it('say what and when, never who', () => {
    const now = new Date(2025, 2, 4, 9, 5);
    expect(backupFileName(now, { encrypted: false, oneChild: false })).toBe('hjulet-backup-2025-03-04-0905.json');
    expect(backupFileName(now, { encrypted: true, oneChild: true })).toBe('hjulet-backup-2025-03-04-0905-one-child-encrypted.json');
    expect(wheelImageFileName('2025-03-04', 'ar', 'png')).toBe('hjulet-2025-03-04-ar.png');
    expect(wheelImageFileName('../x/<y>', 'sv', 'svg')).toBe('hjulet-xy-sv.svg');
  });
});

describe('backup error texts', () => {
  it('maps every BackupError code to its own text, and anything else to “damaged”', () => {
    for (const code of BACKUP_ERROR_CODES) {
      const error = new BackupError(code);
      expect(backupErrorCode(error)).toBe(code);
      expect(backupErrorKey(error)).toBe(`backup:errors.${code}`);
      for (const lng of ['sv', 'en']) {
        const texts = loadNamespace(lng, 'backup') as { errors: Record<string, string> };
        expect(texts.errors[code]).toMatch(/\p{L}/u);
      }
    }
    expect(backupErrorCode(new Error('x'))).toBeUndefined();
    expect(backupErrorKey(new TypeError('x'))).toBe('backup:errors.damaged');
    expect(backupErrorKey({ name: 'BackupError', code: 'made-up' })).toBe('backup:errors.damaged');
  });
});

describe('columnTranslate', () => {
  async function instance() {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'sv', fallbackLng: false, resources: {}, interpolation: { escapeValue: false } });
    for (const lng of ['sv', 'en']) {
      for (const ns of ['summary', 'wheel', 'common']) i18n.addResourceBundle(lng, ns, loadNamespace(lng, ns) as object);
    }
    // A language with only the wheel's texts, as new translations arrive.
    i18n.addResourceBundle('xx', 'wheel', { areas: { safe: { label: 'XX-safe' } } });
    return i18n;
  }

  it('uses the column’s own language where it has the text', async () => {
    const { t, usesFallback } = columnTranslate(await instance(), 'en', 'sv');
    expect(usesFallback).toBe(false);
    expect(t('summary:title')).toBe((loadNamespace('en', 'summary') as { title: string }).title);
    expect(t('wheel:areas.safe.label')).toBe('Safe');
  });

  it('falls back to the UI language for missing texts and says so', async () => {
    const { t, usesFallback } = columnTranslate(await instance(), 'xx', 'sv');
    expect(usesFallback).toBe(true);
    expect(t('wheel:areas.safe.label')).toBe('XX-safe');
    expect(t('wheel:areas.healthy.label')).toBe('Må bra');
    expect(t('summary:rating', { value: 4, word: 'Bra' })).toBe('4 av 5, Bra');
  });
});

describe('the summary route', () => {
  it('parses #/summary/<id> and builds it back', async () => {
    const { hrefFor, parseHash } = await import('../../src/navigation');
    expect(parseHash('#/summary/abc%20d')).toEqual({ name: 'summary', conversationId: 'abc d' });
    expect(hrefFor({ name: 'summary', conversationId: 'abc d' })).toBe('#/summary/abc%20d');
    expect(parseHash('#/summary')).toEqual({ name: 'notFound' });
  });
});
