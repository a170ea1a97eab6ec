// What the scores leave out: gold annotations no statement of ours paired
// with (missed), statements of ours no gold paired with (false alarms), and
// pairs whose speakers differ — all from the all-types pairing. Each list
// keeps the first `limit` items in document order (in JSON too) and the total.
import type { Pair } from './assign.js';
import type { GoldDoc, Prediction, Range } from './model.js';
import { speakerCorrect } from './speaker.js';
import { stripped } from './spans.js';
import { sentenceAt } from './tokens.js';

export interface Miss {
  document: string;
  /** Gold type or label (direct, partial, Indirect, …) or our kind. */
  kind: string;
  start: number;
  end: number;
  text: string;
  sentence: string;
  /** For wrong speakers: the gold's and ours. Otherwise the one side's speaker. */
  goldSpeaker: string | null;
  ourSpeaker: string | null;
}

export interface MissGroup {
  total: number;
  items: Miss[];
}

export interface Misses {
  /** Items listed per group at most; null for all. */
  limit: number | null;
  missed: MissGroup;
  falseAlarms: MissGroup;
  wrongSpeaker: MissGroup;
}

export class MissList {
  private groups = { missed: group(), falseAlarms: group(), wrongSpeaker: group() };

  constructor(private limit: number) {}

  add(doc: GoldDoc, preds: Prediction[], pairs: Pair[]): void {
    const pairedGold = new Set(pairs.map((p) => p.gold));
    const pairedPred = new Set(pairs.map((p) => p.pred));
    doc.items.forEach((g, i) => {
      if (!pairedGold.has(i)) this.push('missed', doc, g.label, stripped(doc.text, g.spans), null, g.speaker?.text ?? null, null);
    });
    preds.forEach((p, i) => {
      if (!pairedPred.has(i)) this.push('falseAlarms', doc, p.kind, p.spans, p.sentence, null, p.speaker?.name ?? null);
    });
    for (const pr of pairs) {
      const g = doc.items[pr.gold];
      const p = preds[pr.pred];
      if (speakerCorrect(g.speaker, p.speaker)) continue;
      this.push('wrongSpeaker', doc, g.label, stripped(doc.text, g.spans), null, g.speaker?.text ?? null, p.speaker?.name ?? null);
    }
  }

  result(): Misses {
    return { limit: Number.isFinite(this.limit) ? this.limit : null, ...this.groups };
  }

  private push(
    which: keyof MissList['groups'],
    doc: GoldDoc,
    kind: string,
    spans: Range[],
    sentence: Prediction['sentence'],
    goldSpeaker: string | null,
    ourSpeaker: string | null,
  ): void {
    const g = this.groups[which];
    g.total++;
    if (g.items.length >= this.limit) return;
    const start = Math.min(...spans.map((s) => s.start));
    const end = Math.max(...spans.map((s) => s.end));
    const around = sentence ?? sentenceAt(doc.tokens, start);
    g.items.push({
      document: doc.id,
      kind,
      start,
      end,
      text: spans.map((s) => doc.text.slice(s.start, s.end)).join(' … '),
      sentence: around ? doc.text.slice(around.start, around.end) : '',
      goldSpeaker,
      ourSpeaker,
    });
  }
}

const group = (): MissGroup => ({ total: 0, items: [] });
