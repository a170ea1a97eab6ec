// German-aware lexical similarity. A statement becomes a weighted set of
// content terms: stems of its words without function words and speech verbs,
// the parts of hyphenated and closed compounds, and numbers by value.
//   „die vollständige Wiederherstellung der Grenzen als unrealistisch“
//     → wiederherstell grenz unrealist vollstand
//   „Repräsentanten des Weißen Hauses“ ~ „US-Repräsentanten“  (compound part)
//   „Angriffskrieg“ ~ „Angriff“ … „Krieg“                      (known words as parts)
//   „anderthalb Stunden“ ~ „1,5 Stunden“                       (number by value)
//   „Telefonat“ ~ „telefoniert“                               (the first letters of long stems)
// Terms are weighted by how rare they are among the statements compared.
import { ROLE_WORD, STOP_WORDS } from './lexicon.js';
import { numberValue, numberWordValue } from './numbers.js';
import { stem } from './stem.js';

export interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*|\d+(?:[.,]\d+)*/gu;

/** Words and numerals with their offsets in `text` (offset `base` added). */
export function words(text: string, base = 0): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) out.push({ text: m[0], start: base + m.index, end: base + m.index + m[0].length });
  return out;
}

/** Weight of a compound's part next to a whole word. */
export const PART_WEIGHT = 0.5;
/** Weight of a long stem's first letters, which catch derivations: "Telefonat" ~ "telefoniert". */
export const PREFIX_WEIGHT = 0.15;
const PREFIX = 6;

/**
 * Known words, for splitting closed compounds into parts that occur on their
 * own somewhere in the collection: "friedenslösung" → "frieden" + "lösung".
 */
export class Vocabulary {
  private readonly known = new Set<string>();
  private readonly splits = new Map<string, string[]>();

  add(word: string): void {
    const w = word.toLowerCase();
    if (w.length >= 4 && !STOP_WORDS.has(w)) this.known.add(w);
  }

  /** Known words at the start and end of a long word (its stems). */
  parts(word: string): string[] {
    const w = word.toLowerCase();
    if (w.length < 8) return [];
    const cached = this.splits.get(w);
    if (cached) return cached;
    const out: string[] = [];
    for (let cut = w.length - 3; cut >= 4; cut--) {
      const head = w.slice(0, cut);
      // Linking elements: "Angriffs|krieg", "Friedens|lösung", "Regierungs|chef".
      const bare = head.endsWith('s') && this.known.has(head.slice(0, -1)) ? head.slice(0, -1) : head;
      if (this.known.has(bare)) {
        out.push(stem(bare));
        break;
      }
    }
    for (let cut = 3; cut <= w.length - 4; cut++) {
      const tail = w.slice(cut);
      if (this.known.has(tail)) {
        out.push(stem(tail));
        break;
      }
    }
    this.splits.set(w, out);
    return out;
  }
}

export interface Term {
  term: string;
  weight: number;
}

/** The content terms of a text: stems, compound parts, numbers by value. */
export function terms(ws: readonly Word[], vocabulary?: Vocabulary): Term[] {
  const out: Term[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i].text;
    if (/^\d/.test(w)) {
      const v = numberValue(w);
      if (v !== null) out.push({ term: `#${v}`, weight: 1 });
      continue;
    }
    const lower = w.toLowerCase();
    // Function words, speech verbs, and titles before names ("Präsident Selenskyj").
    if (STOP_WORDS.has(lower) || ROLE_WORD.test(lower)) continue;
    const value = numberWordValue(lower);
    if (value !== null) {
      out.push({ term: `#${value}`, weight: 1 });
      continue;
    }
    const pieces = lower.split(/[-'’]/).filter((p) => p.length > 1 && !STOP_WORDS.has(p) && !ROLE_WORD.test(p));
    if (pieces.length > 1) {
      // "Nato-Beitritt" → nato, beitritt (each a word of its own).
      for (const p of pieces) {
        const st = stem(p);
        out.push({ term: st, weight: 1 });
        if (st.length > PREFIX) out.push({ term: `~${st.slice(0, PREFIX)}`, weight: PREFIX_WEIGHT });
      }
      continue;
    }
    if (lower.length < 2) continue;
    const st = stem(lower);
    out.push({ term: st, weight: 1 });
    if (st.length > PREFIX) out.push({ term: `~${st.slice(0, PREFIX)}`, weight: PREFIX_WEIGHT });
    if (vocabulary) for (const p of vocabulary.parts(lower)) out.push({ term: p, weight: PART_WEIGHT });
  }
  return out;
}

/** Term → weight, keeping the larger weight of repeats. */
export function termSet(ts: readonly Term[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of ts) m.set(t.term, Math.max(m.get(t.term) ?? 0, t.weight));
  return m;
}

/** A term set with interned ids, sorted, weights already multiplied by rarity. */
export interface Vector {
  ids: Int32Array;
  weights: Float64Array;
  /** Sum of the weights. */
  norm: number;
}

export interface Overlap {
  /** Weight shared by both. */
  shared: number;
  /** How many terms both have. */
  count: number;
  /** How many of those are words (not numbers, units or word beginnings). */
  words: number;
  /** shared / sqrt(normA · normB). */
  cosine: number;
  /** shared / min(normA, normB): how much of the shorter one the longer covers. */
  containment: number;
}

/** `isWord[id]`: the term is a word's stem or part, not a number, unit or word beginning. */
export function overlap(a: Vector, b: Vector, isWord?: Uint8Array): Overlap {
  let i = 0;
  let j = 0;
  let shared = 0;
  let count = 0;
  let wordCount = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) {
      shared += Math.min(a.weights[i], b.weights[j]);
      count++;
      if (!isWord || isWord[x]) wordCount++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const cosine = a.norm > 0 && b.norm > 0 ? shared / Math.sqrt(a.norm * b.norm) : 0;
  const containment = a.norm > 0 && b.norm > 0 ? shared / Math.min(a.norm, b.norm) : 0;
  return { shared, count, words: wordCount, cosine, containment };
}

/** One number for "how alike": cosine and containment mixed (`cosineWeight` of cosine). */
export const similarity = (o: Overlap, cosineWeight = 0.5) => cosineWeight * o.cosine + (1 - cosineWeight) * o.containment;

/**
 * How much of the shorter word sequence stands in the longer one, in order
 * (longest common subsequence of lower-cased words): 1 for a verbatim repeat,
 * whatever the punctuation.
 */
export function verbatim(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  return lcsLength(a, b) / Math.min(a.length, b.length);
}

export function lcsLength(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, 400);
  const m = Math.min(b.length, 400);
  let prev = new Uint16Array(m + 1);
  let cur = new Uint16Array(m + 1);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    [prev, cur] = [cur, prev];
  }
  return prev[m];
}

/** Lower-cased words without punctuation, for verbatim comparison. */
export function plainWords(text: string): string[] {
  return words(text).map((w) => w.text.toLowerCase());
}
