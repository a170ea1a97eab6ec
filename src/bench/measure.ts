// Timing helpers: medians over repeated runs, runs of the real binary, peak
// memory of a child process, the growth exponent of a series, and what the
// (shared) machine has to give while it is measured.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { repoRoot } from './corpus.js';

export const binPath = join(repoRoot, 'bin/claims');

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Seconds taken by `fn`, `runs` times (after `warmup` untimed runs). */
export function timeRuns(runs: number, fn: () => void, warmup = 0): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push((performance.now() - t) / 1000);
  }
  return out;
}

export async function timeRunsAsync(runs: number, fn: () => Promise<void>, warmup = 0): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push((performance.now() - t) / 1000);
  }
  return out;
}

export interface BinaryRun {
  seconds: number;
  status: number | null;
  stderr: string;
}

export interface BinaryOptions {
  /** Where stdout goes: a file path, or /dev/null when absent. */
  stdout?: string;
  /** Extra node flags (before the script). */
  nodeArgs?: string[];
  env?: Record<string, string>;
}

/** One run of `node bin/claims …args`, wall-clock seconds including start-up. */
export function runBinary(args: string[], opts: BinaryOptions = {}): BinaryRun {
  const fd = openSync(opts.stdout ?? '/dev/null', 'w');
  try {
    const t = performance.now();
    const r = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), binPath, ...args], {
      stdio: ['ignore', fd, 'pipe'],
      env: { ...process.env, CI: '1', ...opts.env },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = (performance.now() - t) / 1000;
    if (r.error) throw r.error;
    return { seconds, status: r.status, stderr: r.stderr };
  } finally {
    closeSync(fd);
  }
}

export interface Usage {
  maxRssMb: number;
  /** User plus system CPU time, all threads. */
  cpuSeconds: number;
}

/** One run of the binary with what it used: peak memory and CPU time. */
export function runMeasured(args: string[], scratch: string, stdout?: string): BinaryRun & Usage {
  rmSync(scratch, { force: true });
  const preload = new URL('./usage.js', import.meta.url).href;
  const run = runBinary(args, { stdout, nodeArgs: ['--import', preload], env: { CLAIMS_BENCH_USAGE: scratch } });
  if (!existsSync(scratch)) throw new Error(`no usage figures from: claims ${args.join(' ')}\n${run.stderr}`);
  const u = JSON.parse(readFileSync(scratch, 'utf8')) as { maxRssKb: number; userSeconds: number; systemSeconds: number };
  return { ...run, maxRssMb: u.maxRssKb / 1024, cpuSeconds: u.userSeconds + u.systemSeconds };
}

/** Packages (node_modules names) and project modules loaded by one run of the binary. */
export function importsOf(args: string[], scratch: string): { packages: string[]; modules: number } {
  rmSync(scratch, { force: true });
  const preload = new URL('./imports.js', import.meta.url).href;
  runBinary(args, { nodeArgs: ['--import', preload], env: { CLAIMS_BENCH_IMPORTS: scratch } });
  const urls = existsSync(scratch) ? readFileSync(scratch, 'utf8').split('\n').filter(Boolean) : [];
  const packages = new Set<string>();
  for (const url of urls) {
    const m = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    if (m) packages.add(m[1]);
  }
  return { packages: [...packages].sort(), modules: urls.filter((u) => u.startsWith('file:') && !u.includes('/dist/bench/')).length };
}

/** Milliseconds to import `specifier` in a fresh node (median of `runs`). */
export function importCost(specifier: string, runs: number): number {
  const code = `const t=performance.now();await import(${JSON.stringify(specifier)});process.stdout.write(String(performance.now()-t))`;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: repoRoot, encoding: 'utf8' });
    if (r.status !== 0) return NaN;
    times.push(Number(r.stdout));
  }
  return median(times);
}

/** Wall-clock milliseconds of `node …args` (median of `runs`). */
export function startupMs(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: 'ignore', env: { ...process.env, CI: '1' } });
    if (r.error) throw r.error;
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Least-squares slope of log(y) over log(x): the growth exponent. */
export function growthExponent(points: { x: number; y: number }[]): number {
  const pts = points.filter((p) => p.x > 0 && p.y > 0).map((p) => ({ x: Math.log(p.x), y: Math.log(p.y) }));
  if (pts.length < 2) return NaN;
  const mx = pts.reduce((a, p) => a + p.x, 0) / pts.length;
  const my = pts.reduce((a, p) => a + p.y, 0) / pts.length;
  let num = 0;
  let den = 0;
  for (const p of pts) {
    num += (p.x - mx) * (p.y - my);
    den += (p.x - mx) ** 2;
  }
  return num / den;
}

/** A fixed amount of pure CPU work (no memory traffic), run on worker threads. */
const SPIN = `
const { parentPort, workerData } = require('node:worker_threads');
let x = 0;
for (let i = 0; i < workerData; i++) x = (x * 31 + i) | 0;
parentPort.postMessage(x);
`;

async function spinOn(threads: number, iterations: number): Promise<number> {
  const t = performance.now();
  await Promise.all(
    Array.from({ length: threads }, () => {
      const w = new Worker(SPIN, { eval: true, workerData: iterations });
      return new Promise<void>((resolve, reject) => {
        w.once('message', () => resolve());
        w.once('error', reject);
      }).finally(() => w.terminate());
    }),
  );
  return (performance.now() - t) / 1000;
}

/**
 * What two threads get out of this machine right now: the same loop on one
 * thread, then on two at once. 2 means two free cores; on a shared machine
 * it is less, and no program can do better than it on two threads.
 */
export async function parallelCapacity(iterations = 1e8): Promise<{ oneSeconds: number; twoSeconds: number; speedup: number }> {
  const one = await spinOn(1, iterations);
  const two = await spinOn(2, iterations);
  return { oneSeconds: one, twoSeconds: two, speedup: (2 * one) / two };
}

export interface StreamedRun extends Usage {
  seconds: number;
  status: number | null;
  /** Output lines (documents, with --format ndjson) and the SHA-256 of the output. */
  lines: number;
  sha256: string;
  /** Seconds until line `mark` was out: the rate after it leaves start-up and warm-up behind. */
  markSeconds: number;
  /** Share of all cores (0–1) that other processes used during the run. */
  othersShare: number;
}

/**
 * One run of the binary with its stdout read as it comes: when line `mark`
 * arrives, how long the whole run took, what it used, and what other
 * processes used meanwhile. (Documents are written in input order as they
 * are done, so output lines tell how far the extraction has got.)
 */
export function runStreamed(args: string[], scratch: string, mark: number): Promise<StreamedRun> {
  rmSync(scratch, { force: true });
  const preload = new URL('./usage.js', import.meta.url).href;
  const hash = createHash('sha256');
  const before = machineBusySeconds();
  const t = performance.now();
  let lines = 0;
  let markSeconds = NaN;
  const child = spawn(process.execPath, ['--import', preload, binPath, ...args], {
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, CI: '1', CLAIMS_BENCH_USAGE: scratch },
  });
  child.stdout.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) {
      if (++lines === mark) markSeconds = (performance.now() - t) / 1000;
    }
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status) => {
      const seconds = (performance.now() - t) / 1000;
      if (!existsSync(scratch)) return reject(new Error(`no usage figures from: claims ${args.join(' ')}`));
      const u = JSON.parse(readFileSync(scratch, 'utf8')) as { maxRssKb: number; userSeconds: number; systemSeconds: number };
      const cpuSeconds = u.userSeconds + u.systemSeconds;
      const others = Math.max(0, machineBusySeconds() - before - cpuSeconds);
      resolve({ seconds, status, lines, sha256: hash.digest('hex'), markSeconds, maxRssMb: u.maxRssKb / 1024, cpuSeconds, othersShare: Math.min(1, others / (seconds * cpus().length)) });
    });
  });
}

/** CPU seconds all cores have been busy since boot (every process). */
export function machineBusySeconds(): number {
  let ms = 0;
  for (const c of cpus()) ms += c.times.user + c.times.nice + c.times.sys + c.times.irq;
  return ms / 1000;
}

/** One run of the binary, and the share of all cores that other processes used meanwhile (0–1). */
export function runAmongOthers(args: string[], scratch: string, stdout?: string): BinaryRun & Usage & { othersShare: number } {
  const before = machineBusySeconds();
  const run = runMeasured(args, scratch, stdout);
  const others = Math.max(0, machineBusySeconds() - before - run.cpuSeconds);
  return { ...run, othersShare: Math.min(1, others / (run.seconds * cpus().length)) };
}
