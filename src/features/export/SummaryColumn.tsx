// One language version of the summary with its own exports: copy as plain text, the wheel as PNG or
// SVG, and sharing the picture where the browser can share files.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Child, Conversation } from '../../domain/model';
import { buildSummary, summaryToPlainText, type Summary, type Translate } from '../../domain/summary';
import { AREA_IDS, type AreaId } from '../../domain/wheel';
import { formatDate } from '../../i18n/format';
import { LANGUAGE_META, type Language } from '../../i18n/languages';
import { wheelScene } from '../../ui/wheel/WheelDrawing';
import { copyText } from './clipboard';
import { canShareFiles, downloadFile, shareOrDownload } from './share';
import { SummaryDocument } from './SummaryDocument';
import type { WheelImageRequest } from './wheelImageFile';
import { TransferPrompt } from '../practice/TransferPrompt';
import type { Guard } from '../practice/ShareScope';

interface SummaryColumnProps {
  child: Child;
  conversation: Conversation;
  earlier?: Conversation;
  lng: Language;
  /** Bound to `lng`, falling back to the UI language for texts not yet translated. */
  t: Translate;
  /** Checks the recipient against the consent's scope before the summary leaves (features/practice/ShareScope). */
  guard?: Guard;
}

type Message = { kind: 'ok' | 'error'; text: string };

/** The wheel as a PNG or SVG file; its drawing code and fonts load on the first export, not with the page. */
async function wheelImageFile(request: WheelImageRequest, kind: 'png' | 'svg'): Promise<File> {
  const { wheelImageFile: make } = await import('./wheelImageFile');
  return make(request, kind);
}

export function columnSummary({ child, conversation, earlier, lng, t }: SummaryColumnProps, audience: 'family' | 'records' = 'family'): Summary {
  const input = { child, conversation, t, formatDate: (iso: string) => formatDate(iso, lng), audience };
  return buildSummary(earlier ? { ...input, earlier } : input);
}

export function SummaryColumn(props: SummaryColumnProps) {
  const { conversation, lng, t: columnT } = props;
  const { t } = useTranslation(['export', 'common', 'wheel']);
  const summary = columnSummary(props);
  const [copyMessage, setCopyMessage] = useState<Message | undefined>();
  const [manualText, setManualText] = useState<string | undefined>();
  const [imageMessage, setImageMessage] = useState<Message | undefined>();
  const [busy, setBusy] = useState(false);
  const rtl = LANGUAGE_META[lng].dir === 'rtl';
  const labels = Object.fromEntries(AREA_IDS.map((id) => [id, columnT(`wheel:areas.${id}.label`)])) as Record<AreaId, string>;
  const scene = wheelScene({ labels, centre: columnT('wheel:centre'), entries: conversation.entries, rtl });
  const languageName = LANGUAGE_META[lng].nativeName;

  const guard: Guard = props.guard ?? ((run) => run());
  async function copy() {
    // The records text: the only copy that holds the safety concerns and the transfer record.
    const text = summaryToPlainText(columnSummary(props, 'records'));
    const copied = await copyText(text);
    setManualText(copied ? undefined : text);
    setCopyMessage(copied ? { kind: 'ok', text: t('copy.done') } : { kind: 'error', text: t('copy.failed') });
  }

  async function exportImage(kind: 'png' | 'svg', share = false) {
    setBusy(true);
    setImageMessage({ kind: 'ok', text: t('image.working') });
    try {
      const file = await wheelImageFile(
        { conversation: props.conversation, lng: props.lng, t: props.t, alias: summary.alias, dateText: summary.dateText },
        kind,
      );
      if (share) {
        const outcome = await shareOrDownload(file, columnT('common:wheelUi.name'));
        setImageMessage(outcome === 'cancelled' ? undefined : { kind: 'ok', text: t(outcome === 'shared' ? 'image.shared' : 'image.downloaded') });
      } else {
        downloadFile(file, file.name);
        setImageMessage({ kind: 'ok', text: t('image.downloaded') });
      }
    } catch {
      setImageMessage({ kind: 'error', text: t('image.failed') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="summary-column" data-column-lang={lng}>
      <div className="summary-actions no-print" role="group" aria-label={t('summary.actionsFor', { language: languageName })}>
        <button type="button" className="button-secondary" onClick={() => void copy()} data-testid="copy-text">
          {t('copy.button')}
        </button>
        <button type="button" className="button-secondary" disabled={busy} onClick={() => guard(() => void exportImage('png'))} data-testid="download-png">
          {t('image.png')}
        </button>
        <button type="button" className="button-secondary" disabled={busy} onClick={() => guard(() => void exportImage('svg'))} data-testid="download-svg">
          {t('image.svg')}
        </button>
        {canShareFiles() ? (
          <button type="button" className="button-secondary" disabled={busy} onClick={() => guard(() => void exportImage('png', true))} data-testid="share-png">
            {t('image.share')}
          </button>
        ) : null}
        <p role="status" className={copyMessage?.kind === 'error' ? 'form-error' : 'form-ok'} data-testid="copy-status">
          {copyMessage?.text}
        </p>
        <p role="status" className={imageMessage?.kind === 'error' ? 'form-error' : 'muted'} data-testid="image-status">
          {imageMessage?.text}
        </p>
        {copyMessage?.kind === 'ok' ? <TransferPrompt conversation={conversation} /> : null}
        {manualText !== undefined ? (
          <label className="field">
            {t('copy.manualLabel')}
            <textarea readOnly value={manualText} rows={10} onFocus={(e) => e.currentTarget.select()} />
          </label>
        ) : null}
      </div>
      <SummaryDocument summary={summary} scene={scene} t={columnT} lang={lng} dir={rtl ? 'rtl' : 'ltr'} />
    </div>
  );
}
