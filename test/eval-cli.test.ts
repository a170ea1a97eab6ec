// `claims eval` on the real binary (run `npm run build` first; `npm test` does).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasShared, repoRoot } from './eval-helpers.js';

function claims(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/claims'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (s: string) => s.split('\n').filter((l) => l !== '');
const rateOrNull = expect.toSatisfy((x: unknown) => x === null || (typeof x === 'number' && x >= 0 && x <= 1));
const spanShape = {
  gold: expect.any(Number),
  predicted: expect.any(Number),
  matched: expect.any(Number),
  precision: rateOrNull,
  recall: rateOrNull,
  f1: rateOrNull,
  speaker: { matched: expect.any(Number), correct: expect.any(Number), accuracy: rateOrNull },
};

describe('claims eval', () => {
  it('exits 2 with one stderr line when the gold is missing', () => {
    const r = claims(['eval', '--gold', 'no/such/gold.json', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual(['claims: no/such/gold.json: no such gold file or folder']);
  });

  it.each([
    [['--misses', 'many'], '--misses'],
    [['--min-f1', '2'], '--min-f1'],
  ])('exits 2 on a bad option value %j', (extra, name) => {
    const r = claims(['eval', '--gold', 'fixtures/eval/wikinews', ...extra]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain(name);
  });

  it('scores a WikiNews folder; exits 1 below --min-f1 and 0 at or above it', () => {
    // The gold has a direct quotation without quotation marks, which no quote of ours can match.
    const below = claims(['eval', '--gold', 'fixtures/eval/wikinews', '--format', 'json', '--min-f1', '0.9']);
    expect(below.code).toBe(1);
    expect(lines(below.stderr)).toEqual([expect.stringMatching(/^claims: quote F1 0\.\d+ is below --min-f1 0\.9$/)]);
    const result = JSON.parse(below.stdout);
    expect(result.gold).toMatchObject({ format: 'wikinews', documents: 1, annotations: 3, nested: 0 });
    expect(result.quotes.gold).toBe(2);
    const ok = claims(['eval', '--gold', 'fixtures/eval/wikinews', '--format', 'json', '--min-f1', '0']);
    expect([ok.code, ok.stderr]).toEqual([0, '']);
  });

  it('finds the seed texts beside the gold folder and rejects a text that does not fit', () => {
    const r = claims(['eval', '--gold', 'fixtures/eval/seeds/gold/mini.gold.json', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).gold).toMatchObject({ format: 'seeds', documents: 1, annotations: 3, nested: 1 });
    const changed = claims(['eval', '--gold', 'fixtures/eval/seeds/gold/mini.gold.json', 'fixtures/eval/seeds/changed/']);
    expect(changed.code).toBe(2);
    expect(changed.stderr).toContain('changed/mini.txt: gold mini.txt#i1 does not fit the text');
  });

  it('prints a table of at most 100 columns without colour when asked', () => {
    const r = claims(['eval', '--gold', 'fixtures/eval/wikinews', '--format', 'table', '--no-color'], { FORCE_COLOR: '1' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect(r.stdout).toContain('QUiTE F1 (test)');
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it.skipIf(!hasShared)('scores the seeds gold as JSON (needs ../shared)', () => {
    const r = claims(['eval', '--gold', '../shared/gold/seeds.gold.json', '--format', 'json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(Object.keys(result)).toEqual(['gold', 'quotes', 'claims', 'allTypes', 'germeval', 'misses']);
    expect(result.gold).toMatchObject({ format: 'seeds', documents: 5, annotations: 79 });
    expect(result.quotes).toMatchObject({ ...spanShape, gold: 34, nestedGold: expect.any(Number) });
    expect(result.claims).toMatchObject({ ...spanShape, gold: 45 });
    for (const t of ['Indirect', 'FreeIndirect', 'Reported']) expect(result.claims.byType[t]).toMatchObject(spanShape);
    expect(result.allTypes).toMatchObject({ ...spanShape, gold: 79 });
    expect(result.germeval.quote).toMatchObject({ tp: expect.any(Number), fp: expect.any(Number), fn: expect.any(Number), f1: rateOrNull });
    expect([result.germeval.speaker, result.germeval.joint]).toEqual([null, null]);
    expect(result.germeval.reference).toMatchObject({ quote: 0.481, speaker: 0.317, joint: 0.404 });
    expect(result.misses).toMatchObject({ limit: 20, missed: { total: expect.any(Number), items: expect.any(Array) } });
  });
});

if (!hasShared) console.warn('eval-cli: ../shared is absent, skipping the seeds gold run');
