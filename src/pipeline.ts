// The order of the stages, in one place. Each stage is a function from the
// work document to the work document, in its own file under src/stages/.
import type { Document } from './schema/document.js';
import { boilerplate } from './stages/boilerplate.js';
import { segment } from './stages/segment.js';
import { pairQuotes } from './stages/quotes.js';
import { findMentions } from './stages/mentions.js';
import { attributeQuotes } from './stages/speakers.js';
import { findClaims } from './stages/claims.js';
import { quotesInReports } from './stages/quote-reports.js';
import { toDocument } from './stages/document.js';
import type { Article, Work } from './types.js';

export type Stage = (work: Work) => Work;

export const STAGES: readonly Stage[] = [
  segment, // paragraphs, sentences, tokens
  boilerplate, // site chrome, credits, the outlet's name
  pairQuotes, // quotation marks paired into spans; titles set apart
  findMentions, // people, organisations, roles, pronouns → entities
  attributeQuotes, // speaker and cue of each quotation
  findClaims, // indirect, free indirect, according-to and reported speech
  quotesInReports, // a quotation without a speaker inside reported speech: the report's speaker
];

export function newWork(article: Article): Work {
  return {
    article,
    text: article.text,
    paragraphs: [],
    sentences: [],
    tokens: [],
    quoteSpans: [],
    inQuote: new Uint8Array(0),
    quotes: [],
    claims: [],
    entities: [],
    mentions: [],
    warnings: [...article.warnings],
    source: article.source ?? '',
    sourceFrom: article.source ? 'metadata' : 'file',
    title: article.title ?? null,
    boilerplate: [],
  };
}

/** Run every stage over one article and return its output document. */
export function extractArticle(article: Article, options: { includeText?: boolean } = {}): Document {
  let work = newWork(article);
  for (const stage of STAGES) work = stage(work);
  return toDocument(work, options);
}
