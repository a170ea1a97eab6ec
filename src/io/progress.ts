// A progress line on stderr for long runs:
//   [###-----------------] 1,204/6,912 articles  5.3 MB/s  17%  ETA 0:42
// Shown only on a terminal, never in CI, never while results stream to the
// same terminal, and only once a run has lasted a second; redrawn at most ten
// times a second and wiped when the run ends.
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { ARTICLE_EXTENSIONS, listFolder } from './read.js';
import type { Io, Out } from './streams.js';

export interface Progress {
  /** False when nothing will ever be drawn (callers may skip measuring). */
  readonly active: boolean;
  /** One more article finished; `bytes` is its size in UTF-8. */
  tick(bytes: number): void;
  /** The number of articles, once known. */
  setTotal(total: number | undefined): void;
  /** Wipe the line for a message; the next tick draws it again. */
  wipe(): void;
  /** Wipe the line for good. Safe to call more than once. */
  done(): void;
}

export interface ProgressOptions {
  total?: number;
  /** Milliseconds before the first draw (default 1000). */
  delay?: number;
  /** Milliseconds between draws (default 100). */
  interval?: number;
  now?: () => number;
}

const silent: Progress = { active: false, tick() {}, setTotal() {}, wipe() {}, done() {} };

/** Is a progress line wanted? `streamsToStdout`: results go to stdout as they come. */
export function progressWanted(io: Pick<Io, 'stderr' | 'stdout' | 'env'>, streamsToStdout: boolean): boolean {
  if (io.stderr.isTTY !== true) return false;
  const ci = io.env.CI;
  if (ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false') return false;
  if (io.env.TERM === 'dumb') return false;
  // A line redrawn on the terminal the documents are printed to would tear them.
  if (streamsToStdout && io.stdout.isTTY === true) return false;
  return true;
}

export function createProgress(out: Out, opts: ProgressOptions = {}): Progress {
  const now = opts.now ?? (() => performance.now());
  const delay = opts.delay ?? 1000;
  const interval = opts.interval ?? 100;
  const started = now();
  let total = opts.total;
  let articles = 0;
  let bytes = 0;
  let lastDraw = -Infinity;
  let drawn = false;
  let finished = false;

  const draw = (t: number) => {
    const seconds = (t - started) / 1000;
    const rate = bytes / 1e6 / seconds;
    let line = `${group(articles)}${total !== undefined ? `/${group(total)}` : ''} articles  ${rate.toFixed(1)} MB/s`;
    if (total !== undefined && total > 0 && articles > 0 && articles <= total) {
      const left = (seconds / articles) * (total - articles);
      line = `${bar(articles / total)} ${line}  ${Math.floor((articles / total) * 100)}%  ETA ${clock(left)}`;
    }
    const width = (out.columns || 80) - 1; // a terminal of unknown size says 0
    out.write(`\r\x1b[K${line.length > width ? line.slice(0, width) : line}`);
    drawn = true;
    lastDraw = t;
  };

  return {
    active: true,
    tick(size: number) {
      articles++;
      bytes += size;
      if (finished) return;
      const t = now();
      if (t - lastDraw < interval || t - started < delay) return;
      draw(t);
    },
    setTotal(n) {
      total = n;
    },
    wipe() {
      if (!drawn) return;
      out.write('\r\x1b[K');
      drawn = false;
      lastDraw = -Infinity;
    },
    done() {
      if (finished) return;
      finished = true;
      if (drawn) out.write('\r\x1b[K');
    },
  };
}

/** A progress line when wanted, else one that does nothing. */
export function progressFor(io: Io, paths: string[], streamsToStdout: boolean, opts: ProgressOptions = {}): Progress {
  if (!progressWanted(io, streamsToStdout)) return silent;
  const progress = createProgress(io.stderr, opts);
  countArticles(paths).then(
    (n) => progress.setTotal(n),
    () => progress.setTotal(undefined),
  );
  return progress;
}

/**
 * How many articles the inputs hold, when that can be told from the file
 * names alone (one article per .txt/.md file); undefined for stdin and for
 * collections.
 */
export async function countArticles(paths: string[]): Promise<number | undefined> {
  let n = 0;
  for (const p of paths) {
    if (p === '-') return undefined;
    let info;
    try {
      info = await stat(p);
    } catch {
      continue; // reported by the reader
    }
    const files = info.isDirectory() ? await listFolder(p) : [p];
    for (const f of files) {
      if (!ARTICLE_EXTENSIONS.has(extname(f).toLowerCase())) return undefined;
      n++;
    }
  }
  return n;
}

function bar(fraction: number, width = 20): string {
  const full = Math.min(width, Math.round(fraction * width));
  return `[${'#'.repeat(full)}${'-'.repeat(width - full)}]`;
}

function group(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
