// The GermEval 2023 (SpkAtt) simplified token score, so our figures can stand
// beside published ones:
// - gold: every annotation not nested in another (isNested false); for the
//   seeds, an annotation inside another one's range counts as nested;
// - predicted: every quote and claim of ours not inside another of ours;
// - tokens: the gold's own tokens (WikiNews) or ours (seeds); a span holds the
//   tokens it shares a character with; tokens that are only quotation marks
//   („ “ " ») are dropped from both sides, as our spans exclude the marks;
// - gold and predicted quotations are paired one to one by maximum total
//   token overlap (pairs sharing no token are no pairs);
// - per pair: quote tokens in both = TP, only predicted = FP, only gold = FN;
//   the same for the speaker tokens (our speaker mention vs the gold's);
//   unpaired predictions count all their tokens FP, unpaired gold all FN;
// - micro P/R/F1 over all documents for quote, speaker and joint (both summed).
// Seeds gold names speakers without marking them, so speaker and joint are null there.
import { maxWeightPairs } from './assign.js';
import type { GoldDoc, Prediction } from './model.js';
import { topLevel } from './predict.js';
import { rates, type Rates } from './spans.js';
import { tokensIn } from './tokens.js';

export interface TokenCounts extends Rates {
  tp: number;
  fp: number;
  fn: number;
}

/** The QUiTE rule-based baseline on the test split (Petersen-Frey & Biemann 2024). */
export const GERMEVAL_REFERENCE = { system: 'QUiTE rule-based baseline', split: 'test', quote: 0.481, speaker: 0.317, joint: 0.404 } as const;

export class TokenTally {
  quote = { tp: 0, fp: 0, fn: 0 };
  speaker = { tp: 0, fp: 0, fn: 0 };
  gold = 0;
  predicted = 0;
  /** False once a document without speaker spans was added. */
  speakersScored = true;

  add(doc: GoldDoc, allPreds: Prediction[]): void {
    const gold = doc.items.filter((g) => !g.nested);
    const preds = topLevel(allPreds);
    this.gold += gold.length;
    this.predicted += preds.length;
    if (!doc.speakerSpans) this.speakersScored = false;
    const gq = gold.map((g) => tokensIn(doc.tokens, g.spans));
    const pq = preds.map((p) => tokensIn(doc.tokens, p.spans));
    const gs = gold.map((g) => tokensIn(doc.tokens, g.speaker?.spans ?? []));
    const ps = preds.map((p) => tokensIn(doc.tokens, p.speaker?.spans ?? []));
    const weights = gq.map((g) => pq.map((p) => shared(g, p)));
    const pairs = maxWeightPairs(weights, gold.length, preds.length);
    const pairedGold = new Set(pairs.map((x) => x.gold));
    const pairedPred = new Set(pairs.map((x) => x.pred));
    for (const { gold: g, pred: p } of pairs) {
      count(this.quote, gq[g], pq[p]);
      count(this.speaker, gs[g], ps[p]);
    }
    gold.forEach((_, g) => {
      if (pairedGold.has(g)) return;
      this.quote.fn += gq[g].size;
      this.speaker.fn += gs[g].size;
    });
    preds.forEach((_, p) => {
      if (pairedPred.has(p)) return;
      this.quote.fp += pq[p].size;
      this.speaker.fp += ps[p].size;
    });
  }

  result(): { gold: number; predicted: number; quote: TokenCounts; speaker: TokenCounts | null; joint: TokenCounts | null } {
    const withRates = (c: { tp: number; fp: number; fn: number }): TokenCounts => ({ ...c, ...rates(c.tp, c.tp + c.fp, c.tp + c.fn) });
    const joint = { tp: this.quote.tp + this.speaker.tp, fp: this.quote.fp + this.speaker.fp, fn: this.quote.fn + this.speaker.fn };
    return {
      gold: this.gold,
      predicted: this.predicted,
      quote: withRates(this.quote),
      speaker: this.speakersScored ? withRates(this.speaker) : null,
      joint: this.speakersScored ? withRates(joint) : null,
    };
  }
}

function shared(a: Set<number>, b: Set<number>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

function count(c: { tp: number; fp: number; fn: number }, gold: Set<number>, pred: Set<number>): void {
  const tp = shared(gold, pred);
  c.tp += tp;
  c.fp += pred.size - tp;
  c.fn += gold.size - tp;
}
