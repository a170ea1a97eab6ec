// One-to-one pairing of gold and predicted items with the largest total
// weight (the Hungarian method, O(n²·m)). Weights are overlaps, so they are
// never negative; a pair of weight 0 is no pair at all.

export interface Pair {
  gold: number;
  pred: number;
  weight: number;
}

/**
 * Maximum-weight one-to-one pairing of rows (gold) and columns (predictions).
 * `weights[g][p]` ≥ 0; only pairs with weight > 0 are returned, sorted by gold.
 */
export function maxWeightPairs(weights: number[][], rows: number, cols: number): Pair[] {
  if (rows === 0 || cols === 0) return [];
  const transpose = rows > cols;
  const n = transpose ? cols : rows;
  const m = transpose ? rows : cols;
  const w = (i: number, j: number) => (transpose ? weights[j][i] : weights[i][j]);
  let max = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) max = Math.max(max, w(i, j));
  if (max === 0) return [];
  // Minimise cost = max − weight over a full assignment of the n ≤ m rows.
  const cost = (i: number, j: number) => max - w(i - 1, j - 1);
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0); // p[j]: row assigned to column j (1-based, 0 = none)
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(Infinity);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0, j) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const pairs: Pair[] = [];
  for (let j = 1; j <= m; j++) {
    if (p[j] === 0) continue;
    const [r, c] = transpose ? [j - 1, p[j] - 1] : [p[j] - 1, j - 1];
    const weight = weights[r][c];
    if (weight > 0) pairs.push({ gold: r, pred: c, weight });
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}
