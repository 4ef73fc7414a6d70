import { useReadingOf } from './readingNow';

interface ReadTextProps {
  /** The language the text is shown in. */
  lang: string;
  /** The text's key, as a read-aloud request names it (`wheel:areas.safe.label`). */
  textKey: string;
  text: string;
}

/**
 * A text that can be read aloud: while it is being read it is marked, and the sentence the voice has
 * reached is highlighted (where the browser says; else the whole text), so a child can follow along.
 */
export function ReadText({ lang, textKey, text }: ReadTextProps) {
  const reading = useReadingOf(lang, textKey);
  // The key is on the page, so that the static public wheel pages' script (features/wheel/static) finds
  // the texts it reads and marks them the same way.
  if (!reading) return <span data-read-key={textKey}>{text}</span>;
  const { start, end } = reading.sentence ?? { start: 0, end: text.length };
  return (
    <span data-read-key={textKey} className="is-reading" data-reading="">
      {text.slice(0, start)}
      <mark className="reading-sentence">{text.slice(start, end)}</mark>
      {text.slice(end)}
    </span>
  );
}
