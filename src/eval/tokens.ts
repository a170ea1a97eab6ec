// Tokens and ranges for scoring: a plain tokenizer for texts whose gold has
// no tokens (the seeds), quotation-mark handling, and the mapping from
// character ranges to token indices.
import type { EvalToken, Range } from './model.js';

/** Every quotation mark German text uses, typographic and typewriter. */
const MARKS = new Set(['„', '“', '”', '"', '‚', '‘', '’', "'", '»', '«', '›', '‹', '`', '´']);

/** A token that is only quotation marks: „ “ '' — dropped from both sides in the token score. */
export function isMarkToken(text: string): boolean {
  if (text.length === 0) return false;
  for (const ch of text) if (!MARKS.has(ch)) return false;
  return true;
}

/**
 * The range without quotation marks and whitespace at either end, so that
 * gold „Wir sind bereit.“ (marks included) and our Wir sind bereit. (marks
 * excluded) cover the same characters. A range of nothing but marks stays.
 */
export function stripMarks(text: string, r: Range): Range {
  let { start, end } = r;
  const strip = (ch: string) => MARKS.has(ch) || /\s/.test(ch);
  while (start < end && strip(text[start])) start++;
  while (end > start && strip(text[end - 1])) end--;
  return start < end ? { start, end } : r;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/**
 * Words, numbers and single punctuation marks, each with a sentence number.
 * A sentence ends after . ! ? (or a closing mark right after them) when the
 * next token starts upper-case or opens a quotation, and at every line break:
 *   Er sagte: „Wir kommen.“ Dann ging er.   → two sentences
 */
export function tokenize(text: string): EvalToken[] {
  const out: EvalToken[] = [];
  let sentence = 0;
  let pendingStop = false;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const tok = m[0];
    if (out.length > 0) {
      const prev = out[out.length - 1];
      const gap = text.slice(prev.end, start);
      const opensNext = /^[\p{Lu}\p{N}]/u.test(tok) || isMarkToken(tok);
      if (gap.includes('\n') || (pendingStop && gap.length > 0 && opensNext)) {
        sentence++;
        pendingStop = false;
      }
    }
    out.push({ start, end: start + tok.length, text: tok, sentence });
    if (/^[.!?]$/.test(tok)) pendingStop = true;
    else if (!isMarkToken(tok) && tok !== ')') pendingStop = false;
  }
  return out;
}

/** Index of the first token ending after `offset` (tokens sorted by start). */
function firstTokenAfter(tokens: EvalToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indices of the tokens that share at least one character with any of the ranges. */
export function tokensIn(tokens: EvalToken[], ranges: Range[], dropMarks = true): Set<number> {
  const out = new Set<number>();
  for (const r of ranges) {
    for (let i = firstTokenAfter(tokens, r.start); i < tokens.length && tokens[i].start < r.end; i++) {
      if (!dropMarks || !isMarkToken(tokens[i].text)) out.add(i);
    }
  }
  return out;
}

/** The sentence around an offset, as [start, end) of its first and last token. */
export function sentenceAt(tokens: EvalToken[], offset: number): Range | null {
  let i = firstTokenAfter(tokens, offset);
  if (i >= tokens.length) i = tokens.length - 1;
  if (i < 0) return null;
  const s = tokens[i].sentence;
  let a = i;
  let b = i;
  while (a > 0 && tokens[a - 1].sentence === s) a--;
  while (b + 1 < tokens.length && tokens[b + 1].sentence === s) b++;
  return { start: tokens[a].start, end: tokens[b].end };
}

/** Characters two range lists have in common. */
export function overlap(a: Range[], b: Range[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

export const lengthOf = (rs: Range[]): number => rs.reduce((n, r) => n + (r.end - r.start), 0);
