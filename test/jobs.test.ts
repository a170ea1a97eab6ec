// `claims extract --jobs N`: worker threads must change nothing but the speed.
// Runs the real binary (build first: npm run build) on the seeds and on
// generated articles, and compares stdout, stderr and exit codes with --jobs 1.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'bin/claims');
const seeds = join(root, '../shared/seeds');
const hasSeeds = existsSync(seeds);
if (!hasSeeds) console.warn('jobs.test: ../shared/seeds not found; the seed cases are skipped');

// Sentences of German news, put together into articles of varied length.
const SENTENCES = [
  '„Wir werden die Steuern nicht erhöhen“, sagte Finanzminister Christian Lindner am Montag in Berlin.',
  'Die Gewerkschaft kündigte an, sie werde den Streik fortsetzen.',
  'Laut Polizei wurden bei dem Unfall drei Personen leicht verletzt.',
  'Kremlsprecher Dmitri Peskow erklärte: „Das ist eine gezielte Provokation.“',
  '„Wir sind bereit“, betonte die Bürgermeisterin. „Aber nicht um jeden Preis.“',
  'Der Vorstand wies die Vorwürfe am Abend entschieden zurück.',
  'Nach Angaben des Ministeriums sei die Lage an der Grenze stabil.',
  'Die Opposition warf der Regierung vor, die Zahlen geschönt zu haben.',
  'Er sagte, man habe „alles Menschenmögliche“ getan.',
  'WIEN. Die Inflation ist im März auf 4,1 Prozent gesunken, teilte die Statistik Austria mit.',
  'Ein Sprecher des Konzerns wollte sich dazu nicht äußern.',
  '„Das ist ein guter Tag für Europa“, sagte Ursula von der Leyen.',
  'Die Kanzlerin zeigte sich zuversichtlich: Die Verhandlungen würden bald abgeschlossen.',
  'Am Freitag soll der Bundestag über das Gesetz abstimmen.',
];

function article(seed: number, sentences: number): string {
  const out: string[] = [];
  let x = seed;
  for (let i = 0; i < sentences; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(SENTENCES[x % SENTENCES.length]);
    if (x % 5 === 0) out.push('\n');
  }
  return out.join(' ').replace(/ \n /g, '\n\n');
}

function claims(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, env: { ...process.env, CI: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir = '';
let gen = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claims-jobs-'));
  gen = join(dir, 'generated');
  mkdirSync(gen);
  for (let i = 0; i < 24; i++) writeFileSync(join(gen, `${String(i).padStart(2, '0')}.txt`), article(i + 1, 2 + (i % 9) * 3));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
  writeFileSync(join(dir, 'one.txt'), article(99, 6));
  // An unclosed quotation mark: a warning, an error under --strict.
  writeFileSync(join(dir, 'unclosed.txt'), `${article(5, 4)}\n\nDer Minister sagte: „Wir kommen morgen.\n\n${article(6, 3)}`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--jobs N gives the output of --jobs 1', () => {
  it.each([
    ['ndjson', '2'],
    ['json', '2'],
    ['json', '3'],
    ['table', '2'],
  ])('generated articles, --format %s, --jobs %s', (format, jobs) => {
    const one = claims(['extract', '--format', format, '--jobs', '1', gen]);
    const many = claims(['extract', '--format', format, '--jobs', jobs, gen]);
    expect(one.code).toBe(0);
    expect(one.stdout.length).toBeGreaterThan(100);
    expect(many).toEqual(one);
  });

  it.skipIf(!hasSeeds)('the seeds, ndjson and json, with --include-text', () => {
    for (const format of ['ndjson', 'json']) {
      const one = claims(['extract', '--format', format, '--include-text', seeds, gen]);
      const two = claims(['extract', '--format', format, '--include-text', '--jobs', '2', seeds, gen]);
      expect(one.code).toBe(0);
      expect(two).toEqual(one);
    }
    const lines = claims(['extract', '--format', 'ndjson', '--jobs', '2', seeds]).stdout.trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).path)).toEqual(readdirSync(seeds).sort().map((f) => join(seeds, f)));
  });

  it('input errors go to stderr in input order, the exit code stays 2, the rest is still written', () => {
    const inputs = [join(dir, 'one.txt'), join(dir, 'missing.txt'), gen, join(dir, 'empty.txt'), join(dir, 'binary.txt'), join(dir, 'one.txt')];
    const one = claims(['extract', '--format', 'ndjson', ...inputs]);
    const two = claims(['extract', '--format', 'ndjson', '--jobs', '2', ...inputs]);
    expect(one.code).toBe(2);
    const errors = one.stderr.trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toContain('missing.txt');
    expect(errors[1]).toContain('empty.txt');
    expect(errors[2]).toContain('binary.txt');
    expect(one.stdout.trim().split('\n')).toHaveLength(26);
    expect(two).toEqual(one);
  });

  it('stdin, and --strict, behave the same', () => {
    const text = article(7, 12);
    expect(claims(['extract', '--format', 'ndjson', '--jobs', '2', '-'], text)).toEqual(claims(['extract', '--format', 'ndjson', '-'], text));
    const inputs = [join(dir, 'unclosed.txt'), gen, join(dir, 'unclosed.txt'), join(dir, 'one.txt')];
    const strict1 = claims(['extract', '--format', 'ndjson', '--strict', ...inputs]);
    const strict2 = claims(['extract', '--format', 'ndjson', '--strict', '--jobs', '2', ...inputs]);
    expect(strict1.code).toBe(2);
    expect(strict1.stderr.match(/unclosed\.txt:\d+:\d+: warning: .*\(unclosed-quote\)/g)).toHaveLength(2);
    expect(strict2).toEqual(strict1);
    expect(claims(['extract', '--format', 'ndjson', '--jobs', '2', ...inputs])).toEqual(claims(['extract', '--format', 'ndjson', ...inputs]));
  });

  it('a JSONL collection with bad lines among 60 articles, from a file and from stdin: errors in their places', () => {
    const lines = Array.from({ length: 64 }, (_, i) =>
      i === 3 ? '{"id": "x3", "text": ' : i === 40 ? '{"id": "x40"}' : i === 41 ? '' : JSON.stringify({ id: `x${i}`, text: article(i + 11, 1 + (i % 6)), source: i % 2 ? 'Kurier' : 'DER STANDARD' }),
    );
    const file = join(dir, 'collection.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    const one = claims(['extract', '--format', 'ndjson', file]);
    expect(one.code).toBe(2);
    expect(one.stderr.trim().split('\n')).toEqual([expect.stringContaining('collection.jsonl:4'), expect.stringContaining('collection.jsonl:41')]);
    expect(one.stdout.trim().split('\n')).toHaveLength(61);
    expect(claims(['extract', '--format', 'ndjson', '--jobs', '2', file])).toEqual(one);
    const stdin = ['extract', '--format', 'ndjson', '--input-format', 'jsonl', '-'];
    expect(claims([...stdin, '--jobs', '2'], lines.join('\n'))).toEqual(claims(stdin, lines.join('\n')));
  });

  it('--out writes the same file', () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    expect(claims(['extract', '--out', a, gen]).code).toBe(0);
    expect(claims(['extract', '--out', b, '--jobs', '2', gen]).code).toBe(0);
    expect(spawnSync('cmp', [a, b]).status).toBe(0);
  });

  it.each([['0'], ['-1'], ['two'], ['1.5'], ['999']])('--jobs %s is a usage error (exit 2, nothing on stdout)', (jobs) => {
    const r = claims(['extract', '--format', 'ndjson', `--jobs=${jobs}`, gen]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^claims: --jobs must be a whole number/);
  });
});

describe('extractInOrder keeps input order whatever the timing', () => {
  it('any mix of articles and input errors, any batch and window, any number of workers', async () => {
    const { extractInOrder } = await import('../dist/commands/parallel.js');
    const { extractArticle } = await import('../dist/pipeline.js');
    type Ev = { article: { id: string; path: string; text: string; warnings: [] } } | { error: { path: string; message: string } };
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof({ weight: 5, arbitrary: fc.tuple(fc.nat(1000), fc.integer({ min: 1, max: 40 })) }, { weight: 1, arbitrary: fc.constant(null) }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 8 }),
        async (items, jobs, window, batch) => {
          const events: Ev[] = items.map((it, i) =>
            it === null
              ? { error: { path: `bad-${i}.txt`, message: 'no such file or folder' } }
              : { article: { id: `a${i}`, path: `a${i}.txt`, text: article(it[0], it[1]), warnings: [] } },
          );
          async function* source() {
            yield* events;
          }
          const got: string[] = [];
          for await (const o of extractInOrder(source() as never, { jobs, window, batch })) {
            got.push(o.kind === 'error' ? `error ${o.error.path}` : o.kind === 'doc' ? o.json : `${o.kind} ${o.path}`);
          }
          const want = events.map((e) => ('error' in e ? `error ${e.error.path}` : JSON.stringify(extractArticle(e.article))));
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);

  it('does not hold an article back for a batch while the input keeps it waiting', async () => {
    // The second article arrives only after the first one's document is out:
    // a batch that waited to be filled would never be sent.
    const { extractInOrder } = await import('../dist/commands/parallel.js');
    let firstOut!: () => void;
    const released = new Promise<void>((resolve) => (firstOut = resolve));
    async function* slowInput() {
      yield { article: { id: 'a', path: 'a.txt', text: article(1, 4), warnings: [] } };
      await released;
      yield { error: { path: 'gone.txt', message: 'no such file or folder' } };
      yield { article: { id: 'b', path: 'b.txt', text: article(2, 4), warnings: [] } };
    }
    const got: string[] = [];
    for await (const o of extractInOrder(slowInput() as never, { jobs: 2, batch: 16 })) {
      got.push(o.kind === 'error' ? `error ${o.error.path}` : `${o.kind} ${o.path}`);
      if (got.length === 1) firstOut();
    }
    expect(got).toEqual(['doc a.txt', 'error gone.txt', 'doc b.txt']);
  }, 30_000);

  it('a batch of many articles comes back whole and in order, errors in their places', async () => {
    const { extractInOrder } = await import('../dist/commands/parallel.js');
    const { extractArticle } = await import('../dist/pipeline.js');
    const events = Array.from({ length: 100 }, (_, i) =>
      i % 17 === 5 ? { error: { path: `bad-${i}.txt`, message: 'empty file' } } : { article: { id: `a${i}`, path: `a${i}.txt`, text: article(i + 3, 1 + (i % 7)), warnings: [] } },
    );
    async function* source() {
      yield* events;
    }
    const got: string[] = [];
    for await (const o of extractInOrder(source() as never, { jobs: 2, batch: 32, window: 100 })) {
      got.push(o.kind === 'error' ? `error ${o.error.path}` : o.kind === 'doc' ? o.json : `${o.kind} ${o.path}`);
    }
    expect(got).toEqual(events.map((e) => ('error' in e && e.error ? `error ${e.error.path}` : JSON.stringify(extractArticle(e.article!)))));
  }, 60_000);
});
