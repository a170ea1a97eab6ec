// Collections of articles: JSON arrays, {articles: […]}, JSONL; invalid JSON
// reported with line and column; a bad record never stops the others.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlesFromJson, lineColumn, locateJsonError, MAX_ARTICLE_BYTES, splitLines } from '../src/io/collection.js';
import type { InputEvent } from '../src/io/read.js';
import { collect, inputs, stdinOf, tempDir } from './io-helpers.js';

const fromJson = (text: string) => [...articlesFromJson('a.json', text)];
const summary = (evs: InputEvent[]) => evs.map((e) => (e.article ? `${e.article.path} ${e.article.id}` : `ERR ${e.error.path}${e.error.line ? ':' + e.error.line : ''} ${e.error.message}`));

describe('locateJsonError', () => {
  it.each([
    ['{"a": 1,}', 8, "unexpected '}'; expected a double-quoted property name"],
    ['[1, 2', 5, 'unexpected end of input: 1 unclosed array'],
    ['{"text": "abc', 9, 'string never closed'],
    ["{'text': 1}", 1, "unexpected '''; expected a double-quoted property name"],
    ['[1 2]', 3, "unexpected '2'; expected ',' or ']'"],
    ['{"a" 1}', 5, "unexpected '1'; expected ':'"],
    ['[1] x', 4, "unexpected 'x' after the end of the JSON value"],
    ['{"a": "b\nc"}', 8, 'line break inside a string'],
    ['["\\x"]', 2, 'bad escape \\x in a string'],
    ['[tru]', 1, "unexpected 't'; expected a value"],
    ['', 0, 'unexpected end of input'],
    ['[' + '['.repeat(50_000), 50_001, 'unexpected end of input: 50001 unclosed arrays'],
  ])('%j → offset %i', (text, offset, message) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(locateJsonError(text)).toEqual({ offset, message });
  });

  it.each([
    ['abc', 2, { line: 1, column: 3 }],
    ['a\nbc', 3, { line: 2, column: 2 }],
    ['a\r\nbc', 4, { line: 2, column: 2 }],
    ['a\rbc', 3, { line: 2, column: 2 }],
  ])('lineColumn(%j, %i)', (text, offset, expected) => {
    expect(lineColumn(text, offset)).toEqual(expected);
  });
});

describe('articlesFromJson', () => {
  it.each([
    ['an array', '[{"id": "a", "text": "Eins."}, {"text": "Zwei."}]', ['a.json#a a', 'a.json#1 a.json#1']],
    ['{articles: […]}', '{"articles": [{"id": 7, "text": "Sieben."}]}', ['a.json#7 7']],
    ['one article object', '{"id": "solo", "text": "Allein.", "title": "T"}', ['a.json#solo solo']],
  ])('reads %s', (_name, text, expected) => {
    expect(summary(fromJson(text))).toEqual(expected);
  });

  it('carries title, source, date, url and author; extra fields are ignored', () => {
    const [ev] = fromJson(JSON.stringify([{ id: 'x', text: 'Text.', title: ' Titel ', source: 'Blatt', date: '2024-01-01', url: 'https://x.example', author: 'A', category: 'Inland', url2: 5 }]));
    expect(ev.article).toEqual({ id: 'x', path: 'a.json#x', text: 'Text.', warnings: [], title: 'Titel', source: 'Blatt', date: '2024-01-01', url: 'https://x.example', author: 'A' });
  });

  it.each([
    ['invalid JSON, with line and column', '[\n  {"id": "a", "text": "x"},\n  {"id": "b" "text": "y"}\n]', { line: 3, column: 14, message: "invalid JSON: unexpected '\"'; expected ',' or '}'" }],
    ['extract output', '{"schemaVersion": 1, "documents": []}', { message: expect.stringMatching(/^this is the output of claims extract, not articles/) }],
    ['matrix output', '{"schemaVersion": 1, "rows": []}', { message: 'this is the output of claims matrix, not articles' }],
    ['some other object', '{"foo": 1}', { message: 'not a collection of articles: expected an array of {"id", "text"} objects or {"articles": [...]}' }],
    ['a bare string', '"Hallo"', { message: expect.stringMatching(/^not a collection of articles/) }],
    ['an empty array', '[]', { message: 'collection holds no articles' }],
  ])('refuses %s', (_name, text, error) => {
    const evs = fromJson(text);
    expect(evs).toHaveLength(1);
    expect(evs[0].error).toMatchObject({ path: 'a.json', ...error });
  });

  it('reports bad items and keeps the good ones', () => {
    const text = JSON.stringify([{ id: 'gut', text: 'Gut.' }, 5, { id: 'leer', text: ' ' }, { id: 'zahl', text: 3 }, { title: 'ohne' }, { id: 'doc', quotes: [], claims: [] }, { text: 'Auch gut.' }]);
    expect(summary(fromJson(text))).toEqual([
      'a.json#gut gut',
      'ERR a.json item 1: expected an article {"id", "text", …}, found number',
      'ERR a.json#leer empty text',
      'ERR a.json item 3: not an article {"id", "text", …}: "text": expected string, received number',
      'ERR a.json item 4: not an article {"id", "text", …}: no "text"',
      'ERR a.json item 5: a document written by claims extract, not an article',
      'a.json#6 a.json#6',
    ]);
  });

  it('refuses an article over the size limit, by name', () => {
    const big = 'Ä'.repeat(MAX_ARTICLE_BYTES / 2 + 1);
    expect(summary(fromJson(JSON.stringify([{ id: 'gross', text: big }, { id: 'klein', text: 'Klein.' }])))).toEqual([
      'ERR a.json#gross article of 10.1 MB is over the 10 MB limit',
      'a.json#klein klein',
    ]);
  });

  it('warns about a repeated id', () => {
    const evs = fromJson('[{"id": "a", "text": "Eins."}, {"id": "a", "text": "Zwei."}]');
    expect(evs[1].article?.warnings).toEqual([{ code: 'input', message: 'id "a" appears more than once in a.json', start: null, end: null }]);
  });
});

describe('JSONL collections', () => {
  it('reads the fixture with its bad lines named by line number', async () => {
    expect(summary(await collect([join(inputs, 'collection-bad-line.jsonl')]))).toEqual([
      `${inputs}/collection-bad-line.jsonl#wetter-1 wetter-1`,
      `ERR ${inputs}/collection-bad-line.jsonl:2 invalid JSON: string never closed`,
      `${inputs}/collection-bad-line.jsonl#2 collection-bad-line.jsonl#2`,
      `ERR ${inputs}/collection-bad-line.jsonl#leer:5 empty text`,
      `ERR ${inputs}/collection-bad-line.jsonl:6 record: not an article {"id", "text", …}: no "text"`,
    ]);
  });

  it('handles CRLF lines, a BOM, blank lines and a last line without newline', async () => {
    const evs = await collect(['-'], { inputFormat: 'jsonl', stdin: stdinOf('\ufeff{"id":"a","text":"Eins."}\r\n\r\n  \n{"id":"b","text":"Zwei.\\r\\nDrei."}') });
    expect(evs.map((e) => [e.article?.id, e.article?.text])).toEqual([['a', 'Eins.'], ['b', 'Zwei.\r\nDrei.']]);
  });

  it('reads a Windows-1252 line with a warning', async () => {
    const line = Buffer.concat([Buffer.from('{"id":"k","text":"K'), Buffer.from([0xf6]), Buffer.from('ln"}\n')]);
    const [ev] = await collect(['-'], { inputFormat: 'jsonl', stdin: stdinOf(line) });
    expect(ev.article?.text).toBe('Köln');
    expect(ev.article?.warnings).toEqual([{ code: 'encoding', message: 'not valid UTF-8; read as Windows-1252 (Latin-1)', start: null, end: null }]);
  });

  it('lists at most 20 bad lines per file and counts the rest', async () => {
    const evs = await collect(['-'], { inputFormat: 'jsonl', stdin: stdinOf('kein json\n'.repeat(25) + '{"text":"Gut."}\n') });
    expect(evs.filter((e) => e.error)).toHaveLength(21);
    expect(evs.at(-2)?.article?.text).toBe('Gut.');
    expect(evs.at(-1)?.error?.message).toBe('5 more bad lines not listed');
  });

  it('refuses a PDF renamed .jsonl once, not line by line', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.jsonl'), Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(100, 0), Buffer.from('\n\n\n')]));
    expect(summary(await collect([join(dir, 'x.jsonl')]))).toEqual([`ERR ${dir}/x.jsonl binary file (PDF), not text`]);
  });

  it('reads a UTF-16 JSONL file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'u.jsonl'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"id":"u","text":"Grüße"}\n{"id":"v","text":"Tschüss"}\n', 'utf16le')]));
    expect((await collect([join(dir, 'u.jsonl')])).map((e) => e.article?.text)).toEqual(['Grüße', 'Tschüss']);
  });

  it('splits lines across chunk borders and refuses an over-long line without keeping it', async () => {
    async function* chunks() {
      yield Buffer.from('ab');
      yield Buffer.from('c\nde');
      yield Buffer.from('f'.repeat(50));
      yield Buffer.from('\r\ng');
    }
    const got = [];
    for await (const l of splitLines(chunks(), 10)) got.push([l.line, l.bytes?.toString() ?? null, l.length]);
    expect(got).toEqual([[1, 'abc', 3], [2, null, 53], [3, 'g', 1]]);
  });

  it('says so when a collection holds nothing', async () => {
    expect(summary(await collect(['-'], { inputFormat: 'jsonl', stdin: stdinOf('\n\n') }))).toEqual(['ERR - collection holds no articles']);
  });
});
