import type { ReactNode } from 'react';
import type { AgeBand } from '../../domain/model';
import { readAloud, useCanReadAloud, type ReadAloudText } from './readAloud';

interface ReadAloudButtonProps {
  lang: string;
  band?: AgeBand;
  texts: readonly ReadAloudText[];
  /** The button's words, in `lang`. */
  label: string;
  icon?: ReactNode;
  className?: string;
}

/** Reads the texts aloud in their language; shown only where they can be read (a device voice, or a recording of the current wording). */
export function ReadAloudButton({ lang, band, texts, label, icon, className = 'button-secondary' }: ReadAloudButtonProps) {
  const available = useCanReadAloud(lang, band, texts);
  if (!available) return null;
  return (
    <button type="button" className={className} data-testid="read-aloud" onClick={() => readAloud(band ? { lang, band, texts } : { lang, texts })}>
      {icon}
      {label}
    </button>
  );
}
