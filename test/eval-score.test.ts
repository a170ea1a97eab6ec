import { describe, expect, it } from 'vitest';
import { TokenTally } from '../src/eval/germeval.js';
import { topLevel } from '../src/eval/predict.js';
import { score } from '../src/eval/score.js';
import { pairSpans, pairWeight, rates } from '../src/eval/spans.js';
import { isMarkToken, stripMarks, tokenize } from '../src/eval/tokens.js';
import { at, goldDoc, preds } from './eval-helpers.js';

const r = (start: number, end: number) => ({ start, end });

describe('pairWeight: a pair counts when it shares ≥ 50 % of the shorter span', () => {
  it.each([
    ['identical', [r(0, 10)], [r(0, 10)], 10],
    ['half of the shorter', [r(0, 10)], [r(5, 30)], 5],
    ['less than half', [r(0, 10)], [r(6, 30)], 0],
    ['touching only', [r(0, 10)], [r(10, 20)], 0],
    ['a short prediction inside a long gold', [r(0, 100)], [r(40, 50)], 10],
    ['discontinuous gold, one prediction over both parts', [r(0, 10), r(20, 30)], [r(0, 30)], 20],
    ['discontinuous gold, a prediction over one part', [r(0, 10), r(20, 30)], [r(20, 30)], 10],
  ])('%s', (_name, gold, pred, expected) => expect(pairWeight(gold, pred)).toBe(expected));
});

describe('quotation marks', () => {
  const text = 'Er sagte: „Wir kommen.“ Ende';
  it('are stripped from the ends of a gold span', () => {
    expect(stripMarks(text, at(text, '„Wir kommen.“ '))).toEqual(at(text, 'Wir kommen.'));
  });
  it.each([['„', true], ['“', true], ["''", true], ['»', true], ['Wir', false], ['.', false]])('%s is a mark token: %s', (t, expected) =>
    expect(isMarkToken(t)).toBe(expected),
  );
  it('tokenize splits marks and sentences', () => {
    const toks = tokenize('Er sagte: „Wir kommen.“ Dann ging er.');
    expect(toks.map((t) => t.text)).toEqual(['Er', 'sagte', ':', '„', 'Wir', 'kommen', '.', '“', 'Dann', 'ging', 'er', '.']);
    expect(toks.map((t) => t.sentence)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1]);
  });
});

describe('pairSpans', () => {
  it('pairs a gold quotation with its marks to ours without them', () => {
    const text = 'Der Minister sagte: „Wir werden die Steuern senken.“';
    const doc = goldDoc(text, [{ type: 'Direct', quote: '„Wir werden die Steuern senken.“', speaker: 'Der Minister' }]);
    const p = preds(text, [{ kind: 'direct', text: 'Wir werden die Steuern senken.' }]);
    expect(pairSpans(doc, doc.items, p).map((x) => [x.gold, x.pred])).toEqual([[0, 0]]);
  });
});

// A small article with one of every outcome.
const text =
  'Der Minister sagte: „Wir werden die Steuern senken.“ Die Opposition kritisierte, der Plan sei unbezahlbar. ' +
  'Er selbst sagte, man werde „alles prüfen“.';
const doc = goldDoc(text, [
  { type: 'Direct', quote: '„Wir werden die Steuern senken.“', speaker: 'Der Minister' },
  { type: 'Indirect', quote: 'der Plan sei unbezahlbar', speaker: 'Die Opposition' },
  { type: 'Indirect', quote: 'man werde „alles prüfen“', speaker: 'Er' },
  { type: 'Direct', quote: '„alles prüfen“', speaker: 'Er', nested: true },
]);
const ours = preds(text, [
  { kind: 'direct', text: 'Wir werden die Steuern senken.', speaker: 'Minister', name: 'Minister' }, // right, speaker right
  { kind: 'partial', text: 'alles prüfen' }, // right, speaker missing
  { kind: 'indirect', text: 'Plan sei unbezahlbar', speaker: 'Die Opposition' }, // right (covers most of the gold)
  { kind: 'reported', text: 'Die Opposition kritisierte' }, // a false alarm
]);

describe('score: span scores per scope', () => {
  const result = score([{ doc, preds: ours }], { format: 'test', path: 'doc.json', limit: 10 });

  it.each([
    ['quotes', result.quotes, { gold: 2, predicted: 2, matched: 2, precision: 1, recall: 1, f1: 1 }, { matched: 2, correct: 1, accuracy: 0.5 }],
    ['claims', result.claims, { gold: 2, predicted: 2, matched: 1, precision: 0.5, recall: 0.5, f1: 0.5 }, { matched: 1, correct: 1, accuracy: 1 }],
    ['Indirect', result.claims.byType.Indirect, { gold: 2, predicted: 1, matched: 1, precision: 1, recall: 0.5 }, { matched: 1, correct: 1, accuracy: 1 }],
    ['Reported', result.claims.byType.Reported, { gold: 0, predicted: 1, matched: 0, precision: 0, recall: null, f1: 0 }, { matched: 0, correct: 0, accuracy: null }],
    ['FreeIndirect', result.claims.byType.FreeIndirect, { gold: 0, predicted: 0, precision: null, recall: null, f1: null }, { accuracy: null }],
    ['all types', result.allTypes, { gold: 4, predicted: 4, matched: 3, precision: 0.75, recall: 0.75, f1: 0.75 }, { matched: 3, correct: 2 }],
  ])('%s', (_name, counts, expected, speaker) => {
    expect(counts).toMatchObject(expected);
    expect(counts.speaker).toMatchObject(speaker);
  });

  it('counts nested gold and breaks all types down', () => {
    expect(result.quotes.nestedGold).toBe(1);
    expect(result.gold).toMatchObject({ documents: 1, annotations: 4, nested: 1 });
    expect(result.allTypes.recallByGoldType.Indirect).toEqual({ gold: 2, matched: 1, recall: 0.5 });
    expect(result.allTypes.precisionByKind.reported).toEqual({ predicted: 1, matched: 0, precision: 0 });
  });

  it('lists the miss, the false alarm and the wrong speaker with their sentences', () => {
    const m = result.misses;
    expect(m.missed.items.map((x) => [x.kind, x.text, x.sentence])).toEqual([
      ['Indirect', 'man werde „alles prüfen', 'Er selbst sagte, man werde „alles prüfen“.'],
    ]);
    expect(m.falseAlarms.items.map((x) => [x.kind, x.text])).toEqual([['reported', 'Die Opposition kritisierte']]);
    expect(m.wrongSpeaker.items.map((x) => [x.text, x.goldSpeaker, x.ourSpeaker])).toEqual([['alles prüfen', 'Er', null]]);
  });

  it('keeps the totals but lists at most the limit', () => {
    const none = score([{ doc, preds: [] }], { format: 'test', path: 'doc.json', limit: 1 });
    expect(none.misses.missed.total).toBe(4);
    expect(none.misses.missed.items).toHaveLength(1);
  });
});

describe('rates', () => {
  it.each([
    [3, 4, 6, { precision: 0.75, recall: 0.5, f1: 0.6 }],
    [0, 0, 5, { precision: null, recall: 0, f1: 0 }],
    [0, 5, 0, { precision: 0, recall: null, f1: 0 }],
    [0, 0, 0, { precision: null, recall: null, f1: null }],
  ])('tp %i of %i predicted, %i gold', (tp, p, g, expected) => expect(rates(tp, p, g)).toEqual(expected));
});

describe('GermEval token score', () => {
  const tally = (d: ReturnType<typeof goldDoc>, p: ReturnType<typeof preds>) => {
    const t = new TokenTally();
    t.add(d, p);
    return t.result();
  };

  it('counts paired, unpaired and nested quotations token by token', () => {
    const text = 'Merkel sagte: „Wir schaffen das.“ Seehofer meinte, das sei falsch. Sie widersprach.';
    const d = goldDoc(text, [
      { type: 'Direct', quote: '„Wir schaffen das.“', speaker: 'Merkel' }, // 4 tokens without marks
      { type: 'Indirect', quote: 'das sei falsch', speaker: 'Seehofer' }, // 3 tokens
      { type: 'Direct', quote: 'schaffen das', speaker: 'Merkel', nested: true }, // ignored
      { type: 'Reported', quote: 'widersprach', speaker: 'Sie' }, // unpaired: 1 + 1 FN
    ]);
    const p = preds(text, [
      { kind: 'direct', text: 'Wir schaffen das.', speaker: 'Merkel' }, // quote 4 TP, speaker 1 TP
      { kind: 'indirect', text: 'Seehofer meinte, das sei falsch', speaker: 'Sie' }, // 3 TP 3 FP; speaker 1 FP 1 FN
      { kind: 'partial', text: 'schaffen' }, // inside our direct quote: dropped
      { kind: 'free-indirect', text: 'Merkel sagte' }, // unpaired: 2 FP
    ]);
    const res = tally(d, p);
    expect([res.gold, res.predicted]).toEqual([3, 3]);
    expect(res.quote).toMatchObject({ tp: 7, fp: 5, fn: 1, precision: 7 / 12, recall: 7 / 8 });
    expect(res.speaker).toMatchObject({ tp: 1, fp: 1, fn: 2 });
    expect(res.joint).toMatchObject({ tp: 8, fp: 6, fn: 3 });
  });

  it('pairs a discontinuous gold quotation with one prediction only', () => {
    const text = '„Wir schaffen das“, sagte Merkel, „und zwar bald.“';
    const d = goldDoc(text, [{ type: 'Direct', quote: ['„Wir schaffen das“', '„und zwar bald.“'], speaker: 'Merkel' }]);
    const split = preds(text, [
      { kind: 'direct', text: 'Wir schaffen das', speaker: 'Merkel' },
      { kind: 'direct', text: 'und zwar bald.', speaker: 'Merkel' },
    ]);
    const res = tally(d, split);
    expect(res.quote).toMatchObject({ tp: 4, fp: 3, fn: 3 });
    expect(res.speaker).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    const whole = tally(d, preds(text, [{ kind: 'direct', text: 'Wir schaffen das“, sagte Merkel, „und zwar bald.', speaker: 'Merkel' }]));
    expect(whole.quote).toMatchObject({ tp: 7, fp: 4, fn: 0 });
  });

  it('leaves speaker and joint out when the gold marks no speaker places', () => {
    const text = 'Trump sagte: „Wir gewinnen.“';
    const d = goldDoc(text, [{ type: 'Direct', quote: '„Wir gewinnen.“', speaker: 'Donald Trump'.slice(7) }], false);
    const res = tally(d, preds(text, [{ kind: 'direct', text: 'Wir gewinnen.', speaker: 'Trump' }]));
    expect(res.quote).toMatchObject({ tp: 3, fp: 0, fn: 0, f1: 1 });
    expect([res.speaker, res.joint]).toEqual([null, null]);
  });
});

describe('topLevel', () => {
  it('drops our statements inside another one, keeps the first of two equal ones', () => {
    const text = 'Er sagte, die Lage sei „ernst“.';
    const p = preds(text, [
      { kind: 'partial', text: 'ernst' },
      { kind: 'indirect', text: 'die Lage sei „ernst“' },
      { kind: 'reported', text: 'die Lage sei „ernst“' },
    ]);
    expect(topLevel(p).map((x) => x.kind)).toEqual(['indirect']);
  });
});
