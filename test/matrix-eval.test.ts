// The matrix against the hand-made clusters of the seed articles
// (../shared/gold/seeds.gold.json). Gold mode (the gold statements as
// documents) must reach pairwise precision and recall of 0.9; extracted mode
// depends on the extractor too and is reported.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateClusters, scorePairs } from '../src/matrix/eval-clusters.js';
import { buildMatrix } from '../src/matrix/index.js';
import { extractArticle } from '../src/pipeline.js';
import type { Matrix } from '../src/schema/matrix.js';

const root = join(import.meta.dirname, '..');
const gold = join(root, '..', 'shared', 'gold', 'seeds.gold.json');
const haveGold = existsSync(gold);
const corpus = join(root, '..', 'shared', 'corpus', 'derstandard', 'articles.jsonl');
const haveCorpus = existsSync(corpus);
if (!haveGold) console.warn(`matrix-eval: ${gold} is absent (../shared is not beside the repository): the seeds cluster test is skipped`);

describe('pairwise scores', () => {
  const g = {
    documents: { a: [{ id: 'q1', kind: 'direct', text: 'x', start: 0, end: 1 }, { id: 'q2', kind: 'direct', text: 'y', start: 2, end: 3 }], b: [{ id: 'c1', kind: 'indirect', text: 'x', start: 0, end: 1 }, { id: 'c2', kind: 'indirect', text: 'z', start: 2, end: 3 }] },
    clusters: [['a#q1', 'b#c1']],
  };
  const matrixOf = (rows: string[][]): Matrix => ({
    schemaVersion: 1,
    sources: [],
    discrepancies: [],
    rows: rows.map((ms, k) => ({ id: `r${k}`, speaker: null, text: '', coverage: {}, discrepancies: [], members: ms.map((m) => { const [document, statementId] = m.split('#'); return { document, statementId, source: document, kind: 'direct', speaker: null, text: '', start: 0, end: 0, sentence: '', sentenceStart: 0 }; }) })),
  });
  const all = new Map(['a#q1', 'a#q2', 'b#c1', 'b#c2'].map((k) => [k, { document: k.split('#')[0], statementId: k.split('#')[1] }]));

  it.each([
    ['the gold rows', [['a#q1', 'b#c1'], ['a#q2'], ['b#c2']], 1, 1, 1],
    ['everything apart', [['a#q1'], ['b#c1'], ['a#q2'], ['b#c2']], 0, 1, 1],
    ['an unclustered statement joins', [['a#q1', 'b#c1', 'b#c2'], ['a#q2']], 1, 1, 1 / 3],
  ])('%s', (_, rows, recall, precision, precisionAll) => {
    const s = scorePairs(g, matrixOf(rows), all);
    expect([s.recall, s.precision, s.precisionAll]).toEqual([recall, precision, precisionAll]);
  });
});

describe.skipIf(!haveGold)('seeds gold clusters', () => {
  it('gold statements: pairwise precision and recall ≥ 0.9; extracted statements reported', async () => {
    const r = await evaluateClusters(gold, [join(root, 'seeds')]);
    const line = (name: string, s: typeof r.gold) =>
      `${name}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} P(all) ${s.precisionAll.toFixed(3)} (${s.matched}/${s.total} matched)`;
    console.info(`matrix clusters on the seeds — ${line('gold', r.gold)}; ${line('extracted', r.extracted)}`);
    expect(r.gold.matched).toBe(r.gold.total);
    expect(r.gold.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.gold.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.extracted.matched).toBeGreaterThan(0);
  });
});

describe.skipIf(!haveCorpus)('articles on different stories', () => {
  it('300 DER STANDARD articles (one outlet, many stories) share few rows', () => {
    const docs = readFileSync(corpus, 'utf8')
      .split('\n')
      .filter(Boolean)
      .slice(0, 300)
      .map((l) => JSON.parse(l) as { id: string; text: string })
      .map((a) => extractArticle({ id: a.id, path: a.id, text: a.text, warnings: [] }, { includeText: true }));
    const m = buildMatrix(docs);
    const shared = m.rows.filter((r) => Object.keys(r.coverage).length > 1);
    console.info(`matrix over 300 DER STANDARD articles: ${m.rows.length} rows, ${shared.length} in two or more`);
    expect(shared.length).toBeLessThan(m.rows.length * 0.02);
  });
});
