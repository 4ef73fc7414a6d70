import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgeBand } from '../../domain/model';
import type { VoicePackError } from '../../domain/voice';
import { LANGUAGES } from '../../i18n/languages';
import { deleteRecordings } from '../../storage/recordings';
import { exportVoicePack, importVoicePack } from '../../storage/voicePacks';
import { downloadFile } from '../export/share';
import { fetchHostVoicePack } from './hostVoicePack';

type Message = { kind: 'imported'; number: number } | { kind: 'error'; error: VoicePackError | 'unreadable' } | { kind: 'erased' } | { kind: 'no-host-pack' };

/** Voice packs out and in, and erasing a language's recordings. */
export function VoicePackSection({ language, band, hasRecordings }: { language: string; band: AgeBand; hasRecordings: boolean }) {
  const { t } = useTranslation('voice');
  const [message, setMessage] = useState<Message>();
  const [confirming, setConfirming] = useState(false);

  const save = async () => {
    const text = await exportVoicePack(language, band);
    downloadFile(new Blob([text], { type: 'application/json' }), `hjulet-voice-${language}-${band}.json`);
  };

  const load = async (file: File) => {
    setMessage(undefined);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ kind: 'error', error: 'unreadable' });
      return;
    }
    await loadText(text);
  };

  const loadHostPack = async () => {
    setMessage(undefined);
    const found = await fetchHostVoicePack(language, band);
    if (found.kind === 'none') setMessage({ kind: 'no-host-pack' });
    else await loadText(found.text);
  };

  const loadText = async (text: string) => {
    try {
      const result = await importVoicePack(text, LANGUAGES);
      setMessage(result.ok ? { kind: 'imported', number: result.recordings.length } : { kind: 'error', error: result.error });
    } catch {
      setMessage({ kind: 'error', error: 'unreadable' });
    }
  };

  return (
    <section aria-labelledby="voice-pack-heading" className="settings-section">
      <h2 id="voice-pack-heading">{t('pack.heading')}</h2>
      <p>{t('pack.text')}</p>
      <div className="toolbar">
        <button type="button" onClick={() => void save()} disabled={!hasRecordings} data-testid="voice-export">
          {t('pack.export')}
        </button>
        <button type="button" className="button-secondary" onClick={() => void loadHostPack()} data-testid="voice-host">
          {t('pack.host')}
        </button>
        <label className="voice-import">
          {t('pack.import')}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="voice-import"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void load(file);
            }}
          />
        </label>
        {confirming ? (
          <>
            <button
              type="button"
              className="button-danger"
              data-testid="voice-erase-confirm"
              onClick={() => {
                setConfirming(false);
                void deleteRecordings(language).then(() => setMessage({ kind: 'erased' }));
              }}
            >
              {t('pack.eraseConfirm')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
              {t('pack.eraseCancel')}
            </button>
          </>
        ) : (
          <button type="button" className="button-secondary" onClick={() => setConfirming(true)} data-testid="voice-erase">
            {t('pack.erase')}
          </button>
        )}
      </div>
      <p role="status" data-testid="voice-pack-message" className={message?.kind === 'error' ? 'form-error' : undefined}>
        {message?.kind === 'imported' ? t('pack.imported', { number: message.number }) : null}
        {message?.kind === 'erased' ? t('pack.erased') : null}
        {message?.kind === 'no-host-pack' ? t('pack.hostNone') : null}
        {message?.kind === 'error' ? `${t('pack.refused')} ${t(`errors.${message.error}`)}` : null}
      </p>
    </section>
  );
}
