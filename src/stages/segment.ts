// Segment an article into paragraphs (lines), sentences and tokens, each with
// offsets into the text. German sentence ends are decided token by token:
//   "Dr. Müller", "z. B.", "J.D. Vance"        an abbreviation or initial goes on
//   "am 12. Februar 2025", "der 3. Tag"        an ordinal goes on
//   "„… hoffentlich bald!“, sagte er"          a quotation's end goes on into its cue
//   "… haben.“ Trump …"                        the closing mark belongs to the sentence it ends
import { ABBREVIATIONS, DETERMINERS, MONTHS, NOT_NAMES, OBLIQUE, QUOTE_CHARS } from '../lexicon/index.js';
import type { Paragraph, Sentence, Token, TokenKind, Work } from '../types.js';
import { isSpace, tokenEnd } from './scan.js';

const LINE_RE = /[^\n\r]+/g;

const CLOSERS = new Set([')', ']', '“', '”', '«', '»', '"', '‘', '’', '‹', '›']);
const ENDERS = new Set(['.', '!', '?', '…']);
// Abbreviations that may end a sentence: "…, Äpfel usw. Die …".
const MAY_END = new Set(['usw', 'etc', 'ff', 'Chr']);

export function segment(work: Work): Work {
  const text = work.text;
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];

  LINE_RE.lastIndex = 0;
  for (let line = LINE_RE.exec(text); line; line = LINE_RE.exec(text)) {
    const pStart = line.index;
    const pEnd = pStart + line[0].length;
    if (line[0].trim() === '') continue;
    const pIndex = paragraphs.length;
    paragraphs.push({ start: pStart, end: pEnd });

    const first = tokens.length;
    for (let i = pStart; i < pEnd; ) {
      if (isSpace(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const end = tokenEnd(text, i);
      const word = text.slice(i, end);
      tokens.push({ start: i, end, kind: kindOf(word), text: word, sentence: -1, flags: 0 });
      i = end;
    }
    splitSentences(tokens, first, tokens.length, pIndex, sentences);
  }
  return { ...work, paragraphs, sentences, tokens };
}

function kindOf(t: string): TokenKind {
  const c = t.charCodeAt(0);
  if (t.length === 1 && QUOTE_CHARS.has(t)) return 'quote';
  if (c >= 48 && c <= 57) return 'number';
  // Letters: ASCII, Latin-1 and beyond (the scanner made a long token a word or a number).
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 'word';
  // A longer token starts with a letter or a digit; only a non-ASCII one needs the regex.
  if (t.length > 1) return c < 128 || !/^\p{N}/u.test(t) ? 'word' : 'number';
  if (/[\p{L}\p{M}]/u.test(t)) return 'word';
  if (/\p{N}/u.test(t)) return 'number';
  return 'punct';
}

function splitSentences(tokens: Token[], from: number, to: number, paragraph: number, out: Sentence[]): void {
  let sStart = from;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.kind !== 'punct' || !ENDERS.has(t.text)) continue;
    // Take further enders and closing marks/brackets into the sentence: '!“' '?)' '...'.
    let j = i + 1;
    while (j < to && (ENDERS.has(tokens[j].text) || (CLOSERS.has(tokens[j].text) && tokens[j].start === tokens[j - 1].end))) j++;
    if (j < to && !endsHere(tokens, i, j)) {
      i = j - 1;
      continue;
    }
    push(tokens, sStart, j, paragraph, out);
    sStart = j;
    i = j - 1;
  }
  if (sStart < to) push(tokens, sStart, to, paragraph, out);
}

/** Does the sentence end at ender `i`, given that token `next` follows? */
function endsHere(tokens: Token[], i: number, next: number): boolean {
  const after = tokens[next];
  // ", sagte er" / "; und" / a lower-case word continues the sentence.
  if (after.text === ',' || after.text === ';' || after.text === ':' || after.text === ')') return false;
  if (after.kind === 'word' && isLower(after.text)) return false;
  if (tokens[i].text !== '.' || next !== i + 1) return true;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  if (!prev || prev.end !== tokens[i].start) return true;
  if (prev.kind === 'number') {
    // "am 12. Februar", "am 12. 2.", "im 13. Lebensjahr", "die 3. Liga" (an ordinal after an article
    // or preposition), but "… seit 2014. Die …" and "Es waren 13. Dann …".
    const before = tokens[i - 2];
    const ordinal = prev.text.length <= 3 && before !== undefined && (DETERMINERS.has(before.text) || OBLIQUE.has(before.text));
    return !(MONTHS.has(after.text) || (prev.text.length <= 2 && after.kind === 'number') || (ordinal && after.kind === 'word' && !NOT_NAMES.has(after.text)));
  }
  if (prev.kind === 'word') {
    if (prev.text.length === 1 && isUpper(prev.text)) return false; // initial: "J. D. Vance"
    if (prev.text.length === 1 && after.start === tokens[i].end) return false; // "e.V.", "u.a.", "d.h."
    if (ABBREVIATIONS.has(prev.text)) return MAY_END.has(prev.text) && after.kind === 'word' && isUpper(after.text[0]);
  }
  return true;
}

// A run-on "sentence" (a line of thousands of clauses without a full stop) is cut after a comma
// or semicolon near this many tokens, so that no statement carries more than that as its sentence.
// Real sentences stay far below it (the longest in the WikiNews corpus has 365 tokens).
const MAX_SENTENCE = 1000;

function push(tokens: Token[], from: number, to: number, paragraph: number, out: Sentence[]): void {
  while (to - from > MAX_SENTENCE) {
    let cut = from + MAX_SENTENCE;
    for (let k = cut - 1; k > from + MAX_SENTENCE / 2; k--) {
      if (tokens[k].text === ',' || tokens[k].text === ';') {
        cut = k + 1;
        break;
      }
    }
    pushOne(tokens, from, cut, paragraph, out);
    from = cut;
  }
  pushOne(tokens, from, to, paragraph, out);
}

function pushOne(tokens: Token[], from: number, to: number, paragraph: number, out: Sentence[]): void {
  const index = out.length;
  for (let k = from; k < to; k++) tokens[k].sentence = index;
  const last = tokens[to - 1];
  const heading = !ENDERS.has(last.text) && !CLOSERS.has(last.text) && last.text !== ':' && last.text !== ',';
  out.push({ index, start: tokens[from].start, end: last.end, paragraph, tokenStart: from, tokenEnd: to, heading });
}

function isLower(s: string): boolean {
  const c = s[0];
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

function isUpper(s: string): boolean {
  const c = s[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
