// A quotation that found no speaker of its own but stands inside reported
// speech is part of what that speaker said:
//   Er sagte, die Lage sei „sehr ernst“.           → his words
//   Die Gefahr sei real. „Aber das Virus kann mutieren.“ …  (a claim's Konjunktiv goes on)
// Runs after the claims, whose speakers it reads; quotations with a cue or a
// speaker named for them (or a passive cue that names nobody) keep theirs, a
// speaker taken from the context (an earlier sentence, a colon, a Konjunktiv
// run) yields.
import type { Claim, Quote } from '../schema/document.js';
import type { Work } from '../types.js';
import { firstAtOrAfter } from './search.js';

// Claims overlapping one place: a report may hold another ("sagte, er habe gefordert, …").
const NESTING = 4;

export function quotesInReports(work: Work): Work {
  const { claims } = work;
  if (claims.length === 0) return work;
  const quotes = work.quotes.map((q) => {
    // A speaker taken from the context yields to the report the quotation stands in:
    //   Müller sagte: „…“ Seit Jahren vertritt Kühn die These, dass die Lage „ernst“ sei.  → Kühn's words
    if (q.cue || (q.speaker && q.speaker.resolvedBy !== 'context')) return q;
    const c = around(claims, q);
    return c?.speaker ? { ...q, speaker: { ...c.speaker, resolvedBy: 'context' as const }, cue: c.cue } : q;
  });
  return { ...work, quotes };
}

/** The innermost claim whose text holds the quotation, if any. */
function around(claims: readonly Claim[], q: Quote): Claim | null {
  const last = firstAtOrAfter(claims, q.start + 1) - 1;
  for (let k = last; k >= 0 && k > last - NESTING; k--) {
    const c = claims[k];
    if (c.start <= q.start && q.end <= c.end) return c;
  }
  return null;
}
