// Read articles from files, folders and stdin. Yields articles and input
// errors in a stable order (folders sorted, hidden files skipped); an error
// never stops the other inputs.
//   a.txt, a.md            one article, the text as read
//   a.html, a.htm          a saved news page: article text and metadata (./html.ts)
//   a.json, a.jsonl        a collection of articles (./collection.ts)
//   -                      stdin, read as --input-format (text, html, json, jsonl)
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Warning } from '../schema/document.js';
import type { Article } from '../types.js';
import { articlesFromJson, articlesFromJsonl, lineColumn, MAX_ARTICLE_BYTES, tooLarge } from './collection.js';
import { decode, magicKind } from './decode.js';

export interface InputError {
  path: string;
  message: string;
  line?: number;
  column?: number;
  /**
   * What went wrong: missing, unreadable, no-articles, unsupported, binary,
   * empty, too-large, invalid-json, not-articles, extract-output, bad-record.
   */
  code?: string;
}

export type InputEvent = { article: Article; error?: undefined } | { error: InputError; article?: undefined };

export interface ReadOptions {
  stdin?: NodeJS.ReadableStream;
  /** How to read stdin and files without an extension: text (default), html, json or jsonl. */
  inputFormat?: string;
}

export type InputFormat = 'text' | 'html' | 'json' | 'jsonl';
export const INPUT_FORMATS: readonly InputFormat[] = ['text', 'html', 'json', 'jsonl'];

const FORMAT_OF_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
};
export const ARTICLE_EXTENSIONS = new Set(Object.keys(FORMAT_OF_EXTENSION));
const EXTENSION_LIST = '.txt, .md, .html, .htm, .json or .jsonl';

/** A page carries scripts and markup besides its text: allow it more bytes. */
const MAX_HTML_BYTES = 5 * MAX_ARTICLE_BYTES;
/** A JSON collection is parsed whole; larger collections belong in JSONL. */
const MAX_JSON_BYTES = 256 * 1024 * 1024;

/** One line for stderr: `claims: seeds/x.txt:3: message`. */
export function formatInputError(e: InputError): string {
  const where = e.line !== undefined ? `${e.path}:${e.line}${e.column !== undefined ? `:${e.column}` : ''}` : e.path;
  return `claims: ${where}: ${e.message}`;
}

/** One line for stderr about a warning, with its place in the text: `claims: a.txt:3:14: warning: …`. */
export function formatWarning(path: string, text: string, w: Warning): string {
  const at = w.start !== null && w.start <= text.length ? lineColumn(text, w.start) : null;
  return `claims: ${path}${at ? `:${at.line}:${at.column}` : ''}: warning: ${w.message} (${w.code})`;
}

export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<InputEvent> {
  const fallback = (opts.inputFormat ?? 'text') as InputFormat;
  if (!INPUT_FORMATS.includes(fallback)) {
    yield { error: { path: '--input-format', message: `unknown input format ${JSON.stringify(opts.inputFormat)}; expected ${INPUT_FORMATS.join(', ')}`, code: 'usage' } };
    return;
  }
  for (const p of paths) {
    if (p === '-') {
      yield* readSource('-', fallback, opts.stdin ?? process.stdin);
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch (err) {
      yield { error: { path: p, ...statError(err) } };
      continue;
    }
    if (info.isDirectory()) {
      const problems: InputError[] = [];
      const files = await listFolder(p, ARTICLE_EXTENSIONS, (dir, err) => problems.push({ path: dir, ...statError(err) }));
      for (const e of problems) yield { error: e };
      if (files.length === 0 && problems.length === 0) {
        yield { error: { path: p, message: `folder holds no articles (${EXTENSION_LIST})`, code: 'no-articles' } };
      }
      for (const f of files) yield* readFileInput(f, fallback);
    } else {
      yield* readFileInput(p, fallback, info);
    }
  }
}

async function* readFileInput(path: string, fallback: InputFormat, known?: Stats): AsyncGenerator<InputEvent> {
  const ext = extname(path).toLowerCase();
  const format = ext === '' ? fallback : FORMAT_OF_EXTENSION[ext];
  if (!format) {
    yield { error: { path, message: `not a supported article format (${ext}); expected ${EXTENSION_LIST}`, code: 'unsupported' } };
    return;
  }
  let info: Stats | undefined = known;
  try {
    info ??= statSync(path);
  } catch (err) {
    yield { error: { path, ...statError(err) } };
    return;
  }
  if (!info.isFile() && !info.isFIFO() && !info.isCharacterDevice()) {
    yield { error: { path, message: 'cannot read: not a regular file', code: 'unreadable' } };
    return;
  }
  if (info.isFile()) {
    const limit = limitOf(format);
    if (info.size > limit) {
      yield { error: { path, message: format === 'json' ? `JSON collection of ${(info.size / 2 ** 20).toFixed(0)} MB is too large to parse whole; use JSONL` : tooLarge(info.size), code: 'too-large' } };
      return;
    }
    if (info.size === 0) {
      yield { error: { path, message: 'empty file', code: 'empty' } };
      return;
    }
  }
  if (info.isFile() && format !== 'jsonl') {
    // A regular file is read whole in one call: a stream per small article
    // costs more than the reading itself.
    let read;
    try {
      read = readWhole(path, info.size, limitOf(format));
    } catch (err) {
      yield { error: { path, ...statError(err) } };
      return;
    }
    if ('tooLarge' in read) {
      yield { error: { path, message: format === 'json' ? 'JSON collection too large to parse whole; use JSONL' : tooLarge(read.tooLarge), code: 'too-large' } };
      return;
    }
    yield* fromBytes(path, format, read.bytes);
    return;
  }
  yield* readSource(path, format, createReadStream(path));
}

/**
 * All bytes of a regular file of about `size` bytes, or how many there were
 * when over `limit` (the file may have grown since it was looked at).
 */
function readWhole(path: string, size: number, limit: number): { bytes: Buffer } | { tooLarge: number } {
  const fd = openSync(path, 'r');
  try {
    // One byte more than the size tells whether the file grew meanwhile.
    let bytes = Buffer.allocUnsafe(size + 1);
    let length = 0;
    for (;;) {
      if (length === bytes.length) {
        if (length > limit) return { tooLarge: length };
        const more = Buffer.allocUnsafe(Math.min(2 * bytes.length, limit + 1));
        bytes.copy(more, 0, 0, length);
        bytes = more;
      }
      const n = readSync(fd, bytes, length, bytes.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > limit) return { tooLarge: length };
    return { bytes: bytes.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}


function limitOf(format: InputFormat): number {
  return format === 'html' ? MAX_HTML_BYTES : format === 'json' ? MAX_JSON_BYTES : format === 'jsonl' ? Infinity : MAX_ARTICLE_BYTES;
}

/** Read one file or stdin in a given format. */
async function* readSource(path: string, format: InputFormat, stream: NodeJS.ReadableStream): AsyncGenerator<InputEvent> {
  try {
    if (format === 'jsonl') {
      yield* jsonlSource(path, stream);
      return;
    }
    const read = await readCapped(stream, limitOf(format));
    if ('tooLarge' in read) {
      yield { error: { path, message: format === 'json' ? 'JSON collection too large to parse whole; use JSONL' : tooLarge(read.tooLarge), code: 'too-large' } };
      return;
    }
    yield* fromBytes(path, format, read.bytes);
  } catch (err) {
    yield { error: { path, ...statError(err) } };
  } finally {
    if (stream !== process.stdin && 'destroy' in stream && typeof stream.destroy === 'function') stream.destroy();
  }
}

const NOT_SPACE = /\S/;

async function* fromBytes(path: string, format: InputFormat, bytes: Buffer): AsyncGenerator<InputEvent> {
  if (bytes.length === 0) {
    yield { error: { path, message: 'empty file', code: 'empty' } };
    return;
  }
  const decoded = decode(bytes);
  if ('error' in decoded) {
    yield { error: { path, message: decoded.error, code: decoded.error === 'empty file' ? 'empty' : 'binary' } };
    return;
  }
  let { text, warnings } = decoded;
  if (format === 'json') {
    yield* articlesFromJson(path, text, warnings.map(unplaced));
    return;
  }
  if (!NOT_SPACE.test(text)) {
    yield { error: { path, message: 'empty file (only white space)', code: 'empty' } };
    return;
  }
  const id = path === '-' ? 'stdin' : basename(path);
  if (format === 'html') {
    // The HTML parser is loaded only when a page is read.
    const { htmlToArticle } = await import('./html.js');
    // A page that declares Latin-1 or Windows-1252 needs no warning for being read as such.
    if (decoded.encoding === 'windows-1252' && declaresLatin1(text)) warnings = warnings.filter((w) => w.code !== 'encoding');
    const page = htmlToArticle(text);
    if (page.text.trim() === '') {
      yield { error: { path, message: 'no article text found in the HTML page', code: 'empty' } };
      return;
    }
    const size = Buffer.byteLength(page.text, 'utf8');
    if (size > MAX_ARTICLE_BYTES) {
      yield { error: { path, message: tooLarge(size), code: 'too-large' } };
      return;
    }
    const article: Article = { id, path, text: page.text, warnings: warnings.map(unplaced) };
    for (const key of ['title', 'source', 'date', 'url', 'author'] as const) if (page[key]) article[key] = page[key];
    yield { article };
    return;
  }
  yield { article: { id, path, text, warnings } };
}

async function* jsonlSource(path: string, stream: NodeJS.ReadableStream): AsyncGenerator<InputEvent> {
  // Look at the start first: a PDF or a UTF-16 file is not read line by line.
  const iterator = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headLength = 0;
  let done = false;
  while (headLength === 0) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const b = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    head.push(b);
    headLength += b.length;
  }
  const start = Buffer.concat(head);
  if (start.length === 0) {
    yield { error: { path, message: 'empty file', code: 'empty' } };
    return;
  }
  const magic = magicKind(start);
  const utf16 = (start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff);
  if (magic || (!utf16 && start.includes(0))) {
    yield { error: { path, message: `binary file (${magic ?? 'NUL bytes'}), not text`, code: 'binary' } };
    return;
  }
  async function* rest(): AsyncGenerator<Buffer | string> {
    yield start;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  if (utf16) {
    const whole = await readCapped(rest(), MAX_JSON_BYTES);
    if ('tooLarge' in whole) {
      yield { error: { path, message: 'UTF-16 JSONL file too large; save it as UTF-8', code: 'too-large' } };
      return;
    }
    const decoded = decode(whole.bytes);
    if ('error' in decoded) {
      yield { error: { path, message: decoded.error, code: 'binary' } };
      return;
    }
    yield* articlesFromJsonl(path, once(Buffer.from(decoded.text, 'utf8')));
    return;
  }
  yield* articlesFromJsonl(path, rest());
}

/** All bytes of a stream, or how many there were when over `limit`. */
async function readCapped(stream: AsyncIterable<Buffer | string> | NodeJS.ReadableStream, limit: number): Promise<{ bytes: Buffer } | { tooLarge: number }> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    length += b.length;
    if (length > limit) {
      if ('destroy' in stream && typeof stream.destroy === 'function' && stream !== process.stdin) stream.destroy();
      return { tooLarge: length };
    }
    chunks.push(b);
  }
  return { bytes: Buffer.concat(chunks) };
}

async function* once(b: Buffer): AsyncGenerator<Buffer> {
  yield b;
}

function declaresLatin1(html: string): boolean {
  return /<meta[^>]+charset\s*=\s*["']?\s*(?:windows-1252|iso-8859-1|iso-8859-15|latin-?1|cp1252)/i.test(html.slice(0, 4096));
}

function unplaced(w: Warning): Warning {
  return { ...w, start: null, end: null };
}

function statError(err: unknown): { message: string; code: string } {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { message: 'no such file or folder', code: 'missing' };
    case 'EACCES':
    case 'EPERM':
      return { message: 'cannot read: permission denied', code: 'unreadable' };
    case 'ELOOP':
      return { message: 'cannot read: symbolic link loop', code: 'unreadable' };
    case 'EISDIR':
      return { message: 'cannot read: is a folder', code: 'unreadable' };
    default:
      return { message: `cannot read: ${code ?? (err instanceof Error ? err.message : 'error')}`, code: 'unreadable' };
  }
}

/**
 * Article files below a folder, sorted, hidden entries skipped. Symbolic links
 * to folders are not followed. A subfolder that cannot be read is passed to
 * `onError` (and skipped) when given, else the error is thrown.
 */
export async function listFolder(dir: string, exts: Set<string> = ARTICLE_EXTENSIONS, onError?: (dir: string, err: unknown) => void): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch (err) {
      if (!onError) throw err;
      onError(d, err);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else if (exts.has(extname(e.name).toLowerCase())) out.push(full);
    }
  };
  await walk(dir);
  return out;
}
