import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isRecordingCurrent, type VoiceText } from '../../domain/voice';
import type { Recording } from '../../storage/recordings';
import { MAX_RECORDING_SECONDS } from './recorder';

interface TextRecordingRowProps {
  language: string;
  text: VoiceText;
  recording: Recording | undefined;
  /** This text is being recorded now. */
  active: boolean;
  level: number;
  /** Another text is being recorded. */
  busy: boolean;
  onRecord: () => void;
  onStop: () => void;
  onDelete: () => void;
}

/** One text to be read: its words, whether it is recorded (and of this wording), and its buttons. */
export function TextRecordingRow({ language, text, recording, active, level, busy, onRecord, onStop, onDelete }: TextRecordingRowProps) {
  const { t, i18n } = useTranslation('voice');
  const status = !recording ? 'missing' : isRecordingCurrent(recording, text.text) ? 'recorded' : 'outOfDate';
  const audio = useRef<HTMLAudioElement | null>(null);
  const url = useRef<string | undefined>(undefined);
  useEffect(
    () => () => {
      audio.current?.pause();
      if (url.current) URL.revokeObjectURL(url.current);
    },
    [],
  );

  const play = () => {
    if (!recording) return;
    audio.current?.pause();
    if (url.current) URL.revokeObjectURL(url.current);
    url.current = URL.createObjectURL(new Blob([recording.audio as Uint8Array<ArrayBuffer>], { type: recording.mime }));
    audio.current = new Audio(url.current);
    void audio.current.play().catch(() => undefined);
  };

  return (
    <li className="voice-text" data-voice-key={text.key} data-voice-status={status}>
      <p className="voice-text-words" lang={language} dir={i18n.dir(language)}>
        {text.text}
      </p>
      <p className={status === 'outOfDate' ? 'voice-status voice-status-old' : 'voice-status'}>{t(`status.${status}`)}</p>
      {active ? (
        <div className="voice-recording">
          <meter className="voice-level" min={0} max={1} value={level} aria-label={t('recording.level')} />
          <span className="muted">{t('recording.max', { seconds: MAX_RECORDING_SECONDS })}</span>
          <button type="button" onClick={onStop} data-testid="voice-stop">
            {t('actions.stop')}
          </button>
        </div>
      ) : (
        <div className="voice-actions">
          <button type="button" onClick={onRecord} disabled={busy} data-testid="voice-record">
            {recording ? t('actions.reRecord') : t('actions.record')}
          </button>
          {recording ? (
            <>
              <button type="button" className="button-secondary" onClick={play} data-testid="voice-play">
                {t('actions.play')}
              </button>
              <button type="button" className="button-secondary" onClick={onDelete} data-testid="voice-delete">
                {t('actions.delete')}
              </button>
            </>
          ) : null}
        </div>
      )}
    </li>
  );
}
