/** A part of a text, from `start` up to (not including) `end`. */
export interface TextRange {
  start: number;
  end: number;
}

// Where a sentence ends: . ! ? … and the Arabic question mark ؟, with any closing quotes or brackets after
// them, then white space or the end of the text. "t.ex." inside a sentence is rare in the wheel's texts;
// a short highlight of half a sentence is harmless.
const SENTENCE_END = /[.!?…؟]+["'”’»)\]]*(?=\s|$)/gu;

/** The sentences of a text, without the white space between them. */
export function sentenceRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  const push = (end: number) => {
    let from = start;
    while (from < end && /\s/u.test(text[from] ?? '')) from++;
    let to = end;
    while (to > from && /\s/u.test(text[to - 1] ?? '')) to--;
    if (to > from) ranges.push({ start: from, end: to });
  };
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = (match.index ?? 0) + match[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return ranges;
}

/**
 * The sentence a speech voice has reached, from the character index it reports (a word or sentence
 * boundary): the sentence that holds the index, or the next one when the index falls between two.
 */
export function sentenceAt(text: string, charIndex: number): TextRange | undefined {
  const ranges = sentenceRanges(text);
  return ranges.find((range) => charIndex < range.end) ?? ranges[ranges.length - 1];
}
