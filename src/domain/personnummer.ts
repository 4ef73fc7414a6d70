// Finds Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer,
// day + 60) in free text, so the app can gently warn before one is stored (docs/architecture.md, "Privacy rules").
// Forms: YYMMDD-NNNN, YYMMDD+NNNN, YYMMDDNNNN, YYYYMMDD-NNNN, YYYYMMDDNNNN. A match needs a real date
// and a correct Luhn check digit, and must not be part of a longer run of digits.

export interface PersonnummerMatch {
  /** Index of the first character in the text. */
  start: number;
  /** Index just after the last character. */
  end: number;
  match: string;
}

// 12-digit form first so that its century is read before the 10-digit form could match its tail.
// '–' (en dash) is what word processors often turn a typed '-' into.
const PATTERN = /(?<!\d)(?:(\d{4})(\d{2})(\d{2})[-–]?(\d{4})|(\d{2})(\d{2})(\d{2})[-–+]?(\d{4}))(?!\d)/gu;

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A birth date, or for a samordningsnummer the birth day plus 60. */
function isValidDay(year: number, month: number, day: number): boolean {
  return isRealDate(year, month, day) || (day > 60 && isRealDate(year, month, day - 60));
}

/** Luhn check over the ten digits YYMMDDNNNC. */
export function luhnValid(tenDigits: string): boolean {
  if (!/^\d{10}$/.test(tenDigits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = tenDigits.charCodeAt(i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function isPersonnummer(groups: (string | undefined)[]): boolean {
  const [yyyy, mm12, dd12, tail12, yy, mm10, dd10, tail10] = groups;
  if (yyyy !== undefined && mm12 !== undefined && dd12 !== undefined && tail12 !== undefined) {
    const year = Number(yyyy);
    if (year < 1800 || year > 2099) return false;
    return isValidDay(year, Number(mm12), Number(dd12)) && luhnValid(yyyy.slice(2) + mm12 + dd12 + tail12);
  }
  if (yy !== undefined && mm10 !== undefined && dd10 !== undefined && tail10 !== undefined) {
    // Without the century, 29 February counts when it exists in any century the person could be born in.
    const valid = [1800, 1900, 2000].some((c) => isValidDay(c + Number(yy), Number(mm10), Number(dd10)));
    return valid && luhnValid(yy + mm10 + dd10 + tail10);
  }
  return false;
}

export function findPersonnummer(text: string): PersonnummerMatch[] {
  const found: PersonnummerMatch[] = [];
  for (const m of text.matchAll(PATTERN)) {
    if (isPersonnummer(m.slice(1))) {
      found.push({ start: m.index, end: m.index + m[0].length, match: m[0] });
    }
  }
  return found;
}

export function looksLikePersonnummer(text: string): boolean {
  return findPersonnummer(text).length > 0;
}
