// The progress line of long `claims extract` runs: when it shows, how often it
// redraws, what it says, and that it leaves nothing behind. A fake clock
// drives it, so nothing here depends on timing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractCommand } from '../src/commands/extract.js';
import { countArticles, createProgress, progressWanted } from '../src/io/progress.js';
import type { Io } from '../src/io/streams.js';

const tty = { write: () => true, isTTY: true };
const pipe = { write: () => true, isTTY: false };

describe('progressWanted', () => {
  it.each([
    ['stderr a terminal, results piped', { stderr: tty, stdout: pipe, env: {} }, true, true],
    ['stderr piped', { stderr: pipe, stdout: pipe, env: {} }, true, false],
    ['in CI', { stderr: tty, stdout: pipe, env: { CI: 'true' } }, true, false],
    ['CI=false', { stderr: tty, stdout: pipe, env: { CI: 'false' } }, true, true],
    ['TERM=dumb', { stderr: tty, stdout: pipe, env: { TERM: 'dumb' } }, true, false],
    ['JSON streaming to the same terminal', { stderr: tty, stdout: tty, env: {} }, true, false],
    ['a table printed at the end', { stderr: tty, stdout: tty, env: {} }, false, true],
  ])('%s', (_name, io, streams, want) => {
    expect(progressWanted(io, streams)).toBe(want);
  });
});

function fake(opts: { total?: number; columns?: number } = {}) {
  let t = 0;
  const writes: string[] = [];
  const p = createProgress({ write: (s: string) => writes.push(s), isTTY: true, columns: opts.columns ?? 120 }, { total: opts.total, now: () => t });
  return { p, writes, at: (ms: number) => (t = ms) };
}

describe('createProgress', () => {
  it('stays silent during the first second, and clears nothing it never drew', () => {
    const { p, writes, at } = fake({ total: 10 });
    for (let i = 0; i < 9; i++) {
      at(i * 100);
      p.tick(1000);
    }
    p.done();
    expect(writes).toEqual([]);
  });

  it('redraws at most every 100 ms, then wipes its line', () => {
    const { p, writes, at } = fake({ total: 4000 });
    for (let i = 0; i < 4000; i++) {
      at(1000 + i); // one article a millisecond for four seconds
      p.tick(2500);
    }
    expect(writes.length).toBe(40);
    p.done();
    p.done();
    expect(writes.at(-1)).toBe('\r\x1b[K');
    expect(writes.length).toBe(41);
  });

  it('tells articles done of the total, MB/s and the time left', () => {
    const { p, writes, at } = fake({ total: 3000 });
    at(1000);
    for (let i = 0; i < 999; i++) p.tick(5000);
    at(2000);
    p.tick(5000); // 5 MB in 2 s
    expect(writes.at(-1)).toBe(`\r\x1b[K[#######-------------] 1,000/3,000 articles  2.5 MB/s  33%  ETA 0:04`);
  });

  it('without a total: the count and the rate only', () => {
    const { p, writes, at } = fake();
    at(1500);
    p.tick(3_000_000);
    expect(writes.at(-1)).toBe('\r\x1b[K1 articles  2.0 MB/s');
  });

  it('fits the terminal width', () => {
    const { p, writes, at } = fake({ total: 10, columns: 30 });
    at(1200);
    p.tick(10);
    expect(writes.at(-1)!.length).toBe('\r\x1b[K'.length + 29);
  });

  it('a terminal of unknown size (0 columns) gets the whole line', () => {
    const { p, writes, at } = fake({ total: 10, columns: 0 });
    at(1200);
    p.tick(10);
    expect(writes.at(-1)).toMatch(/ETA 0:\d\d$/);
  });

  it('wipe() clears the line for a message and the next tick draws again', () => {
    const { p, writes, at } = fake({ total: 100 });
    at(1100);
    p.tick(10);
    p.wipe();
    expect(writes).toHaveLength(2);
    expect(writes[1]).toBe('\r\x1b[K');
    at(1110);
    p.tick(10);
    expect(writes).toHaveLength(3);
  });
});

describe('countArticles and the extract command', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'claims-progress-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), 'Die Ministerin sagte, sie komme morgen.');
    writeFileSync(join(dir, 'sub', 'b.md'), '„Wir sind bereit“, sagte der Bürgermeister.');
    writeFileSync(join(dir, '.hidden.txt'), 'nicht gezählt');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts article files; stdin makes the total unknown', async () => {
    expect(await countArticles([dir])).toBe(2);
    expect(await countArticles([dir, join(dir, 'a.txt'), join(dir, 'missing.txt')])).toBe(3);
    expect(await countArticles([dir, '-'])).toBeUndefined();
  });

  it('a short run on a terminal writes nothing to stderr, and stdout stays parseable', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io: Io = {
      stdout: { write: (s: string) => out.push(s), isTTY: false },
      stderr: { write: (s: string) => err.push(s), isTTY: true, columns: 80 },
      stdin: process.stdin,
      env: {},
    };
    expect(await extractCommand([dir], { format: 'ndjson' }, io)).toBe(0);
    expect(err).toEqual([]);
    expect(out.join('').trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a.txt', 'b.md']);
  });
});
