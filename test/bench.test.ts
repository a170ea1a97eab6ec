// The benchmark: its arithmetic, its profile summary, and a --quick run of the
// real thing (skipped without ../shared). No timing is asserted anywhere.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sharedDir } from '../src/bench/corpus.js';
import { growthExponent, median } from '../src/bench/measure.js';
import { type CpuProfile, hotSpots } from '../src/bench/profile.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const cli = join(root, 'dist/bench/cli.js');
const hasShared = sharedDir() !== undefined;
if (!hasShared) console.warn('bench.test: ../shared/corpus not found; the benchmark run is skipped');

const bench = (args: string[]) => {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' }, maxBuffer: 32 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('arithmetic', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])('median of %j is %d', (xs, m) => expect(median(xs)).toBe(m));

  it.each([
    ['linear', (n: number) => 0.002 * n, 1],
    ['quadratic', (n: number) => 1e-6 * n * n, 2],
    ['n log n', (n: number) => 1e-4 * n * Math.log(n), 1.13],
  ])('growth exponent of a %s series', (_name, f, want) => {
    const points = [1000, 2000, 4000, 8000].map((x) => ({ x, y: f(x) }));
    expect(growthExponent(points)).toBeCloseTo(want, 2);
  });
});

describe('hotSpots', () => {
  // Three functions; samples every 100 µs; idle time is left out.
  const frame = (functionName: string, lineNumber: number) => ({ functionName, url: `file://${root}dist/stages/x.js`, lineNumber, columnNumber: 0 });
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 } },
      { id: 2, callFrame: frame('segment', 9) },
      { id: 3, callFrame: frame('roleOf', 41) },
      { id: 4, callFrame: { functionName: '(idle)', url: '', lineNumber: -1 } },
      { id: 5, callFrame: frame('', 99) },
    ],
    samples: [2, 3, 3, 3, 4, 4, 2, 5, 3],
    timeDeltas: [0, 100, 100, 100, 100, 100, 100, 100, 100],
    startTime: 0,
    endTime: 900,
  };

  it('ranks functions by self time, with file:line and share of busy time', () => {
    const top = hotSpots(profile, 3);
    expect(top.map((h) => [h.function, h.where, h.selfMs])).toEqual([
      ['roleOf', 'dist/stages/x.js:42', 0.3],
      ['segment', 'dist/stages/x.js:10', 0.2],
      ['(anonymous)', 'dist/stages/x.js:100', 0.1],
    ]);
    expect(top[0].percent).toBeCloseTo(50, 5);
  });
});

describe('npm run bench', () => {
  it('without the corpus: a clear message and exit 2', () => {
    const r = bench(['--quick', '--shared', join(root, 'no-such-folder')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^bench: no corpus: .*no-such-folder\/corpus not found/);
  });

  it.each([[['--runs', '0']], [['--only', 'extract,nonsense']], [['--articles', 'many']]])('%j is a usage error', (args) => {
    const r = bench(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  it.skipIf(!hasShared)(
    '--quick --json measures every section',
    () => {
      const r = bench(['--quick', '--json']);
      expect(r.stderr).not.toMatch(/Error|at .*\.js:\d+/);
      expect(r.code).toBe(0);
      const j = JSON.parse(r.stdout);
      expect(Object.keys(j)).toEqual(['schemaVersion', 'date', 'machine', 'settings', 'corpus', 'extract', 'reference', 'floor', 'memory', 'jobs', 'matrix', 'startup', 'progress', 'targets']);
      expect(j.corpus.articles).toBe(150);
      for (const rate of [j.extract.inProcess, j.extract.endToEnd, j.reference.claims, j.reference.compromise, j.floor, j.jobs.one, j.jobs.two]) {
        expect(Object.keys(rate)).toEqual(expect.arrayContaining(['seconds', 'mbPerSec', 'articlesPerSec', 'runs']));
        expect(rate.mbPerSec).toBeGreaterThan(0);
      }
      expect(j.extract.endToEnd.exitCode).toBe(0);
      expect(j.reference.compromise.speedup).toBeGreaterThan(0);
      expect(j.floor.ratioInProcess).toBeGreaterThan(0);
      expect(j.memory.x4.articles).toBe(600);
      expect(j.memory.x1.maxRssMb).toBeGreaterThan(0);
      expect(j.jobs.identical).toBe(true);
      expect(j.jobs.corpus).toMatchObject({ articles: 300, passes: 2 });
      expect(j.jobs.small.articles).toBe(150);
      for (const x of [j.jobs.steady.speedup, j.jobs.small.speedup, j.jobs.capacity, j.jobs.steady.one.msPerArticle]) expect(x).toBeGreaterThan(0);
      expect(j.targets.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['--jobs 2 throughput, steady state', '--jobs 2 end-to-end, 300 articles']));
      expect(typeof j.matrix.available).toBe('boolean');
      if (j.matrix.available) expect(j.matrix.points.map((p: { articles: number }) => p.articles)).toEqual([50, 100, 200, 400]);
      else expect(j.matrix.reason).toMatch(/not available|failed/);
      for (const k of ['nodeMs', 'versionMs', 'helpMs', 'extractHelpMs', 'extractOneMs']) expect(j.startup[k]).toBeGreaterThan(0);
      expect(j.startup.imports.help.packages).not.toContain('zod');
      expect(j.startup.imports.extractNdjson.packages).not.toContain('compromise');
      expect(j.startup.imports.extractNdjson.packages).not.toContain('htmlparser2');
      expect(j.startup.imports.extractTable.packages).toContain('cli-table3');
      expect(j.progress.boundPercent).toBeGreaterThan(0);
      expect(j.targets.map((t: { name: string }) => t.name)).toContain('claims --version');
    },
    300_000,
  );
});
