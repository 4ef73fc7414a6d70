// CSV as spreadsheets write and read it (RFC 4180): UTF-8 with a byte order mark, so that Excel reads
// Arabic and Kurmanji letters right; every field quoted, so commas, quotes and line breaks inside a text
// survive. Reading accepts what a spreadsheet saves back: with or without the mark, CRLF or LF, and the
// semicolon that Excel uses as separator in Swedish settings.

export const BOM = '\uFEFF';

const quote = (field) => `"${String(field).replace(/"/g, '""')}"`;

/** @param {string[][]} records */
export function toCsv(records) {
  return BOM + records.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** The separator of a file: the one of `,` and `;` that occurs first outside quotes on the first line. */
function separatorOf(text) {
  let inQuotes = false;
  for (const c of text) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === ',' || c === ';')) return c;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
  }
  return ',';
}

/**
 * Parses CSV text into records with the line number each starts on. Line breaks inside a field become
 * "\n" (a spreadsheet may save "\r\n" there). Throws on a quote that never closes.
 * @returns {{ line: number, fields: string[] }[]}
 */
export function parseCsv(input) {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const sep = separatorOf(text);
  const records = [];
  let fields = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let started = false;
  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    // A blank line (one empty field) is no record.
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    started = false;
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (!started) {
      recordLine = line;
      started = true;
    }
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') inQuotes = false;
      else if (c === '\r' && text[i + 1] === '\n') {
        field += '\n';
        line += 1;
        i += 1;
      } else {
        if (c === '\n') line += 1;
        field += c;
      }
    } else if (c === '"' && field === '') inQuotes = true;
    else if (c === sep) endField();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
    } else field += c;
  }
  if (inQuotes) throw new SyntaxError(`CSV: a quote opened on line ${recordLine} never closes`);
  if (started) endRecord();
  return records;
}
