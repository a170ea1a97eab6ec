// The benchmark's measurements, one function per section. Every figure is a
// median of repeated runs; the machine is shared, so single runs mislead.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';
import type { Io } from '../io/streams.js';
import type { Document } from '../schema/document.js';
import type { Article } from '../types.js';
import { type Corpus, CorpusFolder, sample, sized } from './corpus.js';
import {
  binPath,
  growthExponent,
  importCost,
  importsOf,
  median,
  parallelCapacity,
  runAmongOthers,
  runMeasured,
  runBinary,
  runStreamed,
  type StreamedRun,
  startupMs,
  timeRuns,
  timeRunsAsync,
} from './measure.js';

export const SECTIONS = ['extract', 'reference', 'floor', 'memory', 'jobs', 'matrix', 'startup', 'progress'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchSettings {
  /** Articles in the corpus (repeated when more than the distinct ones). */
  articles: number;
  /** The jobs section reads the corpus folder as often as it takes to reach this many articles. */
  jobsArticles: number;
  runs: number;
  quick: boolean;
  sections: Set<Section>;
  log: (line: string) => void;
}

export interface Rate {
  /** Median seconds, and the rates it gives. */
  seconds: number;
  mbPerSec: number;
  articlesPerSec: number;
  /** The fastest run: other processes only ever add time, so on a busy machine it shows what the code can do. */
  bestSeconds: number;
  bestMbPerSec: number;
  /** Every run, in seconds. */
  runs: number[];
}

const rate = (runs: number[], corpus: Corpus): Rate => {
  const seconds = median(runs);
  const best = Math.min(...runs);
  return {
    seconds: round(seconds, 4),
    mbPerSec: round(corpus.bytes / 1e6 / seconds, 2),
    articlesPerSec: round(corpus.articles.length / seconds, 1),
    bestSeconds: round(best, 4),
    bestMbPerSec: round(corpus.bytes / 1e6 / best, 2),
    runs: runs.map((r) => round(r, 4)),
  };
};

export function round(x: number, digits = 2): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

const toArticles = (corpus: Corpus): Article[] =>
  corpus.articles.map((a) => ({ id: a.id, path: `${a.id}.txt`, text: a.text, warnings: [] }));

export async function runBench(base: Corpus, s: BenchSettings) {
  const corpus = sized(base, s.articles);
  const folder = new CorpusFolder();
  const { extractArticle } = await import('../pipeline.js');
  const result: Record<string, unknown> = {
    schemaVersion: 1,
    date: new Date().toISOString(),
    machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', loadavg: loadavg().map((x) => round(x, 2)) },
    settings: { articles: s.articles, runs: s.runs, quick: s.quick, jobsArticles: s.jobsArticles },
    corpus: { articles: corpus.articles.length, bytes: corpus.bytes, mb: round(corpus.bytes / 1e6, 2), distinct: base.sources },
  };
  const few = Math.min(s.runs, 3);
  const warm = s.quick ? 0 : 1;
  try {
    const { dir, files } = folder.write(corpus);
    const articles = toArticles(corpus);
    const extractAll = (list: Article[]) => {
      for (const a of list) extractArticle(a);
    };

    let inProcess: Rate | undefined;
    if (s.sections.has('extract') || s.sections.has('floor')) {
      s.log(`extract in-process: ${s.runs} runs over ${corpus.articles.length} articles (${round(corpus.bytes / 1e6)} MB)`);
      inProcess = rate(timeRuns(s.runs, () => extractAll(articles), warm), corpus);
    }

    if (s.sections.has('extract')) {
      s.log(`extract end-to-end: ${s.runs} runs of claims extract --format ndjson`);
      const args = ['extract', '--format', 'ndjson', dir];
      let status: number | null = 0;
      if (warm) runBinary(args);
      const runs: number[] = [];
      for (let i = 0; i < s.runs; i++) {
        const r = runBinary(args);
        status = r.status;
        runs.push(r.seconds);
      }
      result.extract = { inProcess, endToEnd: { ...rate(runs, corpus), exitCode: status, command: `claims extract --format ndjson <${corpus.articles.length} .txt files> > /dev/null` } };
    }

    if (s.sections.has('reference')) {
      const part = sample(corpus, s.quick ? 20 : 200);
      const list = toArticles(part);
      s.log(`reference: compromise and de-compromise over ${part.articles.length} articles, ${few} runs`);
      const nlp = (await import('compromise')).default as (text: string) => unknown;
      const ours = rate(timeRuns(few, () => extractAll(list), warm), part);
      const compromise = rate(timeRuns(few, () => part.articles.forEach((a) => nlp(a.text)), warm), part);
      let deCompromise: Rate | { error: string };
      try {
        const de = (await import('de-compromise' as string)).default as (text: string) => unknown;
        deCompromise = rate(timeRuns(few, () => part.articles.forEach((a) => de(a.text)), warm), part);
      } catch (err) {
        deCompromise = { error: err instanceof Error ? err.message : String(err) };
      }
      const speedup = (r: Rate | { error: string }) => ('mbPerSec' in r ? round(ours.mbPerSec / r.mbPerSec, 1) : null);
      result.reference = {
        sample: { articles: part.articles.length, mb: round(part.bytes / 1e6, 3) },
        claims: ours,
        compromise: { ...compromise, speedup: speedup(compromise) },
        deCompromise: { ...deCompromise, speedup: speedup(deCompromise) },
      };
    }

    if (s.sections.has('floor')) {
      s.log(`floor: read the files and count quotation marks, ${s.runs} runs`);
      let marks = 0;
      const runs = timeRuns(
        s.runs,
        () => {
          marks = 0;
          for (const f of files) marks += (readFileSync(f).toString('utf8').match(/[„“"»«]/g) ?? []).length;
        },
        warm,
      );
      const floor = rate(runs, corpus);
      const e2e = (result.extract as { endToEnd?: Rate } | undefined)?.endToEnd;
      result.floor = {
        ...floor,
        quotationMarks: marks,
        ratioInProcess: inProcess ? round(floor.mbPerSec / inProcess.mbPerSec, 1) : null,
        ratioEndToEnd: e2e ? round(floor.mbPerSec / e2e.mbPerSec, 1) : null,
      };
    }

    if (s.sections.has('memory')) {
      s.log(`memory: peak RSS of claims extract at 1× and 4× the corpus, ${few} runs each`);
      const one: number[] = [];
      const four: number[] = [];
      for (let i = 0; i < few; i++) {
        one.push(runMeasured(['extract', '--format', 'ndjson', dir], folder.file('usage')).maxRssMb);
        four.push(runMeasured(['extract', '--format', 'ndjson', dir, dir, dir, dir], folder.file('usage')).maxRssMb);
      }
      const x1 = median(one);
      const x4 = median(four);
      // With worker threads (one run each: memory varies less than time).
      const j1 = runMeasured(['extract', '--format', 'ndjson', '--jobs', '2', dir], folder.file('usage')).maxRssMb;
      const j4 = runMeasured(['extract', '--format', 'ndjson', '--jobs', '2', dir, dir, dir, dir], folder.file('usage')).maxRssMb;
      result.memory = {
        x1: { articles: corpus.articles.length, maxRssMb: round(x1, 1) },
        x4: { articles: 4 * corpus.articles.length, maxRssMb: round(x4, 1) },
        ratio: round(x4 / x1, 2),
        jobs2: { x1MaxRssMb: round(j1, 1), x4MaxRssMb: round(j4, 1), ratio: round(j4 / j1, 2) },
      };
    }

    if (s.sections.has('jobs')) result.jobs = await jobsSection(dir, corpus, folder, s);

    if (s.sections.has('matrix')) result.matrix = await matrixSection(base, s, extractArticle);

    if (s.sections.has('startup')) {
      const n = s.quick ? 3 : 20;
      s.log(`start-up: ${n} runs each of claims --version, --help, extract --help, extract <one file>`);
      const one = files[0];
      const cost = (spec: string) => round(importCost(spec, s.quick ? 1 : 5), 1);
      const dist = (p: string) => new URL(`../${p}`, import.meta.url).href;
      result.startup = {
        nodeMs: round(startupMs(['-e', '0'], n), 1),
        versionMs: round(startupMs([binPath, '--version'], n), 1),
        helpMs: round(startupMs([binPath, '--help'], n), 1),
        extractHelpMs: round(startupMs([binPath, 'extract', '--help'], n), 1),
        extractOneMs: round(startupMs([binPath, 'extract', '--format', 'ndjson', one], n), 1),
        imports: {
          help: importsOf(['--help'], folder.file('imports')),
          extractNdjson: importsOf(['extract', '--format', 'ndjson', one], folder.file('imports')),
          extractTable: importsOf(['extract', '--format', 'table', one], folder.file('imports')),
        },
        importCostMs: {
          commander: cost('commander'),
          zod: cost('zod'),
          chalk: cost('chalk'),
          'cli-table3': cost('cli-table3'),
          compromise: cost('compromise'),
          'de-compromise': cost('de-compromise'),
          'dist/cli.js': cost(dist('cli.js')),
          'dist/pipeline.js': cost(dist('pipeline.js')),
          'dist/commands/extract.js': cost(dist('commands/extract.js')),
        },
      };
    }

    if (s.sections.has('progress')) result.progress = await progressSection(dir, corpus, s);
  } finally {
    folder.remove();
  }
  (result.machine as Record<string, unknown>).loadavgAfter = loadavg().map((x) => round(x, 2));
  return result;
}

/**
 * `--jobs 1` against `--jobs 2` on the real binary, over the corpus folder
 * given `passes` times (at least `jobsArticles` articles, so that start-up
 * does not dominate) and over it once. Rounds interleave the four runs, each
 * round led by a probe of what two threads get from the machine at the time.
 * End-to-end: the large corpus, start-up included. Steady state: the rate at
 * which the second half of the documents came out, start-up and warm-up
 * behind. The machine is shared: every run notes how much of the cores
 * other processes used meanwhile, and the figures are given over all rounds
 * and over the quiet ones (others below QUIET of the cores in all its runs).
 */
async function jobsSection(dir: string, corpus: Corpus, folder: CorpusFolder, s: BenchSettings) {
  const QUIET = 0.1;
  const n = corpus.articles.length;
  const passes = s.quick ? 2 : Math.max(2, Math.ceil(s.jobsArticles / n));
  const total = passes * n;
  const mark = Math.floor(total / 2);
  s.log(`jobs: claims extract --jobs 1 and --jobs 2 over ${total} articles (${passes} passes) and ${n} (one pass), ${s.runs} rounds, outputs compared`);
  const args = (jobs: number, k: number) => ['extract', '--format', 'ndjson', '--jobs', String(jobs), ...Array.from({ length: k }, () => dir)];
  interface Round {
    big1: number;
    big2: number;
    /** Seconds per document over the second half of the output. */
    steady1: number;
    steady2: number;
    small1: number;
    small2: number;
    cpu1: number;
    cpu2: number;
    capacity: number;
    /** The largest share of the cores other processes used during one of the round's runs. */
    others: number;
  }
  const rounds: Round[] = [];
  // The --jobs 2 output must equal the --jobs 1 output of its round; a round
  // during which dist/ was rebuilt proves nothing and is run again.
  let identical = true;
  let rebuilt = 0;
  if (!s.quick) runBinary(args(2, 1));
  for (let i = 0; i < s.runs; i++) {
    const stamp = distStamp();
    const capacity = (await parallelCapacity(s.quick ? 2e7 : 1e8)).speedup;
    const s1 = runAmongOthers(args(1, 1), folder.file('usage'));
    const s2 = runAmongOthers(args(2, 1), folder.file('usage'));
    const r1 = await runStreamed(args(1, passes), folder.file('usage'), mark);
    const r2 = await runStreamed(args(2, passes), folder.file('usage'), mark);
    if (distStamp() !== stamp && rebuilt < 3) {
      rebuilt++;
      i--;
      continue;
    }
    const steady = (r: StreamedRun) => (r.seconds - r.markSeconds) / Math.max(1, r.lines - mark);
    const r: Round = {
      big1: r1.seconds,
      big2: r2.seconds,
      steady1: steady(r1),
      steady2: steady(r2),
      small1: s1.seconds,
      small2: s2.seconds,
      cpu1: r1.cpuSeconds,
      cpu2: r2.cpuSeconds,
      capacity,
      others: Math.max(s1.othersShare, s2.othersShare, r1.othersShare, r2.othersShare),
    };
    rounds.push(r);
    identical &&= r1.status === 0 && r2.status === 0 && r1.lines === total && r1.sha256 === r2.sha256;
    s.log(
      `  round ${i + 1}: ${round(r1.seconds, 2)} s / ${round(r2.seconds, 2)} s (${round(r1.seconds / r2.seconds, 2)}×), second half ${round(r.steady1 / r.steady2, 2)}×, ` +
        `one pass ${round(s1.seconds, 2)} s / ${round(s2.seconds, 2)} s; two threads got ${round(capacity, 2)}× on a CPU loop; others used up to ${round(100 * r.others, 0)}% of the cores`,
    );
  }
  const large: Corpus = { articles: Array.from({ length: passes }, () => corpus.articles).flat(), bytes: passes * corpus.bytes, sources: corpus.sources };
  const figures = (rs: Round[]) => {
    const m = (f: (r: Round) => number) => median(rs.map(f));
    const j1 = rate(rs.map((r) => r.big1), large);
    const j2 = rate(rs.map((r) => r.big2), large);
    const steady = (perArticle: number) => ({
      msPerArticle: round(1000 * perArticle, 4),
      articlesPerSec: round(1 / perArticle, 1),
      mbPerSec: round(corpus.bytes / n / 1e6 / perArticle, 2),
    });
    const small1 = m((r) => r.small1);
    const small2 = m((r) => r.small2);
    return {
      rounds: rs.length,
      one: { ...j1, cpuSeconds: round(m((r) => r.cpu1), 3) },
      two: { ...j2, cpuSeconds: round(m((r) => r.cpu2), 3) },
      /** End-to-end over the large corpus, start-up included. */
      speedup: round(j1.seconds / j2.seconds, 2),
      bestSpeedup: round(j1.bestSeconds / j2.bestSeconds, 2),
      /** Throughput once started and warmed up: the second half of the output. */
      steady: { one: steady(m((r) => r.steady1)), two: steady(m((r) => r.steady2)), speedup: round(m((r) => r.steady1) / m((r) => r.steady2), 2) },
      /** The corpus once, where start-up weighs most. */
      small: { articles: n, oneSeconds: round(small1, 3), twoSeconds: round(small2, 3), speedup: round(small1 / small2, 2) },
      /** CPU time over wall time of --jobs 2: how many cores it actually got. */
      coresUsed: round(m((r) => r.cpu2) / j2.seconds, 2),
      /** What two threads got on a pure CPU loop before each round (median): the ceiling of any speed-up then. */
      capacity: round(m((r) => r.capacity), 2),
      /** The most of the cores other processes used during a round's runs (median over rounds, percent). */
      othersPercent: round(100 * m((r) => r.others), 0),
    };
  };
  const quiet = rounds.filter((r) => r.others < QUIET);
  return {
    cores: cpus().length,
    corpus: { articles: total, mb: round(large.bytes / 1e6, 2), passes },
    ...figures(rounds),
    /** The same figures over the rounds during which other processes left the cores alone (null when none was). */
    quiet: quiet.length > 0 ? { ...figures(quiet), threshold: `others below ${100 * QUIET}% of the cores in every run` } : null,
    identical,
    roundsRepeatedForRebuild: rebuilt,
  };
}

/** The matrix at 1k…8k articles (documents extracted once, then repeated). */
async function matrixSection(base: Corpus, s: BenchSettings, extractArticle: (a: Article) => Document) {
  const sizes = s.quick ? [50, 100, 200, 400] : [1000, 2000, 4000, 8000];
  let buildMatrix: ((docs: Document[]) => unknown) | undefined;
  try {
    const mod = (await import(new URL('../matrix/index.js', import.meta.url).href)) as { buildMatrix?: unknown };
    if (typeof mod.buildMatrix === 'function') buildMatrix = mod.buildMatrix as (docs: Document[]) => unknown;
  } catch {
    /* not written yet */
  }
  if (!buildMatrix) return { available: false, reason: 'buildMatrix (src/matrix/index.ts) not available', sizes, points: [], exponent: null };
  s.log(`matrix: buildMatrix over ${sizes.join(', ')} articles`);
  const distinct = toArticles(base).map((a) => extractArticle(a));
  const docsOf = (n: number): Document[] =>
    Array.from({ length: n }, (_, i) => {
      const d = distinct[i % distinct.length];
      const round = Math.floor(i / distinct.length);
      return round === 0 ? d : { ...d, id: `${d.id}~${round + 1}`, path: `copy${round + 1}/${d.path}`, source: `${d.source}~${round + 1}` };
    });
  const points: { articles: number; seconds: number; runs: number[] }[] = [];
  try {
    await buildMatrix(docsOf(Math.min(200, sizes[0]))); // warm-up: the first size must not pay for compiling
    for (const n of sizes) {
      const docs = docsOf(n);
      const runs: number[] = [];
      for (let i = 0; i < Math.min(s.runs, 3); i++) {
        const t = performance.now();
        await buildMatrix(docs);
        runs.push((performance.now() - t) / 1000);
        if (runs[i] > 10) break; // one run says enough at this size
      }
      points.push({ articles: n, seconds: round(median(runs), 3), runs: runs.map((r) => round(r, 3)) });
      s.log(`  ${n} articles: ${round(median(runs), 2)} s`);
    }
  } catch (err) {
    return { available: false, reason: `buildMatrix failed: ${err instanceof Error ? err.message : String(err)}`, sizes, points, exponent: null };
  }
  return { available: true, sizes, points, exponent: round(growthExponent(points.map((p) => ({ x: p.articles, y: p.seconds }))), 2) };
}

/**
 * What the progress line costs: `claims extract` in-process with stderr a
 * (fake) terminal against stderr piped, runs interleaved; plus the cost of
 * one redraw, which at ten redraws a second bounds the overhead from above.
 */
async function progressSection(dir: string, corpus: Corpus, s: BenchSettings) {
  const { extractCommand } = await import('../commands/extract.js');
  const { createProgress } = await import('../io/progress.js');
  s.log(`progress: claims extract with and without a progress line, ${s.runs} runs each`);
  let draws = 0;
  const nul = { write: () => true, isTTY: false };
  const io = (tty: boolean): Io => ({
    stdout: nul,
    stderr: { write: () => (tty && draws++, true), isTTY: tty, columns: 100 },
    stdin: process.stdin,
    env: {},
  });
  const run = (tty: boolean) => () => extractCommand([dir], { format: 'ndjson' }, io(tty)).then(() => undefined);
  if (!s.quick) await run(false)();
  const off: number[] = [];
  const on: number[] = [];
  for (let i = 0; i < s.runs; i++) {
    off.push(...(await timeRunsAsync(1, run(false))));
    on.push(...(await timeRunsAsync(1, run(true))));
  }
  // A tick without a redraw (what every article pays), and one redraw.
  let t = 0;
  const quiet = createProgress(nul, { delay: 0, interval: Infinity, now: () => ++t });
  const tickAll = () => {
    for (const a of corpus.articles) quiet.tick(Buffer.byteLength(a.text, 'utf8'));
  };
  const tickMicros = (median(timeRuns(5, tickAll, 2)) * 1e6) / corpus.articles.length;
  const redraws = 20000;
  const busy = createProgress({ write: () => true, columns: 100 }, { delay: 0, interval: 0, total: redraws, now: () => ++t });
  const start = performance.now();
  for (let i = 0; i < redraws; i++) busy.tick(3000);
  const drawMicros = ((performance.now() - start) * 1000) / redraws;
  const offS = median(off);
  const onS = median(on);
  const perSecond = corpus.articles.length / offS;
  return {
    articles: corpus.articles.length,
    offSeconds: round(offS, 4),
    onSeconds: round(onS, 4),
    measuredOverheadPercent: round((100 * (onS - offS)) / offS, 2),
    bestOverheadPercent: round((100 * (Math.min(...on) - Math.min(...off))) / Math.min(...off), 2),
    drawsPerRun: Math.round(draws / Math.max(1, s.runs)),
    tickMicros: round(tickMicros, 3),
    drawMicros: round(drawMicros, 2),
    /** Ticks at this corpus' rate plus ten redraws a second, as a share of a second. */
    boundPercent: round((tickMicros * perSecond + drawMicros * 10) / 1e4, 4),
  };
}

/** The latest modification time below dist/: it changes when the project is rebuilt. */
function distStamp(): number {
  let latest = 0;
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else latest = Math.max(latest, statSync(p).mtimeMs);
    }
  };
  walk(fileURLToPath(new URL('../', import.meta.url)));
  return latest;
}
