// The shapes the scorer works on. Gold annotations of either format and our
// own quotes and claims are brought into these before any pairing, so every
// score below is a pure function of (gold documents, predictions).

/** A character range [start, end) in the article text. */
export interface Range {
  start: number;
  end: number;
}

/** WikiNews annotation types; the seeds gold maps into the same names. */
export const GOLD_TYPES = ['Direct', 'Indirect', 'IndirectFreeIndirect', 'FreeIndirect', 'Reported'] as const;
export type GoldType = (typeof GOLD_TYPES)[number];

export interface GoldSpeaker {
  /** The speaker as annotated: a mention ("der Minister") or a canonical name ("Weißes Haus"). */
  text: string;
  /** Where the mention stands; empty when the gold gives only a name (seeds). */
  spans: Range[];
}

export interface GoldItem {
  id: string;
  type: GoldType;
  /** The annotation's own label (seeds: direct | partial | indirect; WikiNews: its type). */
  label: string;
  text: string;
  /** One or more (discontinuous) ranges; Direct ranges may include their quotation marks. */
  spans: Range[];
  speaker: GoldSpeaker | null;
  /** A quotation inside another annotation (ignored by the GermEval token score). */
  nested: boolean;
}

/** A token of the article, with the sentence it belongs to. */
export interface EvalToken {
  start: number;
  end: number;
  text: string;
  sentence: number;
}

export interface GoldDoc {
  id: string;
  path: string;
  text: string;
  items: GoldItem[];
  /** The gold's own tokens (WikiNews) or ours (seeds), sorted by start. */
  tokens: EvalToken[];
  /** Whether the gold marks where each speaker mention stands (WikiNews yes, seeds no). */
  speakerSpans: boolean;
}

/** One of our statements: a quote (direct, partial) or a claim (indirect, …). */
export interface Prediction {
  id: string;
  kind: 'direct' | 'partial' | 'indirect' | 'free-indirect' | 'according-to' | 'reported';
  text: string;
  spans: Range[];
  speaker: { text: string; name: string; spans: Range[] } | null;
  sentence: { text: string; start: number; end: number } | null;
}

export const isQuoteKind = (k: Prediction['kind']): boolean => k === 'direct' || k === 'partial';
