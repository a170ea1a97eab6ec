// Small hand-made gold documents and predictions for the eval tests: spans
// are given by the words they cover and found in the text, so a test reads
// like the sentence it scores.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GoldDoc, GoldItem, GoldType, Prediction, Range } from '../src/eval/model.js';
import { tokenize } from '../src/eval/tokens.js';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const sharedDir = fileURLToPath(new URL('../../shared/', import.meta.url));
export const hasShared = existsSync(sharedDir);

/** The range of the n-th (0-based) occurrence of `words` in `text`. */
export function at(text: string, words: string, nth = 0): Range {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(words, i + 1);
    if (i < 0) throw new Error(`"${words}" not found ${nth + 1}× in "${text}"`);
  }
  return { start: i, end: i + words.length };
}

export interface G {
  type: GoldType;
  quote: string | string[];
  speaker?: string | null;
  nested?: boolean;
  label?: string;
}

export function goldDoc(text: string, items: G[], speakerSpans = true): GoldDoc {
  const gold: GoldItem[] = items.map((g, i) => {
    const parts = Array.isArray(g.quote) ? g.quote : [g.quote];
    return {
      id: `g${i + 1}`,
      type: g.type,
      label: g.label ?? g.type,
      text: parts.join(' '),
      spans: parts.map((p) => at(text, p)),
      speaker: g.speaker ? { text: g.speaker, spans: speakerSpans ? [at(text, g.speaker)] : [] } : null,
      nested: g.nested ?? false,
    };
  });
  return { id: 'doc', path: 'doc.json', text, items: gold, tokens: tokenize(text), speakerSpans };
}

export interface P {
  kind: Prediction['kind'];
  text: string;
  /** The mention as printed, found in the text; `name` defaults to it. */
  speaker?: string | null;
  name?: string;
}

export function preds(text: string, items: P[]): Prediction[] {
  return items.map((p, i) => ({
    id: `p${i + 1}`,
    kind: p.kind,
    text: p.text,
    spans: [at(text, p.text)],
    speaker: p.speaker ? { text: p.speaker, name: p.name ?? p.speaker, spans: [at(text, p.speaker)] } : null,
    sentence: null,
  }));
}
