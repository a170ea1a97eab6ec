// Span scores: gold annotations and our statements paired one to one by the
// characters they share.
//
// Pairing rule: quotation marks and whitespace at the ends of every range are
// ignored (gold Direct spans include their marks, ours do not). A gold and a
// predicted item can pair when they share at least one character AND the
// shared characters cover at least half of the shorter of the two (summed over
// all ranges of a discontinuous item). Among those candidates the pairing with
// the largest total of shared characters wins (maximum-weight assignment,
// not greedy), so every item gets the partner it shares most with as far as
// the others allow.
import { maxWeightPairs, type Pair } from './assign.js';
import type { GoldDoc, GoldItem, Prediction, Range } from './model.js';
import { speakerCorrect } from './speaker.js';
import { lengthOf, overlap, stripMarks } from './tokens.js';

export interface Rates {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface SpeakerAccuracy {
  matched: number;
  correct: number;
  accuracy: number | null;
}

export interface SpanCounts extends Rates {
  gold: number;
  predicted: number;
  matched: number;
  speaker: SpeakerAccuracy;
}

/** P = tp/predicted, R = tp/gold; null where nothing was there to count. F1 is 0 when either side had items and nothing matched. */
export function rates(tp: number, predicted: number, gold: number): Rates {
  const precision = predicted > 0 ? tp / predicted : null;
  const recall = gold > 0 ? tp / gold : null;
  if (precision === null && recall === null) return { precision, recall, f1: null };
  const p = precision ?? 0;
  const r = recall ?? 0;
  return { precision, recall, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** The shared characters if the pair may count (the ≥ 50 % rule above), else 0. */
export function pairWeight(g: Range[], p: Range[]): number {
  const shared = overlap(g, p);
  if (shared === 0) return 0;
  return shared * 2 >= Math.min(lengthOf(g), lengthOf(p)) ? shared : 0;
}

export const stripped = (text: string, spans: Range[]): Range[] => spans.map((s) => stripMarks(text, s));

/**
 * Pair gold and predicted items of one document; indices refer to the given
 * arrays. Between pairings that share equally many characters, the tighter
 * fits (shared / longer span) and the agreeing speakers win: each pair adds a
 * bonus below 1/(n+1), so all of them together never outweigh a single shared
 * character. "alles prüfen" then pairs with the gold quotation „alles prüfen“
 * rather than with the claim "man werde „alles prüfen“" around it.
 */
export function pairSpans(doc: GoldDoc, gold: GoldItem[], preds: Prediction[]): Pair[] {
  const g = gold.map((x) => stripped(doc.text, x.spans));
  const p = preds.map((x) => stripped(doc.text, x.spans));
  const unit = 1 / (Math.min(g.length, p.length) + 1);
  const weights = g.map((gs, i) =>
    p.map((ps, j) => {
      const w = pairWeight(gs, ps);
      if (w === 0) return 0;
      const fit = w / Math.max(lengthOf(gs), lengthOf(ps));
      const agree = speakerCorrect(gold[i].speaker, preds[j].speaker) ? 1 : 0;
      return w + unit * (0.6 * fit + 0.39 * agree);
    }),
  );
  return maxWeightPairs(weights, g.length, p.length);
}

/** A running total of one scope (quotes, a claim type, all types). */
export class SpanTally {
  gold = 0;
  predicted = 0;
  matched = 0;
  speakerCorrect = 0;

  /** Pair one document's items, add them up, and return the pairs for further use. */
  add(doc: GoldDoc, gold: GoldItem[], preds: Prediction[]): Pair[] {
    const pairs = pairSpans(doc, gold, preds);
    this.gold += gold.length;
    this.predicted += preds.length;
    this.matched += pairs.length;
    for (const pr of pairs) if (speakerCorrect(gold[pr.gold].speaker, preds[pr.pred].speaker)) this.speakerCorrect++;
    return pairs;
  }

  counts(): SpanCounts {
    return {
      gold: this.gold,
      predicted: this.predicted,
      matched: this.matched,
      ...rates(this.matched, this.predicted, this.gold),
      speaker: {
        matched: this.matched,
        correct: this.speakerCorrect,
        accuracy: this.matched > 0 ? this.speakerCorrect / this.matched : null,
      },
    };
  }
}
