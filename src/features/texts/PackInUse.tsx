import { useTranslation } from 'react-i18next';
import { packLanguages } from '../../domain/wheelPack';
import { LANGUAGES, LANGUAGE_META } from '../../i18n/languages';
import { Bidi } from '../../ui/Bidi';
import { packInUse, useWheelPackStore } from './wheelPackStore';

/** Which wheel texts are in use: the pack's name, its source and where it came from, or the built-in texts. */
export function PackInUse() {
  const { t } = useTranslation();
  const host = useWheelPackStore((s) => s.host);
  const device = useWheelPackStore((s) => s.device);
  const inUse = packInUse({ host, device });
  return (
    <dl className="pack-in-use" data-testid="pack-in-use" data-origin={inUse?.origin ?? 'built-in'}>
      <dt>{t('texts.packLabel')}</dt>
      <dd data-testid="pack-name">
        <Bidi>{inUse ? inUse.pack.name : t('texts.builtInName')}</Bidi>
      </dd>
      {inUse ? (
        <>
          <dt>{t('texts.packLanguages')}</dt>
          <dd data-testid="pack-languages">
            {packLanguages(inUse.pack, LANGUAGES).map((lng, i) => (
              <span key={lng} lang={lng}>
                {i > 0 ? ', ' : null}
                {LANGUAGE_META[lng as keyof typeof LANGUAGE_META].nativeName}
              </span>
            ))}
          </dd>
          <dt>{t('texts.packSource')}</dt>
          <dd>
            <Bidi>{inUse.pack.source}</Bidi>
          </dd>
          <dt>{t('texts.packOrigin')}</dt>
          <dd>{t(inUse.origin === 'host' ? 'texts.originHost' : 'texts.originDevice')}</dd>
        </>
      ) : null}
    </dl>
  );
}
