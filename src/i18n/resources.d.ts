// Translation keys are typed from the Swedish source texts (the source of every key): a misspelt key, or
// one missing from locales/sv, fails the typecheck. Other languages are held to the same keys by
// npm run check:locales.
import type backup from '../../locales/sv/backup.json';
import type childTurn from '../../locales/sv/childTurn.json';
import type childVoice from '../../locales/sv/childVoice.json';
import type common from '../../locales/sv/common.json';
import type exportTexts from '../../locales/sv/export.json';
import type guide from '../../locales/sv/guide.json';
import type history from '../../locales/sv/history.json';
import type lock from '../../locales/sv/lock.json';
import type poster from '../../locales/sv/poster.json';
import type practice from '../../locales/sv/practice.json';
import type privacy from '../../locales/sv/privacy.json';
import type privacyDocument from '../../locales/documents/privacy-sv.json';
import type summary from '../../locales/sv/summary.json';
import type voice from '../../locales/sv/voice.json';
import type wheel from '../../locales/sv/wheel.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      backup: typeof backup;
      childTurn: typeof childTurn;
      childVoice: typeof childVoice;
      common: typeof common;
      export: typeof exportTexts;
      guide: typeof guide;
      history: typeof history;
      lock: typeof lock;
      poster: typeof poster;
      practice: typeof practice;
      privacy: typeof privacy;
      /** The privacy description (Swedish and English only), added at its page. */
      privacyDocument: typeof privacyDocument;
      summary: typeof summary;
      voice: typeof voice;
      wheel: typeof wheel;
    };
  }
}
