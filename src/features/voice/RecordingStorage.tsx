import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useLive } from '../../storage';
import { recordingBytes } from '../../storage/recordings';
import { toMegabytes } from '../settings/persistence';

/** How much room the recordings of every language take on the device. */
export function RecordingStorage() {
  const { t, i18n } = useTranslation('voice');
  const bytes = useLive(() => recordingBytes(), []);
  if (bytes === undefined) return null;
  return <p data-testid="voice-storage">{bytes === 0 ? t('storage.none') : t('storage.used', { size: formatNumber(toMegabytes(bytes), i18n.language) })}</p>;
}
