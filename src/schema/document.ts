// The output contract of `claims extract`. Every type in the project derives
// from these schemas; jq scripts depend on the field names, so fields may be
// added but never renamed.
import { z } from 'zod';

/** A UTF-16 offset into the text as read. */
export const offset = z.number().int().nonnegative();

/** A piece of the article: `article.slice(start, end) === text`. */
export const Span = z.object({ text: z.string(), start: offset, end: offset });
export type Span = z.infer<typeof Span>;

export const SpeakerType = z.enum(['person', 'organization', 'unknown']);
export type SpeakerType = z.infer<typeof SpeakerType>;

/** How the speaker mention was tied to its statement. */
export const ResolvedBy = z.enum(['explicit', 'pronoun', 'role', 'context']);
export type ResolvedBy = z.infer<typeof ResolvedBy>;

export const Speaker = z.object({
  /** The mention as printed at start..end (may be a pronoun or a role noun). */
  text: z.string(),
  /** Canonical name: the fullest form the article uses. */
  name: z.string(),
  role: z.string().nullable(),
  type: SpeakerType,
  resolvedBy: ResolvedBy,
  start: offset,
  end: offset,
  /** The organisation a spokesperson speaks for ("Kreml" for Peskow). */
  affiliation: z.string().nullable().optional(),
  /** Id of the entity in `documents[].entities`. */
  entity: z.string().nullable().optional(),
});
export type Speaker = z.infer<typeof Speaker>;

export const Cue = Span;
export type Cue = Span;

/** The sentence a statement stands in (for multi-sentence ones: the first). */
export const SentenceRef = z.object({ index: z.number().int().nonnegative(), text: z.string(), start: offset, end: offset });
export type SentenceRef = z.infer<typeof SentenceRef>;

export const QuoteKind = z.enum(['direct', 'partial']);
export type QuoteKind = z.infer<typeof QuoteKind>;

export const Quote = z.object({
  id: z.string(),
  kind: QuoteKind,
  /** The quoted words without the quotation marks. */
  text: z.string(),
  start: offset,
  end: offset,
  sentence: SentenceRef,
  speaker: Speaker.nullable(),
  cue: Cue.nullable(),
});
export type Quote = z.infer<typeof Quote>;

export const ClaimKind = z.enum(['indirect', 'free-indirect', 'according-to', 'reported']);
export type ClaimKind = z.infer<typeof ClaimKind>;

export const Claim = z.object({
  id: z.string(),
  kind: ClaimKind,
  /** The reported content, not the frame. */
  text: z.string(),
  start: offset,
  end: offset,
  sentence: SentenceRef,
  speaker: Speaker.nullable(),
  cue: Cue.nullable(),
  /** Quotations that stand inside this claim. */
  quoteIds: z.array(z.string()),
  /** The claim this one goes on from: free indirect speech of one speaker (or of one unnamed source) over several sentences of a paragraph. */
  continues: z.string().nullable(),
});
export type Claim = z.infer<typeof Claim>;

export const Entity = z.object({
  id: z.string(),
  name: z.string(),
  type: SpeakerType,
  roles: z.array(z.string()),
  affiliation: z.string().nullable(),
  mentions: z.array(Span),
});
export type Entity = z.infer<typeof Entity>;

export const Warning = z.object({
  code: z.string(),
  message: z.string(),
  start: offset.nullable(),
  end: offset.nullable(),
});
export type Warning = z.infer<typeof Warning>;

export const SourceFrom = z.enum(['credit', 'byline', 'metadata', 'file']);

export const Document = z.object({
  id: z.string(),
  path: z.string(),
  language: z.string(),
  title: z.string().nullable(),
  /** The outlet, as the text credits it (agency line, byline), else the file name. */
  source: z.string(),
  sourceFrom: SourceFrom.optional(),
  date: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  author: z.string().nullable().optional(),
  quotes: z.array(Quote),
  claims: z.array(Claim),
  entities: z.array(Entity).optional(),
  warnings: z.array(Warning),
  /** The text all offsets refer to (with `--include-text`). */
  text: z.string().optional(),
});
export type Document = z.infer<typeof Document>;

export const Extraction = z.object({
  schemaVersion: z.literal(1),
  documents: z.array(Document),
});
export type Extraction = z.infer<typeof Extraction>;
