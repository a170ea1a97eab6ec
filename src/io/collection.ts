// Collections of articles in one file:
//   articles.json     [{"id": "a1", "text": "…"}, …]   or   {"articles": [ … ]}
//   articles.jsonl    {"id": "a1", "text": "…", "source": "DER STANDARD"}   one a line
// Each record becomes an article with path `file#id` (`file#3` without an id,
// counting records from 0). A bad record is an error naming it (`file:12` in
// JSONL); the other records go on. Invalid JSON is reported with line and column.
import { basename } from 'node:path';
import { z } from 'zod';
import type { Warning } from '../schema/document.js';
import type { Article } from '../types.js';
import { decode } from './decode.js';
import type { InputError, InputEvent } from './read.js';

/** An article over this size (UTF-8 bytes) is refused. */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;
/** Bad JSONL lines reported one by one per file; the rest are counted. */
const MAX_LINE_ERRORS = 20;

const optionalText = z.string().nullable().optional();
export const ArticleRecord = z.looseObject({
  id: z.union([z.string(), z.number()]).nullable().optional(),
  text: z.string(),
  source: optionalText,
  title: optionalText,
  date: optionalText,
  url: optionalText,
  author: optionalText,
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;

/** Articles of a JSON file (already decoded to text). */
export function* articlesFromJson(file: string, text: string, warnings: Warning[] = []): Generator<InputEvent> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const at = locateJsonError(text);
    yield { error: { path: file, ...lineColumn(text, at.offset), message: `invalid JSON: ${at.message}`, code: 'invalid-json' } };
    return;
  }
  let records: unknown[];
  if (Array.isArray(data)) records = data;
  else if (isObject(data) && Array.isArray(data.articles)) records = data.articles;
  else if (isObject(data) && typeof data.text === 'string') records = [data];
  else {
    yield { error: { path: file, ...notArticles(data) } };
    return;
  }
  if (records.length === 0) {
    yield { error: { path: file, message: 'collection holds no articles', code: 'no-articles' } };
    return;
  }
  const seen = new Set<string>();
  for (let i = 0; i < records.length; i++) {
    yield recordToArticle(file, records[i], i, undefined, warnings, seen);
  }
}

/** Articles of a JSONL file, read line by line (any size). */
export async function* articlesFromJsonl(file: string, chunks: AsyncIterable<Buffer | string>): AsyncGenerator<InputEvent> {
  const seen = new Set<string>();
  let index = 0;
  let bad = 0;
  const report = function* (e: InputError): Generator<InputEvent> {
    bad++;
    if (bad <= MAX_LINE_ERRORS) yield { error: e };
  };
  for await (const { line, bytes, length } of splitLines(chunks, MAX_ARTICLE_BYTES * 4)) {
    if (bytes === null) {
      yield* report({ path: file, line, message: `line of ${mb(length)} is over the ${mb(MAX_ARTICLE_BYTES)} article limit`, code: 'too-large' });
      index++;
      continue;
    }
    if (isBlank(bytes)) continue;
    const decoded = decode(line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
    if ('error' in decoded) {
      yield* report({ path: file, line, message: decoded.error, code: 'binary' });
      index++;
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(decoded.text);
    } catch {
      const at = locateJsonError(decoded.text);
      yield* report({ path: file, line, column: lineColumn(decoded.text, at.offset).column, message: `invalid JSON: ${at.message}`, code: 'invalid-json' });
      index++;
      continue;
    }
    const ev = recordToArticle(file, data, index++, line, decoded.warnings.map(unplaced), seen);
    if (ev.error) yield* report(ev.error);
    else yield ev;
  }
  if (bad > MAX_LINE_ERRORS) yield { error: { path: file, message: `${bad - MAX_LINE_ERRORS} more bad lines not listed`, code: 'invalid-json' } };
  if (index === 0 && bad === 0) yield { error: { path: file, message: 'collection holds no articles', code: 'no-articles' } };
}

function recordToArticle(file: string, record: unknown, index: number, line: number | undefined, warnings: Warning[], seen: Set<string>): InputEvent {
  const where = line === undefined ? `item ${index}` : `record`;
  const fail = (message: string, code = 'bad-record'): InputEvent => ({ error: { path: file, line, message: `${where}: ${message}`, code } });
  if (isObject(record) && Array.isArray(record.quotes) && Array.isArray(record.claims)) {
    return fail('a document written by claims extract, not an article', 'extract-output');
  }
  const parsed = ArticleRecord.safeParse(record);
  if (!parsed.success) {
    if (!isObject(record)) return fail(`expected an article {"id", "text", …}, found ${Array.isArray(record) ? 'an array' : record === null ? 'null' : typeof record}`);
    const issues = parsed.error.issues.map((i) => {
      const field = i.path.map(String).join('.');
      const message = i.message.replace(/^Invalid input: /, '');
      return /received undefined/.test(message) ? `no "${field}"` : `"${field}": ${message}`;
    });
    return fail(`not an article {"id", "text", …}: ${issues.join('; ')}`);
  }
  const r = parsed.data;
  const id = r.id === null || r.id === undefined || r.id === '' ? `${basename(file)}#${index}` : String(r.id);
  const path = `${file}#${r.id === null || r.id === undefined || r.id === '' ? index : r.id}`;
  if (r.text.trim() === '') return { error: { path, line, message: 'empty text', code: 'empty' } };
  const bytes = Buffer.byteLength(r.text, 'utf8');
  if (bytes > MAX_ARTICLE_BYTES) return { error: { path, line, message: tooLarge(bytes), code: 'too-large' } };
  const own = [...warnings];
  if (seen.has(path)) own.push({ code: 'input', message: `id ${JSON.stringify(String(r.id))} appears more than once in ${basename(file)}`, start: null, end: null });
  seen.add(path);
  const article: Article = { id, path, text: r.text, warnings: own };
  for (const key of ['title', 'source', 'date', 'url', 'author'] as const) {
    const v = r[key];
    if (typeof v === 'string' && v.trim()) article[key] = v.trim();
  }
  return { article };
}

/** Why a JSON value is not a collection of articles. */
function notArticles(data: unknown): { message: string; code: string } {
  if (isObject(data) && 'schemaVersion' in data && Array.isArray(data.documents)) {
    return { message: 'this is the output of claims extract, not articles (check it with claims validate, compare it with claims matrix)', code: 'extract-output' };
  }
  if (isObject(data) && 'rows' in data) return { message: 'this is the output of claims matrix, not articles', code: 'extract-output' };
  return { message: 'not a collection of articles: expected an array of {"id", "text"} objects or {"articles": [...]}', code: 'not-articles' };
}

export function tooLarge(bytes: number): string {
  return `article of ${mb(bytes)} is over the ${mb(MAX_ARTICLE_BYTES)} limit`;
}

/** Rounded up, so that a size just over a limit never reads as the limit: 10.1 MB, 0.01 MB. */
function mb(bytes: number): string {
  const digits = bytes < 1024 * 1024 ? 100 : 10;
  return `${String(Math.ceil((bytes / 1024 / 1024) * digits) / digits)} MB`;
}

function unplaced(w: Warning): Warning {
  return { ...w, start: null, end: null };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d && b !== 0x0b && b !== 0x0c) return false;
  return true;
}

/**
 * Lines of a byte stream (LF or CRLF), numbered from 1. A line longer than
 * `maxBytes` is not kept: it comes back with `bytes: null` and its length.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<{ line: number; bytes: Buffer | null; length: number }> {
  let parts: Buffer[] = [];
  let kept = 0;
  let length = 0;
  let line = 1;
  const finish = () => {
    let bytes: Buffer | null = null;
    if (length <= maxBytes) {
      bytes = Buffer.concat(parts);
      if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    }
    const out = { line: line++, bytes, length };
    parts = [];
    kept = 0;
    length = 0;
    return out;
  };
  const add = (b: Buffer) => {
    length += b.length;
    if (kept + b.length <= maxBytes + 1) {
      parts.push(b);
      kept += b.length;
    }
  };
  for await (const chunk of chunks) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let nl = buf.indexOf(0x0a, from); nl !== -1; nl = buf.indexOf(0x0a, from)) {
      add(buf.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    if (from < buf.length) add(buf.subarray(from));
  }
  if (length > 0) yield finish();
}

/** 1-based line and column of an offset (CRLF and CR count as one line break). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Where and why JSON.parse failed, found by a small scanner over the text:
 * `{"a": 1,}` → offset 8, "expected a double-quoted property name".
 */
export function locateJsonError(s: string): { offset: number; message: string } {
  type State = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'comma-or-end' | 'done';
  const stack: ('{' | '[')[] = [];
  let state: State = 'value';
  let i = 0;
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const after = (): State => (stack.length ? 'comma-or-end' : 'done');
  const fail = (message: string, at = i) => ({ offset: at, message });
  const show = (c: string) => (c === '\n' ? 'line break' : /[\x00-\x1f]/.test(c) ? `control character U+${c.charCodeAt(0).toString(16).padStart(4, '0')}` : `'${c}'`);
  if (s.charCodeAt(0) === 0xfeff) i = 1;
  for (;;) {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
    if (i >= s.length) {
      if (state === 'done') return fail('the JSON parser refused it');
      return fail(stack.length ? `unexpected end of input: ${stack.length} unclosed ${stack[stack.length - 1] === '{' ? 'object' : 'array'}${stack.length > 1 ? 's' : ''}` : 'unexpected end of input');
    }
    const c = s[i];
    switch (state) {
      case 'done':
        return fail(`unexpected ${show(c)} after the end of the JSON value`);
      case 'value-or-end':
        if (c === ']') {
          i++;
          stack.pop();
          state = after();
          break;
        }
      // falls through
      case 'value':
        if (c === '{' || c === '[') {
          stack.push(c);
          i++;
          state = c === '{' ? 'key-or-end' : 'value-or-end';
        } else if (c === '"') {
          const err = string();
          if (err) return err;
          state = after();
        } else if (s.startsWith('true', i) || s.startsWith('null', i)) {
          i += 4;
          state = after();
        } else if (s.startsWith('false', i)) {
          i += 5;
          state = after();
        } else {
          NUMBER.lastIndex = i;
          if (!NUMBER.test(s)) return fail(`unexpected ${show(c)}; expected a value`);
          i = NUMBER.lastIndex;
          state = after();
        }
        break;
      case 'key-or-end':
        if (c === '}') {
          i++;
          stack.pop();
          state = after();
          break;
        }
      // falls through
      case 'key': {
        if (c !== '"') return fail(`unexpected ${show(c)}; expected a double-quoted property name`);
        const err = string();
        if (err) return err;
        state = 'colon';
        break;
      }
      case 'colon':
        if (c !== ':') return fail(`unexpected ${show(c)}; expected ':'`);
        i++;
        state = 'value';
        break;
      case 'comma-or-end': {
        const close = stack[stack.length - 1] === '{' ? '}' : ']';
        if (c === ',') {
          i++;
          state = close === '}' ? 'key' : 'value';
        } else if (c === close) {
          i++;
          stack.pop();
          state = after();
        } else return fail(`unexpected ${show(c)}; expected ',' or '${close}'`);
        break;
      }
    }
  }

  function string(): { offset: number; message: string } | null {
    const start = i;
    i++;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 34) {
        i++;
        return null;
      }
      if (c < 0x20) return fail(`${show(s[i])} inside a string`);
      if (c === 92) {
        const e = s[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) return fail('bad \\u escape in a string');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail(`bad escape \\${e ?? ''} in a string`);
        continue;
      }
      i++;
    }
    return fail('string never closed', start);
  }
}
