// The failure contract on the real binary (run `npm run build` first; `npm
// test` does): every bad input is one stderr line naming it, the other inputs
// are still extracted, stdout stays valid JSON, and the exit code says what
// happened (0 all good, 2 usage or input errors).
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Extraction } from '../src/schema/document.js';
import { claims, claimsAsync, inputs, stderrLines, tempDir } from './io-helpers.js';

const good = join(inputs, 'bom-utf8.txt');
const crlf = join(inputs, 'crlf.txt');

/** stdout must parse and match the schema; returns the document paths. */
function paths(stdout: string): string[] {
  const parsed = Extraction.safeParse(JSON.parse(stdout));
  if (!parsed.success) throw new Error(`stdout is not a valid extraction: ${parsed.error.message}`);
  return parsed.data.documents.map((d) => d.path);
}

function scratch(files: Record<string, string | Buffer>): string {
  const dir = tempDir('claims-cli-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('claims extract: each failure class', () => {
  it('a run-on line of 4000 reported clauses without a full stop: every claim written, valid JSON', () => {
    const dir = scratch({ 'endlos.txt': 'Die Stadt sieht in dem Plan eine Gefahr, '.repeat(4000) });
    const r = claims(['extract', join(dir, 'endlos.txt'), '-f', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const doc = Extraction.parse(JSON.parse(r.stdout)).documents[0];
    expect(doc.claims).toHaveLength(4000);
    expect(Math.max(...doc.claims.map((c) => c.sentence.text.length))).toBeLessThan(50_000);
  });

  it('all good: exit 0, nothing on stderr', () => {
    const r = claims(['extract', good, crlf, '-f', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(paths(r.stdout)).toEqual([good, crlf]);
  });

  it.each([
    ['a missing path', ['no/such/article.txt'], 'claims: no/such/article.txt: no such file or folder'],
    ['an unsupported extension', [join(inputs, 'report.pdf')], `claims: ${inputs}/report.pdf: not a supported article format (.pdf); expected .txt, .md, .html, .htm, .json or .jsonl`],
    ['a binary file (PDF named .txt)', [join(inputs, 'fake-pdf.txt')], `claims: ${inputs}/fake-pdf.txt: binary file (PDF), not text`],
    ['an empty file', [join(inputs, 'empty.txt')], `claims: ${inputs}/empty.txt: empty file`],
  ])('%s: one line naming it, exit 2, the good file still in stdout', (_name, bad, message) => {
    const r = claims(['extract', good, ...bad, crlf, '-f', 'json']);
    expect(r.code).toBe(2);
    expect(stderrLines(r.stderr)).toEqual([message]);
    expect(paths(r.stdout)).toEqual([good, crlf]);
  });

  it('a PNG image renamed .md', () => {
    const dir = scratch({ 'bild.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]) });
    const r = claims(['extract', join(dir, 'bild.md'), good]);
    expect([r.code, stderrLines(r.stderr)]).toEqual([2, [`claims: ${dir}/bild.md: binary file (PNG image), not text`]]);
    expect(paths(r.stdout)).toEqual([good]);
  });

  it('a folder without articles', () => {
    const dir = scratch({ 'notes.pdf': '%PDF-1.4', '.hidden.txt': 'Versteckt.' });
    const r = claims(['extract', dir, good]);
    expect([r.code, stderrLines(r.stderr)]).toEqual([2, [`claims: ${dir}: folder holds no articles (.txt, .md, .html, .htm, .json or .jsonl)`]]);
    expect(paths(r.stdout)).toEqual([good]);
  });

  it('an unreadable path (a symbolic link loop)', () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'loop.txt'), join(dir, 'loop.txt'));
    const r = claims(['extract', join(dir, 'loop.txt'), good]);
    expect([r.code, stderrLines(r.stderr)]).toEqual([2, [`claims: ${dir}/loop.txt: cannot read: symbolic link loop`]]);
    expect(paths(r.stdout)).toEqual([good]);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file (no read permission; skipped as root, who may read anything)', () => {
    const dir = scratch({ 'geheim.txt': 'Geheim.' });
    chmodSync(join(dir, 'geheim.txt'), 0o000);
    const r = claims(['extract', join(dir, 'geheim.txt'), good]);
    expect([r.code, stderrLines(r.stderr)]).toEqual([2, [`claims: ${dir}/geheim.txt: cannot read: permission denied`]]);
    expect(paths(r.stdout)).toEqual([good]);
  });

  it('invalid JSON: line and column', () => {
    const dir = scratch({ 'artikel.json': '[\n  {"id": "a", "text": "Eins."},\n  {"id": "b", "text": "Zwei."\n]\n' });
    const r = claims(['extract', join(dir, 'artikel.json'), good]);
    expect([r.code, stderrLines(r.stderr)]).toEqual([2, [`claims: ${dir}/artikel.json:4:1: invalid JSON: unexpected ']'; expected ',' or '}'`]]);
    expect(paths(r.stdout)).toEqual([good]);
  });

  it('a JSON file that is extract output, not articles', () => {
    const out = claims(['extract', good, '-f', 'json']).stdout;
    const dir = scratch({ 'ergebnis.json': out });
    const r = claims(['extract', join(dir, 'ergebnis.json'), good]);
    expect(r.code).toBe(2);
    expect(stderrLines(r.stderr)).toEqual([`claims: ${dir}/ergebnis.json: this is the output of claims extract, not articles (check it with claims validate, compare it with claims matrix)`]);
    expect(paths(r.stdout)).toEqual([good]);
  });

  it('a JSONL collection with bad lines: each named FILE:LINE, the other lines extracted', () => {
    const file = join(inputs, 'collection-bad-line.jsonl');
    const r = claims(['extract', file]);
    expect(r.code).toBe(2);
    expect(stderrLines(r.stderr)).toEqual([
      `claims: ${file}:2:28: invalid JSON: string never closed`,
      `claims: ${file}#leer:5: empty text`,
      `claims: ${file}:6: record: not an article {"id", "text", …}: no "text"`,
    ]);
    expect(paths(r.stdout)).toEqual([`${file}#wetter-1`, `${file}#2`]);
  });

  it('an article over 10 MB', () => {
    const dir = scratch({ 'riesig.txt': Buffer.alloc(11 * 1024 * 1024, 'Wort ') });
    const r = claims(['extract', join(dir, 'riesig.txt'), good]);
    expect([r.code, stderrLines(r.stderr)]).toEqual([2, [`claims: ${dir}/riesig.txt: article of 11 MB is over the 10 MB limit`]]);
    expect(paths(r.stdout)).toEqual([good]);
  });

  it('every class at once, in a folder: the good files come through in order', () => {
    const r = claims(['extract', inputs, '-f', 'json']);
    expect(r.code).toBe(2);
    expect(stderrLines(r.stderr)).toHaveLength(5);
    for (const line of stderrLines(r.stderr)) expect(line).toMatch(new RegExp(`^claims: ${inputs}/[^ ]+: `));
    expect(paths(r.stdout).map((p) => p.slice(inputs.length + 1))).toEqual([
      'bom-utf8.txt', 'collection-bad-line.jsonl#wetter-1', 'collection-bad-line.jsonl#2', 'cp1252.txt', 'cr.txt', 'crlf.txt', 'news-page.html', 'utf16be-bom.txt', 'utf16le-bom.txt',
    ]);
  });

  it('ndjson output stays one valid document a line when inputs fail', () => {
    const r = claims(['extract', 'missing.txt', good, crlf, '-f', 'ndjson']);
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).path)).toEqual([good, crlf]);
  });
});

describe('claims extract: usage, stdin and --strict', () => {
  it('an unknown --input-format is a usage error', () => {
    const r = claims(['extract', '-', '--input-format', 'pdf'], { input: 'x' });
    expect([r.code, stderrLines(r.stderr)]).toEqual([2, ['claims: --input-format: unknown input format "pdf"; expected text, html, json, jsonl']]);
    expect(paths(r.stdout)).toEqual([]);
  });

  it('reads a JSONL collection from stdin', () => {
    const r = claims(['extract', '-', '--input-format', 'jsonl', '-f', 'json'], { input: '{"id":"a","text":"„Ja“, sagte sie."}\n{"id":"b","text":"Nein."}\n' });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(paths(r.stdout)).toEqual(['-#a', '-#b']);
  });

  it('--strict: a warning is an error with its line and column (exit 2); the document is still written', () => {
    const cp = join(inputs, 'cp1252.txt');
    const plain = claims(['extract', cp, '-f', 'json']);
    expect([plain.code, plain.stderr]).toEqual([0, '']);
    const strict = claims(['extract', cp, good, '--strict', '-f', 'json']);
    expect(strict.code).toBe(2);
    expect(stderrLines(strict.stderr)).toContain(`claims: ${cp}:1:3: warning: not valid UTF-8; read as Windows-1252 (Latin-1) (encoding)`);
    expect(paths(strict.stdout)).toEqual([cp, good]);
  });

  it('--strict on clean input exits 0', () => {
    const r = claims(['extract', good, '--strict', '-f', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
  });

  it('documents inputs and exit codes in extract --help', () => {
    const r = claims(['extract', '--help']);
    expect(r.code).toBe(0);
    for (const s of ['Inputs:', '.jsonl', 'Windows-1252', 'Exit codes:', '--input-format', '10 MB']) expect(r.stdout).toContain(s);
  });
});

describe('claims extract --out', () => {
  it('writes a folder atomically and leaves no temporary file', () => {
    const dir = tempDir();
    const out = join(dir, 'ergebnis.json');
    const r = claims(['extract', inputs, '--out', out]);
    expect(r.code).toBe(2); // the fixtures hold bad files on purpose
    expect(r.stdout).toBe('');
    expect(paths(readFileSync(out, 'utf8'))).toHaveLength(9);
    expect(readdirSync(dir)).toEqual(['ergebnis.json']);
  });

  it.each([
    ['a missing folder', (dir: string) => join(dir, 'no', 'such', 'out.json'), 'cannot write: the folder does not exist (ENOENT)'],
    ['a folder', (dir: string) => dir, 'cannot write: is a folder (EISDIR)'],
  ])('refuses to write into %s', (_name, target, message) => {
    const dir = tempDir();
    const out = target(dir);
    const r = claims(['extract', good, '--out', out]);
    expect([r.code, stderrLines(r.stderr)]).toEqual([2, [`claims: ${out}: ${message}`]]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.skipIf(!existsSync('/dev/full') || !statSync('/dev/full').isCharacterDevice())('reports a full disk (/dev/full) and keeps the device', () => {
    const r = claims(['extract', good, '--out', '/dev/full']);
    expect([r.code, stderrLines(r.stderr)]).toEqual([2, ['claims: /dev/full: cannot write: no space left on device (ENOSPC)']]);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('follows a symbolic link instead of replacing it', () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'ziel.json'), join(dir, 'link.json'));
    expect(claims(['extract', good, '--out', join(dir, 'link.json')]).code).toBe(0);
    expect(paths(readFileSync(join(dir, 'ziel.json'), 'utf8'))).toEqual([good]);
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'ziel.json']);
  });

  it('Ctrl-C in the middle leaves neither the output nor a temporary file', async () => {
    const dir = tempDir();
    const text = readFileSync(join(inputs, 'crlf.txt'), 'utf8').replace(/\r\n/g, ' ');
    writeFileSync(join(dir, 'viele.jsonl'), Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ id: `a${i}`, text })).join('\n'));
    const out = join(dir, 'ergebnis.json');
    const child = claimsAsync(['extract', join(dir, 'viele.jsonl'), '--out', out]);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    // Wait until the temporary file exists: the run is under way.
    const started = Date.now();
    while (!readdirSync(dir).some((f) => f.endsWith('.tmp')) && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 20));
    expect(readdirSync(dir).some((f) => f.endsWith('.tmp'))).toBe(true);
    child.kill('SIGINT');
    const { code } = await exited;
    expect(code).toBe(130);
    expect(stderr).toBe('');
    expect(readdirSync(dir)).toEqual(['viele.jsonl']);
  });
});

describe('claims extract | head', () => {
  it('a reader that closes the pipe early ends the run quietly, without a stack trace', async () => {
    const dir = tempDir();
    const text = readFileSync(good, 'utf8');
    writeFileSync(join(dir, 'viele.jsonl'), Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `a${i}`, text })).join('\n'));
    const child = claimsAsync(['extract', join(dir, 'viele.jsonl'), '-f', 'ndjson', '--include-text']);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await exited;
    expect(stderr).toBe('');
    expect(code).toBe(2);
  });

  it.each([['--help'], ['schema'], ['--version']])('claims %s into a pipe already closed ends quietly', async (arg) => {
    const child = claimsAsync([arg]);
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
