// The statements of the documents, flattened, each with the words it is
// compared by. A partial quotation is compared with the words that lead up to
// it in its sentence, so that two outlets' single words can meet:
//   'bezeichnete … die vollständige Wiederherstellung ihrer Grenzen als „unrealistisch“'
//   → "die vollständige Wiederherstellung ihrer Grenzen als unrealistisch"
// Unattributed sentences with numbers may join as well (a call that lasted
// „über eine Stunde“ in one outlet, „fast anderthalb Stunden“ in another).
import type { Claim, Document, Quote, Speaker } from '../schema/document.js';
import type { MemberKind } from '../schema/matrix.js';
import { newWork } from '../pipeline.js';
import { segment } from '../stages/segment.js';
import { type Quantity, quantities } from './numbers.js';
import { type SpeakerKey, speakerKey } from './speakers.js';
import { type Word, words } from './similarity.js';

export interface Statement {
  /** Position in the flat list. */
  index: number;
  /** Index of the document (= column). */
  doc: number;
  id: string;
  kind: MemberKind;
  quote: boolean;
  unattributed: boolean;
  text: string;
  start: number;
  end: number;
  sentence: string;
  sentenceStart: number;
  /** Where the words it is compared by begin (before `start` for partial quotations). */
  contextStart: number;
  speaker: Speaker | null;
  key: SpeakerKey | null;
  /** The words it is compared by. */
  content: Word[];
  /** Ids of the quotations a claim holds, and of the claims that hold a quotation. */
  nested: Set<string>;
  /** Units of its quantities (see `quantityUnits`). */
  units?: Set<string>;
}

/** The words a statement states its numbers in: a partial quotation with its lead-in, else its text. */
export function numberText(s: Statement): string {
  return s.quote && s.kind === 'partial' ? s.sentence.slice(Math.max(0, s.contextStart - s.sentenceStart), s.end - s.sentenceStart) : s.text;
}

/** The units of the quantities a statement states ("min", "%", "year", …), worked out once. */
export function quantityUnits(s: Statement): Set<string> {
  s.units ??= unitsOf(quantities(numberText(s)));
  return s.units;
}

const unitsOf = (qs: Quantity[]) => new Set(qs.map((q) => q.unit).filter((u) => u !== '#' && !u.endsWith('#')));

const MAX_CONTEXT_WORDS = 12;

export interface CollectOptions {
  /** Also take unattributed sentences that state numbers (needs `text` on the documents). */
  facts?: boolean;
}

export function collectStatements(docs: readonly Document[], opts: CollectOptions = {}): Statement[] {
  const out: Statement[] = [];
  docs.forEach((doc, d) => {
    const quotes = [...doc.quotes].sort((a, b) => a.start - b.start);
    const own: Statement[] = [];
    for (const q of quotes) own.push(fromQuote(d, q, quotes));
    for (const c of doc.claims) own.push(fromClaim(d, c));
    linkNested(own);
    if (opts.facts && typeof doc.text === 'string') own.push(...facts(doc, d, own));
    for (const s of own) {
      s.index = out.length;
      out.push(s);
    }
  });
  return out;
}

function keyOf(s: Speaker | null): SpeakerKey | null {
  return s && s.name.trim() ? speakerKey(s) : null;
}

function fromQuote(d: number, q: Quote, sorted: readonly Quote[]): Statement {
  let contextStart = q.start;
  let content: Word[];
  if (q.kind === 'partial') {
    // The words before the quotation in its sentence, after any earlier quotation or the cue.
    let from = q.sentence.start;
    for (const o of sorted) if (o.end <= q.start && o.end > from && o.start >= q.sentence.start) from = o.end + 1;
    if (q.cue && q.cue.end <= q.start && q.cue.end > from) from = q.cue.end;
    const lead = words(q.sentence.text.slice(Math.max(0, from - q.sentence.start), Math.max(0, q.start - q.sentence.start)), from);
    const kept = lead.slice(-MAX_CONTEXT_WORDS).filter((w) => !inside(w, q.speaker) && !inside(w, q.cue));
    content = [...kept, ...words(q.text, q.start)];
    if (kept.length > 0) contextStart = kept[0].start;
  } else {
    content = words(q.text, q.start);
  }
  return {
    index: 0, doc: d, id: q.id, kind: q.kind, quote: true, unattributed: false,
    text: q.text, start: q.start, end: q.end, sentence: q.sentence.text, sentenceStart: q.sentence.start, contextStart,
    speaker: q.speaker, key: keyOf(q.speaker), content, nested: new Set(),
  };
}

function fromClaim(d: number, c: Claim): Statement {
  return {
    index: 0, doc: d, id: c.id, kind: c.kind, quote: false, unattributed: false,
    text: c.text, start: c.start, end: c.end, sentence: c.sentence.text, sentenceStart: c.sentence.start, contextStart: c.start,
    speaker: c.speaker, key: keyOf(c.speaker), content: words(c.text, c.start).filter((w) => !inside(w, c.speaker)), nested: new Set(c.quoteIds),
  };
}

/** A claim and the quotations inside it are parts of one another, never two outlets' versions. */
function linkNested(own: Statement[]): void {
  const quotes = own.filter((s) => s.quote);
  for (const c of own) {
    if (c.quote) continue;
    for (const q of quotes) {
      if (c.nested.has(q.id) || (q.start >= c.start && q.end <= c.end)) {
        c.nested.add(q.id);
        q.nested.add(c.id);
      }
    }
  }
}

const inside = (w: Word, span: { start: number; end: number } | null) => span !== null && w.start >= span.start && w.end <= span.end;

/** Sentences of the article that state a quantity and hold no statement. */
function facts(doc: Document, d: number, own: readonly Statement[]): Statement[] {
  const text = doc.text as string;
  const work = segment(newWork({ id: doc.id, path: doc.path, text, warnings: [] }));
  const out: Statement[] = [];
  for (const s of work.sentences) {
    if (own.some((o) => o.start < s.end && o.end > s.start)) continue;
    const sentence = text.slice(s.start, s.end);
    const units = unitsOf(quantities(sentence));
    if (units.size === 0) continue;
    out.push({
      units,
      index: 0, doc: d, id: `s${s.index}`, kind: 'unattributed', quote: false, unattributed: true,
      text: sentence, start: s.start, end: s.end, sentence, sentenceStart: s.start, contextStart: s.start,
      speaker: null, key: null, content: words(sentence, s.start), nested: new Set(),
    });
  }
  return out;
}
