// Settings → voices and recordings (issue 13): for one language and age band, every text the app reads
// aloud, each recorded, played back, recorded again or deleted; the choice of voice for the language;
// the storage the recordings take; and voice packs to carry them to another device.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGE_BANDS, type AgeBand } from '../../domain/model';
import { voiceTextsFor, type VoiceText } from '../../domain/voice';
import type { AreaId } from '../../domain/wheel';
import { isLanguage, type Language } from '../../i18n/languages';
import { usePageTexts } from '../../i18n/pageTexts';
import { hrefFor } from '../../navigation';
import { useLive } from '../../storage';
import { deleteRecording, listRecordings, saveRecording } from '../../storage/recordings';
import { LanguageSelect } from '../../ui/LanguageSelect';
import { stopReadAloud } from '../readAloud/readAloud';
import { startRecording, type RecorderFailure, type RecordingSession } from './recorder';
import { RecordingStorage } from './RecordingStorage';
import { TextRecordingRow } from './TextRecordingRow';
import { VoiceChoice } from './VoiceChoice';
import { VoicePackSection } from './VoicePackSection';
import './voice.css';

/** The texts by area (in the wheel's order), then those for the whole wheel. */
function groupsOf(texts: readonly VoiceText[]): Array<{ areaId?: AreaId; texts: VoiceText[] }> {
  const groups: Array<{ areaId?: AreaId; texts: VoiceText[] }> = [];
  for (const text of texts) {
    const last = groups[groups.length - 1];
    if (last && last.areaId === text.areaId) last.texts.push(text);
    else groups.push(text.areaId ? { areaId: text.areaId, texts: [text] } : { texts: [text] });
  }
  return groups;
}

export function RecordingsPage({ lang }: { lang?: string }) {
  const { i18n } = useTranslation();
  const [language, setLanguage] = useState<Language>(isLanguage(lang) ? lang : (i18n.language as Language));
  // The texts read are the child's turn's and the wheel's, in the language recorded.
  const voiceTexts = usePageTexts('voice');
  const turnTexts = usePageTexts('childTurn', [language]);
  if (!voiceTexts || !turnTexts) return <p className="muted">{i18n.t('status.loading')}</p>;
  return <Recordings language={language} onLanguage={setLanguage} />;
}

function Recordings({ language, onLanguage }: { language: Language; onLanguage: (language: Language) => void }) {
  const { t, i18n } = useTranslation('voice');
  const [band, setBand] = useState<AgeBand>('6-12');
  const [active, setActive] = useState<string>();
  const [level, setLevel] = useState(0);
  const [failure, setFailure] = useState<RecorderFailure>();
  const session = useRef<RecordingSession | undefined>(undefined);
  const recordings = useLive(() => listRecordings(language, band), [language, band]);

  // The domain's list names its texts by plain `ns:key` strings (it knows no locale types); the unit test
  // tests/unit/voicePack.test.ts holds every one of them to the locale files.
  const tl = i18n.getFixedT(language) as unknown as (key: string, options?: { returnObjects: true }) => unknown;
  const texts = voiceTextsFor(band, {
    text: (key) => String(tl(key)),
    list: (key) => {
      const value = tl(key, { returnObjects: true });
      return Array.isArray(value) ? value.map(String) : [];
    },
  });

  // Leaving the page (or another language or band) ends a recording without keeping it.
  useEffect(
    () => () => {
      session.current?.cancel();
      session.current = undefined;
      setActive(undefined);
      stopReadAloud();
    },
    [language, band],
  );

  const record = async (key: string, text: string) => {
    session.current?.cancel();
    setFailure(undefined);
    setActive(key);
    try {
      session.current = await startRecording(setLevel, (recorded) => {
        session.current = undefined;
        setActive(undefined);
        setLevel(0);
        void saveRecording({ lang: language, band, key, text, ...recorded });
      });
    } catch (error) {
      setActive(undefined);
      setFailure(error === 'denied' ? 'denied' : 'unsupported');
    }
  };

  const byKey = new Map((recordings ?? []).map((r) => [r.key, r]));
  const done = texts.filter((text) => byKey.has(text.key)).length;

  return (
    <div className="settings voice-page">
      <p>
        <a href={hrefFor({ name: 'settings' })}>{t('page.back')}</a>
      </p>
      <h1>{t('page.title')}</h1>
      <p>{t('page.intro')}</p>
      <div className="toolbar">
        <LanguageSelect label={t('page.language')} value={language} onChange={onLanguage} testId="voice-language" />
        <label className="inline-field">
          {t('page.band')}
          <select value={band} onChange={(e) => setBand(e.target.value as AgeBand)} data-testid="voice-band">
            {AGE_BANDS.map((b) => (
              <option key={b} value={b}>
                {i18n.t(`common:ageBand.years.${b}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <VoiceChoice language={language} />
      <RecordingStorage />
      <VoicePackSection language={language} band={band} hasRecordings={(recordings ?? []).length > 0} />
      <section aria-labelledby="voice-texts-heading" className="settings-section">
        <h2 id="voice-texts-heading">{t('list.heading')}</h2>
        <p data-testid="voice-progress">{t('list.progress', { recorded: done, total: texts.length })}</p>
        {failure ? (
          <p role="alert" className="form-error">
            {t(`microphone.${failure}`)}
          </p>
        ) : null}
        {groupsOf(texts).map(({ areaId, texts: group }) => (
          <section key={areaId ?? 'whole'} aria-labelledby={`voice-group-${areaId ?? 'whole'}`}>
            <h3 id={`voice-group-${areaId ?? 'whole'}`}>{areaId ? i18n.t(`wheel:areas.${areaId}.label`) : t('list.whole')}</h3>
            <ol className="voice-texts">
              {group.map((text) => (
                <TextRecordingRow
                  key={text.key}
                  language={language}
                  text={text}
                  recording={byKey.get(text.key)}
                  active={active === text.key}
                  level={active === text.key ? level : 0}
                  busy={active !== undefined && active !== text.key}
                  onRecord={() => void record(text.key, text.text)}
                  onStop={() => session.current?.stop()}
                  onDelete={() => void deleteRecording(language, band, text.key)}
                />
              ))}
            </ol>
          </section>
        ))}
      </section>
    </div>
  );
}
