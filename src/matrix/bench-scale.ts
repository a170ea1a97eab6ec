// How the matrix scales: build it over 1k, 2k, 4k and 8k articles of the
// DER STANDARD sample (repeated to reach 8k) and fit the growth exponent
// (slope of log time over log articles). Extraction is timed apart.
//
//   npm run build && node dist/matrix/bench-scale.js [corpus.jsonl] [--sizes 1000,2000,4000,8000]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../pipeline.js';
import type { Document } from '../schema/document.js';
import type { Article } from '../types.js';
import { buildMatrix } from './index.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface ScalePoint {
  articles: number;
  statements: number;
  rows: number;
  ms: number;
}

/** Articles from a JSON-lines corpus (`{id, text}` a line), repeated until there are `n`. */
export function corpusArticles(file: string, n: number): Article[] {
  const base = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string });
  const out: Article[] = [];
  for (let k = 0; out.length < n; k++) {
    for (const a of base) {
      if (out.length >= n) break;
      const id = k === 0 ? a.id : `${a.id}~${k + 1}`;
      out.push({ id, path: `${file}#${id}`, text: a.text, warnings: [] });
    }
  }
  return out;
}

/** Least-squares slope of log(ms) over log(articles). */
export function growthExponent(points: readonly ScalePoint[]): number {
  const xs = points.map((p) => Math.log(p.articles));
  const ys = points.map((p) => Math.log(p.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i] - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

async function main(argv: string[]): Promise<void> {
  const sizesAt = argv.indexOf('--sizes');
  const sizes = sizesAt >= 0 ? argv[sizesAt + 1].split(',').map(Number) : [1000, 2000, 4000, 8000];
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--sizes') ?? resolve(repoRoot, '../shared/corpus/derstandard/articles.jsonl');
  if (!existsSync(file)) {
    process.stderr.write(`bench-scale: ${file}: not found (the corpus lives in ../shared)\n`);
    process.exitCode = 2;
    return;
  }
  const max = Math.max(...sizes);
  const articles = corpusArticles(file, max);
  let t0 = performance.now();
  const docs: Document[] = articles.map((a) => extractArticle(a, { includeText: true }));
  const extractMs = performance.now() - t0;
  process.stdout.write(`extracted ${docs.length} articles in ${(extractMs / 1000).toFixed(1)} s\n`);

  const points: ScalePoint[] = [];
  for (const n of sizes) {
    const slice = docs.slice(0, n);
    buildMatrix(slice.slice(0, Math.min(50, n))); // warm up
    t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const m = buildMatrix(slice);
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const statements = m.rows.reduce((k, r) => k + r.members.length, 0);
    points.push({ articles: n, statements, rows: m.rows.length, ms });
    process.stdout.write(
      `${String(n).padStart(6)} articles  ${String(statements).padStart(7)} statements in rows  ${String(m.rows.length).padStart(7)} rows  ` +
        `${(ms / 1000).toFixed(2)} s (cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s)\n`,
    );
  }
  process.stdout.write(`growth exponent (log-log slope): ${growthExponent(points).toFixed(2)}\n`);
}

if (process.argv[1] && import.meta.url === `file://${resolve(process.argv[1])}`) {
  main(process.argv.slice(2)).catch((err) => {
    process.stderr.write(`bench-scale: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  });
}
