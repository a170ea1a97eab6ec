// readInputs: files, folders and stdin in, articles and one-line errors out,
// in a stable order; offsets stay honest whatever the line endings.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatInputError, formatWarning, listFolder, type InputEvent } from '../src/io/read.js';
import { extractArticle } from '../src/pipeline.js';
import { Document } from '../src/schema/document.js';
import { collect, dishonestSpans, inputs, stdinOf, tempDir } from './io-helpers.js';

const summary = (evs: InputEvent[], base = '') =>
  evs.map((e) => (e.article ? e.article.path.replace(base, '') : `ERR ${formatInputError(e.error).replace(base, '')}`));

describe('readInputs on the input fixtures', () => {
  it('reads the folder sorted, every failure one error in its place', async () => {
    expect(summary(await collect([inputs]), inputs + '/')).toEqual([
      'bom-utf8.txt',
      'collection-bad-line.jsonl#wetter-1',
      'ERR claims: collection-bad-line.jsonl:2:28: invalid JSON: string never closed',
      'collection-bad-line.jsonl#2',
      'ERR claims: collection-bad-line.jsonl#leer:5: empty text',
      'ERR claims: collection-bad-line.jsonl:6: record: not an article {"id", "text", …}: no "text"',
      'cp1252.txt',
      'cr.txt',
      'crlf.txt',
      'ERR claims: empty.txt: empty file',
      'ERR claims: fake-pdf.txt: binary file (PDF), not text',
      'news-page.html',
      'utf16be-bom.txt',
      'utf16le-bom.txt',
    ]);
  });

  it('takes HTML metadata into the article', async () => {
    const [ev] = await collect([join(inputs, 'news-page.html')]);
    expect(ev.article).toMatchObject({ id: 'news-page.html', title: 'Stadtrat beschließt Ausbau der Straßenbahn bis 2031', source: 'Rheintal-Kurier', author: 'Miriam Feldhaus', date: '2025-03-14T17:05:00+01:00' });
  });

  it.each(['crlf.txt', 'cr.txt', 'utf16le-bom.txt', 'cp1252.txt', 'news-page.html'])('%s: the pipeline finds quotes and every offset matches the text as read', async (file) => {
    const [ev] = await collect([join(inputs, file)]);
    const doc = extractArticle(ev.article!, { includeText: true });
    expect(Document.safeParse(doc).success).toBe(true);
    expect(doc.text).toBe(ev.article!.text);
    expect(dishonestSpans(doc, ev.article!.text)).toEqual([]);
    expect(doc.quotes.length).toBeGreaterThan(0);
  });

  it('keeps CRLF in the text: the quote in crlf.txt sits where the bytes put it', async () => {
    const [ev] = await collect([join(inputs, 'crlf.txt')]);
    const text = ev.article!.text;
    expect(text).toContain('\r\n');
    const doc = extractArticle(ev.article!);
    const quote = doc.quotes.find((q) => q.text === 'Wir lassen uns nicht hinhalten');
    expect(quote && text.slice(quote.start, quote.end)).toBe('Wir lassen uns nicht hinhalten');
  });
});

describe('readInputs failures', () => {
  it('names a missing path and goes on', async () => {
    expect(summary(await collect(['no/such/file.txt', join(inputs, 'bom-utf8.txt')]), inputs + '/')).toEqual(['ERR claims: no/such/file.txt: no such file or folder', 'bom-utf8.txt']);
  });

  it('refuses an unsupported extension given explicitly', async () => {
    expect(summary(await collect([join(inputs, 'report.pdf')]), inputs + '/')).toEqual(['ERR claims: report.pdf: not a supported article format (.pdf); expected .txt, .md, .html, .htm, .json or .jsonl']);
  });

  it('reports a folder without articles; skips hidden files and unsupported ones in folders', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.hidden.txt'), 'Versteckt.');
    writeFileSync(join(dir, 'bild.png'), 'x');
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'HEAD.txt'), 'ref');
    expect(summary(await collect([dir]), dir)).toEqual(['ERR claims: : folder holds no articles (.txt, .md, .html, .htm, .json or .jsonl)']);
  });

  it('walks subfolders in sorted order', async () => {
    const dir = tempDir();
    for (const f of ['b/2.txt', 'a/z.md', 'a/b/1.htm', 'C.txt', 'c.json']) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), f.endsWith('.json') ? '[{"text":"J."}]' : f.endsWith('.htm') ? '<p>H.</p>' : 'T.');
    }
    expect(await listFolder(dir)).toEqual(['C.txt', 'a/b/1.htm', 'a/z.md', 'b/2.txt', 'c.json'].map((f) => join(dir, f)));
  });

  it('says cannot read for a symbolic link loop and a socket', async () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'loop.txt'), join(dir, 'loop.txt'));
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, 'sock.txt'), resolve));
    try {
      expect(summary(await collect([join(dir, 'loop.txt'), join(dir, 'sock.txt')]), dir + '/')).toEqual([
        'ERR claims: loop.txt: cannot read: symbolic link loop',
        'ERR claims: sock.txt: cannot read: not a regular file',
      ]);
    } finally {
      server.close();
    }
  });

  it('refuses an article over 10 MB by its size, before reading it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'gross.txt'), Buffer.alloc(10 * 1024 * 1024 + 1, 0x61));
    expect(summary(await collect([join(dir, 'gross.txt')]), dir + '/')).toEqual(['ERR claims: gross.txt: article of 10.1 MB is over the 10 MB limit']);
  });

  it.each([
    ['leer.txt', '  \n\t\r\n', 'empty file (only white space)'],
    ['nur-menue.html', '<nav>Menü</nav><script>x()</script>', 'no article text found in the HTML page'],
    ['kaputt.json', '{"text": "a",\n', 'invalid JSON: unexpected end of input: 1 unclosed object'],
  ])('%s: %s', async (file, content, message) => {
    const dir = tempDir();
    writeFileSync(join(dir, file), content);
    const [ev] = await collect([join(dir, file)]);
    expect(ev.error?.message).toBe(message);
  });
});

describe('stdin and --input-format', () => {
  it.each([
    ['text', '„Ja“, sagte sie.\r\n', ['- stdin „Ja“, sagte sie.\r\n']],
    ['html', '<title>T</title><p>„Ja“, sagte sie.</p>', ['- stdin „Ja“, sagte sie.']],
    ['json', '[{"id":"a","text":"Eins."},{"text":"Zwei."}]', ['-#a a Eins.', '-#1 -#1 Zwei.']],
    ['jsonl', '{"id":"a","text":"Eins."}\n{"text":"Zwei."}\n', ['-#a a Eins.', '-#1 -#1 Zwei.']],
  ])('reads stdin as %s', async (format, data, expected) => {
    const evs = await collect(['-'], { inputFormat: format, stdin: stdinOf(data) });
    expect(evs.map((e) => `${e.article?.path} ${e.article?.id} ${e.article?.text}`)).toEqual(expected);
  });

  it('refuses an unknown input format', async () => {
    expect(summary(await collect(['-'], { inputFormat: 'pdf', stdin: stdinOf('x') }))).toEqual(['ERR claims: --input-format: unknown input format "pdf"; expected text, html, json, jsonl']);
  });

  it('reads a file without an extension in the input format', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'artikel'), '{"id":"o","text":"Ohne Endung."}\n');
    expect((await collect([join(dir, 'artikel')], { inputFormat: 'jsonl' })).map((e) => e.article?.path)).toEqual([join(dir, 'artikel#o')]);
    expect((await collect([join(dir, 'artikel')])).map((e) => e.article?.text)).toEqual(['{"id":"o","text":"Ohne Endung."}\n']);
  });

  it('refuses binary and empty stdin', async () => {
    expect(summary(await collect(['-'], { stdin: stdinOf(Buffer.from('%PDF-1.7\n')) }))).toEqual(['ERR claims: -: binary file (PDF), not text']);
    expect(summary(await collect(['-'], { stdin: stdinOf('') }))).toEqual(['ERR claims: -: empty file']);
  });
});

describe('formatWarning', () => {
  it.each([
    ['Eins.\r\nZwei „drei', 12, 'claims: a.txt:2:6: warning: no closing mark (unclosed-quote)'],
    ['Eins.\rZwei „drei', 11, 'claims: a.txt:2:6: warning: no closing mark (unclosed-quote)'],
  ])('places a warning by line and column in %j', (text, start, line) => {
    expect(formatWarning('a.txt', text, { code: 'unclosed-quote', message: 'no closing mark', start, end: start + 1 })).toBe(line);
  });

  it('leaves the place out when there is none', () => {
    expect(formatWarning('a.txt', 'x', { code: 'encoding', message: 'read as Windows-1252', start: null, end: null })).toBe('claims: a.txt: warning: read as Windows-1252 (encoding)');
  });
});
