// Hand-made documents for matrix tests: an article text and its statements,
// each found in the text by its words, with sentences from the segmenter.
import { newWork } from '../src/pipeline.js';
import type { Claim, ClaimKind, Document, Quote, QuoteKind, Speaker, SpeakerType } from '../src/schema/document.js';
import { segment } from '../src/stages/segment.js';

export interface StatementSpec {
  kind: QuoteKind | ClaimKind;
  /** The statement's words as they stand in the text (the first occurrence is taken). */
  text: string;
  speaker?: string | null;
  type?: SpeakerType;
  role?: string | null;
  affiliation?: string | null;
  /** Take the n-th occurrence (0-based). */
  nth?: number;
}

export function makeDoc(id: string, source: string, text: string, specs: StatementSpec[], includeText = true): Document {
  const work = segment(newWork({ id, path: id, text, warnings: [] }));
  const quotes: Quote[] = [];
  const claims: Claim[] = [];
  specs.forEach((s, k) => {
    let start = -1;
    for (let n = 0; n <= (s.nth ?? 0); n++) start = text.indexOf(s.text, start + 1);
    if (start < 0) throw new Error(`"${s.text}" not in ${id}`);
    const end = start + s.text.length;
    const sent = work.sentences.find((x) => x.start <= start && start < x.end)!;
    const sentence = { index: sent.index, text: text.slice(sent.start, sent.end), start: sent.start, end: sent.end };
    const speaker: Speaker | null = s.speaker
      ? { text: s.speaker, name: s.speaker, role: s.role ?? null, type: s.type ?? 'person', resolvedBy: 'explicit', start: 0, end: 0, affiliation: s.affiliation ?? null }
      : null;
    if (s.kind === 'direct' || s.kind === 'partial') quotes.push({ id: `q${k + 1}`, kind: s.kind, text: s.text, start, end, sentence, speaker, cue: null });
    else claims.push({ id: `c${k + 1}`, kind: s.kind, text: s.text, start, end, sentence, speaker, cue: null, quoteIds: [], continues: null });
  });
  const doc: Document = { id, path: `${id}.txt`, language: 'de', title: null, source, quotes, claims, warnings: [] };
  if (includeText) doc.text = text;
  return doc;
}
