// The output contract of `claims matrix`: outlets as columns, statements as
// rows, and where the outlets disagree. Fields may be added, never renamed.
import { z } from 'zod';
import { offset } from './document.js';

/** How an outlet carries a statement: in the speaker's own words, or reported. */
export const Coverage = z.enum(['quote', 'paraphrase']);
export type Coverage = z.infer<typeof Coverage>;

export const MemberKind = z.enum(['direct', 'partial', 'indirect', 'free-indirect', 'according-to', 'reported', 'unattributed']);
export type MemberKind = z.infer<typeof MemberKind>;

/** A column: one article, labelled by its outlet ("dpa", "dpa (2)"). */
export const MatrixSource = z.object({
  /** The column label, unique in the matrix. */
  id: z.string(),
  /** The outlet as the article credits it. */
  name: z.string(),
  /** Id of the document (`documents[].id` in extract output). */
  document: z.string(),
  path: z.string(),
  title: z.string().nullable(),
});
export type MatrixSource = z.infer<typeof MatrixSource>;

/** One outlet's version of a statement, traceable to the words it printed. */
export const Member = z.object({
  document: z.string(),
  /** Column label (`sources[].id`). */
  source: z.string(),
  /** Id of the quote or claim in the document; `s<n>` for an unattributed sentence. */
  statementId: z.string(),
  kind: MemberKind,
  /** The speaker's name as that article gives it. */
  speaker: z.string().nullable(),
  text: z.string(),
  start: offset,
  end: offset,
  /** The sentence the statement stands in, and where it starts in the article. */
  sentence: z.string(),
  sentenceStart: offset,
});
export type Member = z.infer<typeof Member>;

export const Row = z.object({
  id: z.string(),
  /** Canonical name of the speaker, null for unattributed statements. */
  speaker: z.string().nullable(),
  /** A representative wording (quotations in „…“). */
  text: z.string(),
  members: z.array(Member),
  /** Per column label: quote or paraphrase; columns that lack the statement are absent. */
  coverage: z.record(z.string(), Coverage),
  /** Ids of this row's discrepancies. */
  discrepancies: z.array(z.string()),
});
export type Row = z.infer<typeof Row>;

export const MemberRef = z.object({ document: z.string(), source: z.string(), statementId: z.string() });
export type MemberRef = z.infer<typeof MemberRef>;

const base = { id: z.string(), message: z.string() };

export const NumberDiscrepancy = z.object({
  ...base,
  type: z.literal('number'),
  row: z.string(),
  /** What is counted: 'min' for durations, '%', '€', 'year', 'date', or a word stem. */
  unit: z.string(),
  members: z.array(MemberRef.extend({ values: z.array(z.number()), text: z.array(z.string()) })),
});

export const MisquoteDiscrepancy = z.object({
  ...base,
  type: z.literal('misquote'),
  row: z.string(),
  /** The two quotations and the words in each that the other lacks. */
  members: z.array(MemberRef.extend({ words: z.array(z.string()) })),
});

export const SpeakerDiscrepancy = z.object({
  ...base,
  type: z.literal('speaker'),
  row: z.string(),
  members: z.array(MemberRef.extend({ speaker: z.string() })),
});

export const ExclusiveDiscrepancy = z.object({
  ...base,
  type: z.literal('exclusive'),
  source: z.string(),
  /** Rows that only this column carries. */
  rows: z.array(z.string()),
});

export const Discrepancy = z.discriminatedUnion('type', [NumberDiscrepancy, MisquoteDiscrepancy, SpeakerDiscrepancy, ExclusiveDiscrepancy]);
export type Discrepancy = z.infer<typeof Discrepancy>;

export const Matrix = z.object({
  schemaVersion: z.literal(1),
  sources: z.array(MatrixSource),
  rows: z.array(Row),
  discrepancies: z.array(Discrepancy),
});
export type Matrix = z.infer<typeof Matrix>;
