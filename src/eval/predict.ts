// Our output, as the scorer sees it: every quote and claim of a document as
// one Prediction with its span, speaker mention and sentence.
import type { Document, Speaker } from '../schema/document.js';
import type { GoldDoc, Prediction } from './model.js';

function speakerOf(s: Speaker | null): Prediction['speaker'] {
  return s === null ? null : { text: s.text, name: s.name, spans: [{ start: s.start, end: s.end }] };
}

/**
 * Quotes first, then claims, each in document order. With `passages`, a claim
 * that `continues` another joins it: one prediction over the whole passage,
 * for a gold that marks a run of free indirect speech as one annotation
 * (WikiNews), where our output keeps a claim a sentence (as the seeds gold does).
 */
export function predictionsOf(doc: Document, opts: { passages?: boolean } = {}): Prediction[] {
  const one = (s: Document['quotes'][number] | Document['claims'][number]): Prediction => ({
    id: s.id,
    kind: s.kind,
    text: s.text,
    spans: [{ start: s.start, end: s.end }],
    speaker: speakerOf(s.speaker),
    sentence: { text: s.sentence.text, start: s.sentence.start, end: s.sentence.end },
  });
  const preds = doc.quotes.map(one);
  const byId = new Map<string, Prediction>();
  for (const c of doc.claims) {
    const head = opts.passages && c.continues !== null ? byId.get(c.continues) : undefined;
    if (head) {
      head.spans.push({ start: c.start, end: c.end });
      head.text += ' ' + c.text;
      byId.set(c.id, head);
      continue;
    }
    const p = one(c);
    byId.set(c.id, p);
    preds.push(p);
  }
  return preds;
}

/**
 * Predictions not inside another prediction: a quotation standing within one
 * of our claims is nested, as the gold's isNested quotations are. Of two with
 * the same range the first stays.
 *   Er sagte, die Lage sei „ernst“.  → the claim stays, the partial quote goes
 */
export function topLevel(preds: Prediction[]): Prediction[] {
  const hull = (p: Prediction) => ({ start: Math.min(...p.spans.map((s) => s.start)), end: Math.max(...p.spans.map((s) => s.end)) });
  const hulls = preds.map(hull);
  return preds.filter((_, i) =>
    !hulls.some((o, j) => {
      if (j === i) return false;
      const h = hulls[i];
      const inside = o.start <= h.start && h.end <= o.end;
      const same = o.start === h.start && o.end === h.end;
      return inside && (!same || j < i);
    }),
  );
}

/**
 * The prediction a perfect extractor would make for each gold annotation
 * (its own spans and speaker mention): the scorer's sanity check, and a
 * baseline for tests.
 */
export function predictionsFromGold(doc: GoldDoc): Prediction[] {
  const kindOf = { Direct: 'direct', Indirect: 'indirect', IndirectFreeIndirect: 'free-indirect', FreeIndirect: 'free-indirect', Reported: 'reported' } as const;
  return doc.items.map((g) => ({
    id: `gold-${g.id}`,
    kind: g.label === 'partial' ? 'partial' : kindOf[g.type],
    text: g.text,
    spans: g.spans.map((s) => ({ ...s })),
    speaker: g.speaker === null ? null : { text: g.speaker.text, name: g.speaker.text, spans: g.speaker.spans.map((s) => ({ ...s })) },
    sentence: null,
  }));
}
