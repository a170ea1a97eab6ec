import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxWeightPairs } from '../src/eval/assign.js';

const pairsOf = (w: number[][]) => maxWeightPairs(w, w.length, w[0]?.length ?? 0).map((p) => [p.gold, p.pred]);
const total = (w: number[][]) => maxWeightPairs(w, w.length, w[0]?.length ?? 0).reduce((s, p) => s + p.weight, 0);

/** The best total by trying every one-to-one pairing (small matrices only). */
function bruteForce(w: number[][]): number {
  const rows = w.length;
  const cols = w[0]?.length ?? 0;
  const best = (r: number, used: Set<number>): number => {
    if (r === rows) return 0;
    let b = best(r + 1, used); // row r unpaired
    for (let c = 0; c < cols; c++) {
      if (used.has(c) || w[r][c] === 0) continue;
      used.add(c);
      b = Math.max(b, w[r][c] + best(r + 1, used));
      used.delete(c);
    }
    return b;
  };
  return best(0, new Set());
}

describe('maxWeightPairs', () => {
  it.each([
    ['one pair', [[5]], [[0, 0]]],
    ['no overlap, no pair', [[0]], []],
    ['nothing to pair', [] as number[][], []],
    // greedy would take 5 and leave the second gold alone (5); the best is 4 + 4
    ['beats greedy', [[5, 4], [4, 0]], [[0, 1], [1, 0]]],
    ['more predictions than gold', [[1, 7, 3]], [[0, 1]]],
    ['more gold than predictions', [[1], [7], [3]], [[1, 0]]],
    ['zero rows stay unpaired', [[0, 0], [0, 2]], [[1, 1]]],
    ['diagonal', [[3, 1, 0], [1, 3, 1], [0, 1, 3]], [[0, 0], [1, 1], [2, 2]]],
  ])('%s', (_name, weights, expected) => {
    expect(pairsOf(weights)).toEqual(expected);
  });

  it('finds the best total and pairs one to one (property)', () => {
    const matrix = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
      .chain(([r, c]) => fc.array(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
    fc.assert(
      fc.property(matrix, (w) => {
        const pairs = maxWeightPairs(w, w.length, w[0].length);
        expect(new Set(pairs.map((p) => p.gold)).size).toBe(pairs.length);
        expect(new Set(pairs.map((p) => p.pred)).size).toBe(pairs.length);
        expect(pairs.every((p) => p.weight > 0 && p.weight === w[p.gold][p.pred])).toBe(true);
        expect(total(w)).toBe(bruteForce(w));
      }),
      { numRuns: 300 },
    );
  });
});
