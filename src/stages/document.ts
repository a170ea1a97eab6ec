// The last step: the work document becomes the output document.
import { basename } from 'node:path';
import type { Document, SentenceRef } from '../schema/document.js';
import type { Work } from '../types.js';

export function toDocument(work: Work, options: { includeText?: boolean } = {}): Document {
  const a = work.article;
  const doc: Document = {
    id: a.id,
    path: a.path,
    language: 'de',
    title: work.title,
    source: work.source || (a.path === '-' ? 'stdin' : basename(a.path).replace(/\.[^.]+$/, '')),
    sourceFrom: work.source ? work.sourceFrom : 'file',
    date: a.date ?? null,
    url: a.url ?? null,
    author: a.author ?? null,
    quotes: work.quotes,
    claims: work.claims,
    entities: work.entities,
    warnings: work.warnings,
  };
  if (options.includeText) doc.text = work.text;
  return doc;
}

/** The sentence reference for an offset. */
export function sentenceRef(work: Work, index: number): SentenceRef {
  const s = work.sentences[index];
  return { index, text: work.text.slice(s.start, s.end), start: s.start, end: s.end };
}

/** Does offset `pos` fall in site chrome or a credit (src/stages/boilerplate.ts)? */
export function inBoilerplate(work: Work, pos: number): boolean {
  return work.boilerplate.some((b) => b.start <= pos && pos < b.end);
}
