// Quantities in German text, normalised so that outlets can be compared:
//   "1.000 Soldaten" → 1000 soldat      "3,5 Prozent" → 3.5 %
//   "anderthalb Stunden" → 90 min       "über eine Stunde" → 60 min (über)
//   "24 Stunden" → 1440 min             "zwei Millionen Euro" → 2000000 €
//   "am 12. Februar" → date 02-12       "Grenzen von 2014" → year 2014
import { stem } from './stem.js';

export interface Quantity {
  value: number;
  /** What is counted: 'min' for durations, '%', '€', '$', 'date', 'year', or a stemmed noun. */
  unit: string;
  /** "über", "fast", "rund", … as printed before the number, lower-cased. */
  qualifier: string | null;
  /** The words as printed, `text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
}

const SMALL: Record<string, number> = {
  null: 0, eins: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
};
const TENS: Record<string, number> = { zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90 };
const FRACTIONS: Record<string, number> = {
  anderthalb: 1.5, eineinhalb: 1.5, zweieinhalb: 2.5, dreieinhalb: 3.5, viereinhalb: 4.5, halb: 0.5, halbe: 0.5, halben: 0.5, halbes: 0.5,
  dutzend: 12, hundert: 100, tausend: 1000, einhundert: 100, eintausend: 1000,
};
/** "ein", "eine", … count as 1 only before a measure: "eine Stunde", not "eine Rückkehr", "ein Treffen". */
const ONE = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines']);
const SCALES: Record<string, number> = {
  tausend: 1e3, million: 1e6, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9, billion: 1e12, billionen: 1e12,
};
const MINUTES: Record<string, number> = { sekund: 1 / 60, minut: 1, stund: 60, tag: 1440, woch: 10080, monat: 43200, jahr: 525600, jahrzehnt: 5256000 };
const UNIT_SYMBOLS: Record<string, string> = { prozent: '%', '%': '%', euro: '€', '€': '€', dollar: '$', '$': '$', 'us-dollar': '$', franken: 'CHF' };
const MONTHS = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];
const QUALIFIERS = [
  'mehr als', 'weniger als', 'bis zu', 'knapp über', 'gut über', 'über', 'fast', 'knapp', 'rund', 'etwa', 'ungefähr', 'circa', 'ca.', 'gut',
  'mindestens', 'höchstens', 'beinahe', 'nahezu', 'annähernd', 'unter', 'nur', 'lediglich', 'bereits', 'schon',
];

/** The value of one number word or numeral, or null. */
export function numberValue(token: string): number | null {
  const c = token.charCodeAt(0);
  if (c >= 48 && c <= 57) return parseNumeral(token);
  return numberWordValue(token.toLowerCase());
}

/** The value of a lower-case number word ("zwei", "anderthalb", "fünfundzwanzig"), or null. */
export function numberWordValue(t: string): number | null {
  if (Object.hasOwn(SMALL, t)) return SMALL[t];
  if (Object.hasOwn(TENS, t)) return TENS[t];
  if (Object.hasOwn(FRACTIONS, t)) return FRACTIONS[t];
  if (!t.endsWith('zig') && !t.endsWith('ßig')) return null;
  // "fünfundzwanzig", "einundzwanzig"
  const m = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$/.exec(t);
  if (m) return (m[1] === 'ein' ? 1 : SMALL[m[1]]) + TENS[m[2]];
  return null;
}

/** "1.000" → 1000, "3,5" → 3.5, "1.234,5" → 1234.5, "3.0" → 3. */
export function parseNumeral(s: string): number | null {
  let t = s;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '');
  t = t.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

const TOKEN_RE = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*\.?|[%€$]/gu;

interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// A quick look before the token walk: digits, number words, or "ein" before a measure.
const MAY_COUNT = new RegExp(
  `\\d|${[...Object.keys(SMALL), ...Object.keys(TENS), ...Object.keys(FRACTIONS)].join('|')}|zig\\b|ßig\\b|(${[...ONE].join('|')})\\s+(${[...Object.keys(UNIT_SYMBOLS), 'sekunde', 'minute', 'stunde', 'tag', 'woche', 'monat', 'jahr'].map((u) => u.replace(/[$]/g, '\\$')).join('|')})`,
  'i',
);

/** Every quantity in `text`, with offsets into it. */
export function quantities(text: string): Quantity[] {
  if (!MAY_COUNT.test(text)) return [];
  const toks: Tok[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    // A trailing dot belongs to an abbreviation ("Mio.") or ends the sentence.
    let word = m[0];
    if (word.endsWith('.') && !/^(mio|mrd|ca)\.$/i.test(word)) word = word.slice(0, -1);
    toks.push({ text: word, lower: word.toLowerCase(), start: m.index, end: m.index + word.length });
  }
  const out: Quantity[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // "am 12. Februar": a day and a month.
    if (/^\d{1,2}$/.test(t.text) && text[t.end] === '.' && toks[i + 1] && MONTHS.includes(toks[i + 1].lower)) {
      const month = MONTHS.indexOf(toks[i + 1].lower) + 1;
      out.push(make(text, toks, i, i + 1, month * 100 + Number(t.text), 'date'));
      i++;
      continue;
    }
    let value = ONE.has(t.lower) ? 1 : numberValue(t.text);
    if (value === null) continue;
    if (ONE.has(t.lower) && !isMeasure(unitOf(toks[i + 1]))) continue;
    if (/^\d/.test(t.text) && text[t.end] === '.' && /^\d{1,2}$/.test(t.text) && toks[i + 1] && /^\p{Lu}/u.test(toks[i + 1].text)) {
      // "der 3. Tag": an ordinal, not a count.
      continue;
    }
    let j = i;
    const scale = toks[j + 1] ? own(SCALES, toks[j + 1].lower.replace(/\.$/, '')) : undefined;
    if (scale) {
      value *= scale;
      j++;
    }
    const unitTok = toks[j + 1];
    let unit = unitOf(unitTok);
    // "2014 OSZE-Beobachter": a year before a noun, unless the noun is a measure.
    if (/^\d{4}$/.test(t.text) && value >= 1900 && value <= 2100 && !scale && !isMeasure(unit)) unit = null;
    if (unit) {
      j++;
      if (unit.minutes !== undefined) value *= unit.minutes;
    }
    let name = unit ? unit.name : null;
    if (!name && /^\d{4}$/.test(t.text) && value >= 1900 && value <= 2100) name = 'year';
    if (!name) {
      // "Artikel 5", "Minsk 3.0": the number labels the word before it.
      const prev = toks[i - 1];
      name = prev && /^\p{Lu}/u.test(prev.text) && prev.end <= t.start ? `${stem(prev.text)}#` : '#';
    }
    const q = make(text, toks, i, j, round(value), name);
    const qual = qualifierBefore(text, t.start);
    if (qual) {
      q.qualifier = qual.word;
      q.start = qual.start;
      q.text = text.slice(q.start, q.end);
    }
    out.push(q);
    i = j;
  }
  return out;
}

/** A unit of measure, not just a counted noun: "eine Stunde", "ein Prozent", but not "ein Treffen". */
function isMeasure(u: { name: string; minutes?: number } | null): boolean {
  return u !== null && (u.minutes !== undefined || Object.values(UNIT_SYMBOLS).includes(u.name));
}

function unitOf(tok: Tok | undefined): { name: string; minutes?: number } | null {
  if (!tok) return null;
  const sym = own(UNIT_SYMBOLS, tok.lower);
  if (sym) return { name: sym };
  if (!/^\p{Lu}/u.test(tok.text) && tok.text !== '%') return null;
  const s = stem(tok.text);
  const minutes = own(MINUTES, s);
  if (minutes !== undefined) return { name: 'min', minutes };
  if (own(SCALES, tok.lower) !== undefined || numberValue(tok.text) !== null) return null;
  return { name: s };
}

function make(text: string, toks: Tok[], from: number, to: number, value: number, unit: string): Quantity {
  const start = toks[from].start;
  const end = toks[to].end;
  return { value, unit, qualifier: null, text: text.slice(start, end), start, end };
}

function qualifierBefore(text: string, pos: number): { word: string; start: number } | null {
  const before = text.slice(Math.max(0, pos - 16), pos).toLowerCase();
  for (const q of QUALIFIERS) {
    if (before.endsWith(q + ' ')) {
      const start = pos - q.length - 1;
      if (start > 0 && /[\p{L}\p{M}]/u.test(text[start - 1])) continue;
      return { word: q, start };
    }
  }
  return null;
}

/** A table's own entry, never one from Object's prototype ("constructor"). */
function own<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** A quantity as a person reads it back: "90 min", "3.5 %", "2014". */
export function describeValue(q: Pick<Quantity, 'value' | 'unit'>): string {
  if (q.unit === 'min') {
    if (q.value >= 60) return `${round(q.value / 60)} h`;
    return `${q.value} min`;
  }
  if (q.unit === 'date') return `${String(q.value % 100).padStart(2, '0')}.${String(Math.floor(q.value / 100)).padStart(2, '0')}.`;
  if (q.unit === 'year' || q.unit === '#' || q.unit.endsWith('#')) return String(q.value);
  return `${q.value} ${q.unit}`;
}
