// Reads and edits a locale file as text, so that writing a changed translation back touches only that
// value: key order, line breaks and the hand-made layout of the file stay as they were (a re-serialised
// file would make every review a diff of the whole file and clash with everyone else's edits).

/** Path of a leaf as the rest of the tooling writes it: `areas.safe.prompts[0]`. */
export function joinPath(base, segment) {
  if (typeof segment === 'number') return `${base}[${segment}]`;
  return base ? `${base}.${segment}` : segment;
}

/**
 * Every string value of a JSON text with where its token starts and ends.
 * @returns {Map<string, { start: number, end: number, value: string }>} in document order
 */
export function stringSpans(text) {
  const spans = new Map();
  let i = 0;
  const fail = (what) => {
    throw new SyntaxError(`JSON: ${what} at offset ${i}`);
  };
  const skip = () => {
    while (i < text.length && ' \t\n\r\uFEFF'.includes(text[i])) i += 1;
  };
  const readString = () => {
    const start = i;
    if (text[i] !== '"') fail('expected a string');
    i += 1;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail('unterminated string');
    i += 1;
    return { start, end: i, value: JSON.parse(text.slice(start, i)) };
  };
  const readValue = (path) => {
    skip();
    const c = text[i];
    if (c === '{') {
      i += 1;
      skip();
      if (text[i] === '}') {
        i += 1;
        return;
      }
      for (;;) {
        skip();
        const key = readString().value;
        skip();
        if (text[i] !== ':') fail('expected ":"');
        i += 1;
        readValue(joinPath(path, key));
        skip();
        if (text[i] === ',') i += 1;
        else if (text[i] === '}') {
          i += 1;
          return;
        } else fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i += 1;
      skip();
      if (text[i] === ']') {
        i += 1;
        return;
      }
      for (let index = 0; ; index += 1) {
        readValue(joinPath(path, index));
        skip();
        if (text[i] === ',') i += 1;
        else if (text[i] === ']') {
          i += 1;
          return;
        } else fail('expected "," or "]"');
      }
    }
    if (c === '"') {
      spans.set(path, readString());
      return;
    }
    const m = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 40));
    if (!m) fail('unexpected character');
    i += m[0].length;
  };
  readValue('');
  skip();
  if (i !== text.length) fail('text after the value');
  return spans;
}

/**
 * Replaces the string values at the given paths. Paths that are not string values of the text are
 * returned in `missing` and change nothing.
 * @param {string} text
 * @param {Map<string, string>} changes
 */
export function replaceStrings(text, changes) {
  const spans = stringSpans(text);
  const missing = [...changes.keys()].filter((p) => !spans.has(p));
  const edits = [...changes]
    .filter(([p, value]) => spans.has(p) && spans.get(p).value !== value)
    .map(([p, value]) => ({ ...spans.get(p), replacement: JSON.stringify(value) }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  return { text: out, missing, changed: edits.length };
}
