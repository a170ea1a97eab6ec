// The scorer's sanity check: predictions made from the gold itself must score
// 1.0 everywhere. Reads the WikiNews train split from ../shared.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGold } from '../src/eval/gold.js';
import type { GoldDoc } from '../src/eval/model.js';
import { predictionsFromGold } from '../src/eval/predict.js';
import { type EvalResult, score } from '../src/eval/score.js';
import { hasShared, sharedDir } from './eval-helpers.js';

const train = join(sharedDir, 'corpus/wikinews-de/train');
if (!hasShared) console.warn('eval-perfect: ../shared is absent, skipping the perfect-prediction checks');

async function load(path: string): Promise<GoldDoc[]> {
  const gold = await loadGold(path);
  if ('message' in gold || gold.format !== 'wikinews') throw new Error(`cannot load ${path}`);
  expect(gold.errors).toEqual([]);
  return gold.docs;
}

function spanScores(r: EvalResult) {
  return [r.quotes, r.claims, r.claims.byType.Indirect, r.claims.byType.FreeIndirect, r.claims.byType.Reported, r.allTypes];
}

describe.skipIf(!hasShared)('a perfect prediction scores 1.0', () => {
  // 50164: all five types, discontinuous quotes and speakers, nested quotes, quotes without speaker.
  // 49225: Reported and free indirect speech beside direct quotes.
  it.each(['50164.json', '49225.json'])('on WikiNews %s', async (file) => {
    const docs = await load(join(train, file));
    const r = score(docs.map((doc) => ({ doc, preds: predictionsFromGold(doc) })), { format: 'wikinews', path: file, limit: 5 });
    expect(r.quotes.gold).toBeGreaterThan(0);
    for (const s of spanScores(r)) {
      expect(s.gold).toBeGreaterThan(0);
      expect([s.precision, s.recall, s.f1, s.speaker.accuracy]).toEqual([1, 1, 1, 1]);
    }
    for (const t of [r.germeval.quote, r.germeval.speaker!, r.germeval.joint!]) {
      expect(t.fp + t.fn).toBe(0);
      expect(t.f1).toBe(1);
    }
    expect([r.misses.missed.total, r.misses.falseAlarms.total, r.misses.wrongSpeaker.total]).toEqual([0, 0, 0]);
  });

  it('on all of the train split', async () => {
    const docs = await load(train);
    expect(docs).toHaveLength(700);
    const all = score(docs.map((doc) => ({ doc, preds: predictionsFromGold(doc) })), { format: 'wikinews', path: train, limit: 5 });
    for (const s of spanScores(all)) expect([s.precision, s.recall, s.f1, s.speaker.accuracy]).toEqual([1, 1, 1, 1]);
    // GermEval's simplified mode scores non-nested quotations: a perfect system gives just those.
    // (A few nested gold quotations are annotated twice with the same span and no outer one.)
    const top = score(
      docs.map((doc) => ({ doc, preds: predictionsFromGold(doc).filter((_, i) => !doc.items[i].nested) })),
      { format: 'wikinews', path: train, limit: 5 },
    );
    for (const t of [top.germeval.quote, top.germeval.speaker!, top.germeval.joint!]) expect([t.precision, t.recall, t.f1]).toEqual([1, 1, 1]);
  });
});
