// Internal shapes that flow between pipeline stages. The output shapes live
// in src/schema/; these carry what the stages need on the way there.
import type { Claim, Entity, Quote, Warning } from './schema/document.js';

/** One article as read from disk, stdin or a collection, before any analysis. */
export interface Article {
  id: string;
  /** File path (or `path#id` inside a collection, `-` for stdin). */
  path: string;
  /** The decoded text; every offset refers to it. */
  text: string;
  title?: string | null;
  source?: string | null;
  date?: string | null;
  url?: string | null;
  author?: string | null;
  /** Problems met while reading (encoding guessed, …). */
  warnings: Warning[];
}

export type TokenKind = 'word' | 'number' | 'punct' | 'quote';

export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  /** The token's text (a slice of the article). */
  text: string;
  /** Index of the sentence holding the token. */
  sentence: number;
  /** Word classes (capitalised, role, organisation) as bits, filled in on first use by ./stages/words.ts; 0 until then. */
  flags: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  /** Token index range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** A short line without a final stop: a headline or sub-heading. */
  heading: boolean;
}

export interface Paragraph {
  start: number;
  end: number;
}

/** A quotation found by its marks, before attribution. */
export interface QuoteSpan {
  /** Offsets of the opening and closing marks (close = -1 when unclosed). */
  open: number;
  close: number;
  /** Content offsets without marks. */
  start: number;
  end: number;
  depth: number;
  /** The opening mark. */
  mark: string;
}

/** A person or organisation mentioned in the article. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  /** Canonical entity key within the article. */
  entity: number;
  kind: 'name' | 'role' | 'pronoun' | 'org';
}

export interface Work {
  article: Article;
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  quoteSpans: QuoteSpan[];
  /** Per token: 1 inside a top-level quotation (marks included). */
  inQuote: Uint8Array;
  quotes: Quote[];
  claims: Claim[];
  entities: Entity[];
  mentions: Mention[];
  warnings: Warning[];
  /** Detected outlet and how. */
  source: string;
  sourceFrom: 'credit' | 'byline' | 'metadata' | 'file';
  title: string | null;
  /** Ranges of site chrome and credits that carry no statements. */
  boilerplate: Paragraph[];
}
