// `npm run bench`: measure extraction speed, memory, parallel speed-up, the
// matrix's growth and start-up over real German news from ../shared.
//   npm run bench                          every section, 5 runs, medians
//   npm run bench -- --quick --json        a fast smoke run, JSON on stdout
//   npm run bench -- --only extract,jobs   some sections
//   npm run bench -- --only jobs --runs 3  --jobs 1 against --jobs 2 on 12,000 articles
//   npm run bench -- --profile             where extraction spends its time
import Table from 'cli-table3';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { loadCorpus, sharedDir, sized, type Corpus } from './corpus.js';
import { hotSpots, hotSpotsOfFile, profile, type HotSpot } from './profile.js';
import { formatReport, targets } from './report.js';
import type { Article } from '../types.js';
import { runBench, SECTIONS, type Section } from './run.js';

/** Enough articles for --jobs 2 to be measured past its start-up (about 27 MB of news). */
const JOBS_ARTICLES = 12_000;

const count = (name: string) => (v: string) => {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1) throw new InvalidArgumentError(`${name} must be a whole number above 0`);
  return n;
};

const sectionList = (v: string): Section[] => {
  const list = v.split(',').map((x) => x.trim()).filter(Boolean);
  for (const x of list) if (!(SECTIONS as readonly string[]).includes(x)) throw new InvalidArgumentError(`unknown section '${x}' (sections: ${SECTIONS.join(', ')})`);
  return list as Section[];
};

export async function main(argv: string[]): Promise<number> {
  const program = new Command('bench')
    .description('claims benchmark over ../shared/corpus (DER STANDARD and WikiNews articles)')
    .option('-n, --articles <n>', 'corpus size in articles, repeated when above the distinct ones (default: all, once)', count('--articles'))
    .option('-r, --runs <k>', 'runs per figure; medians are reported', count('--runs'), 5)
    .option('--jobs-articles <n>', 'the jobs section reads the corpus folder as often as it takes to reach this many articles', count('--jobs-articles'), JOBS_ARTICLES)
    .option('--json', 'a JSON object on stdout instead of tables')
    .option('--quick', 'a fast smoke run: 150 articles, 1 run, small matrix sizes')
    .option('--only <sections>', `comma-separated sections: ${SECTIONS.join(', ')}`, sectionList)
    .option('--shared <dir>', 'the shared data folder (default: ../shared beside the repository)')
    .option('--profile [file]', 'profile in-process extraction, print the top functions by self time, keep the .cpuprofile')
    .option('--summarise <file>', 'print the top functions of a .cpuprofile written by node --cpu-prof')
    .option('--top <n>', 'how many functions a profile summary lists', count('--top'), 10)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  try {
    program.parse(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
  const o = program.opts<{ articles?: number; runs: number; jobsArticles: number; json?: boolean; quick?: boolean; only?: Section[]; shared?: string; profile?: string | true; summarise?: string; top: number }>();
  const log = (line: string) => process.stderr.write(line + '\n');

  if (o.summarise) {
    printHotSpots(hotSpotsOfFile(o.summarise, o.top), o.json);
    return 0;
  }

  const shared = sharedDir(o.shared);
  if (!shared) {
    log(`bench: no corpus: ${o.shared ?? '../shared'}/corpus not found beside the repository (the benchmark reads ../shared/corpus/derstandard and ../shared/corpus/wikinews-de)`);
    return 2;
  }
  const base = loadCorpus(shared);
  if (base.articles.length === 0) {
    log(`bench: ${shared}/corpus holds no articles`);
    return 2;
  }

  if (o.profile) {
    await profileExtraction(base, o.articles ?? base.articles.length, o.profile === true ? undefined : o.profile, o.top, o.json, log);
    return 0;
  }

  const quick = o.quick === true;
  const result = await runBench(base, {
    articles: o.articles ?? (quick ? 150 : base.articles.length),
    runs: quick && program.getOptionValueSource('runs') === 'default' ? 1 : o.runs,
    jobsArticles: o.jobsArticles,
    quick,
    sections: new Set(o.only ?? SECTIONS),
    log,
  });
  result.targets = targets(result);
  process.stdout.write(o.json ? JSON.stringify(result, null, 2) + '\n' : formatReport(result));
  return 0;
}

async function profileExtraction(base: Corpus, n: number, file: string | undefined, top: number, json: boolean | undefined, log: (l: string) => void) {
  // Without inlining, time spent in a stage's helpers is not booked to its caller.
  setFlagsFromString('--no-turbo-inlining');
  const { extractArticle } = await import('../pipeline.js');
  const corpus = sized(base, n);
  const articles: Article[] = corpus.articles.map((a) => ({ id: a.id, path: `${a.id}.txt`, text: a.text, warnings: [] }));
  for (const a of articles.slice(0, 200)) extractArticle(a); // warm up
  log(`profile: extractArticle over ${articles.length} articles (${(corpus.bytes / 1e6).toFixed(2)} MB), inlining off`);
  const p = await profile(() => {
    for (const a of articles) extractArticle(a);
  });
  const out = file ?? join(mkdtempSync(join(tmpdir(), 'claims-profile-')), 'extract.cpuprofile');
  writeFileSync(out, JSON.stringify(p));
  log(`profile: written to ${out} (open it in Chrome DevTools → Performance, or summarise with --summarise)`);
  const stages = await stageTimes(articles);
  if (json) {
    process.stdout.write(JSON.stringify({ hotSpots: hotSpots(p, top), stages }, null, 2) + '\n');
    return;
  }
  printHotSpots(hotSpots(p, top), false);
  const t = new Table({ head: ['stage', 'ms', '%'], style: { head: [], border: [] } });
  for (const st of stages) t.push([st.stage, st.ms.toFixed(0), st.percent.toFixed(1)]);
  process.stdout.write(t.toString() + '\n');
}

/** Wall time of each pipeline stage over the articles (one pass, without the profiler). */
async function stageTimes(articles: Article[]): Promise<{ stage: string; ms: number; percent: number }[]> {
  const { STAGES, newWork } = await import('../pipeline.js');
  const { toDocument } = await import('../stages/document.js');
  const names = [...STAGES.map((st) => st.name || '(anonymous)'), 'toDocument'];
  const ms = names.map(() => 0);
  for (const a of articles) {
    let work = newWork(a);
    STAGES.forEach((stage, i) => {
      const t = performance.now();
      work = stage(work);
      ms[i] += performance.now() - t;
    });
    const t = performance.now();
    toDocument(work, {});
    ms[STAGES.length] += performance.now() - t;
  }
  const total = ms.reduce((x, y) => x + y, 0);
  return names.map((stage, i) => ({ stage, ms: Math.round(ms[i]), percent: (100 * ms[i]) / total }));
}

function printHotSpots(spots: HotSpot[], json: boolean | undefined) {
  if (json) {
    process.stdout.write(JSON.stringify(spots, null, 2) + '\n');
    return;
  }
  const t = new Table({ head: ['self ms', '%', 'function', 'where'], style: { head: [], border: [] } });
  for (const s of spots) t.push([s.selfMs.toFixed(1), s.percent.toFixed(1), s.function, s.where]);
  process.stdout.write(t.toString() + '\n');
}

process.exitCode = await main(process.argv.slice(2));
