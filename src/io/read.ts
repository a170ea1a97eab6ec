// Read articles from files, folders and stdin. Yields articles and input
// errors in a stable order (folders sorted, hidden files skipped); an error
// never stops the other inputs.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Article } from '../types.js';
import { decode } from './decode.js';

export interface InputError {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export type InputEvent = { article: Article; error?: undefined } | { error: InputError; article?: undefined };

export interface ReadOptions {
  stdin?: NodeJS.ReadableStream;
  inputFormat?: string;
}

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

/** One line for stderr: `claims: seeds/x.txt:3: message`. */
export function formatInputError(e: InputError): string {
  const where = e.line !== undefined ? `${e.path}:${e.line}${e.column !== undefined ? `:${e.column}` : ''}` : e.path;
  return `claims: ${where}: ${e.message}`;
}

export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<InputEvent> {
  for (const p of paths) {
    if (p === '-') {
      const bytes = await readStream(opts.stdin ?? process.stdin);
      yield* articlesFromBytes('-', bytes);
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch {
      yield { error: { path: p, message: 'no such file or folder' } };
      continue;
    }
    if (info.isDirectory()) {
      const files = await listFolder(p);
      if (files.length === 0) yield { error: { path: p, message: 'folder holds no articles (.txt, .md)' } };
      for (const f of files) yield* readFileInput(f);
    } else {
      yield* readFileInput(p);
    }
  }
}

async function* readFileInput(path: string): AsyncGenerator<InputEvent> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    yield { error: { path, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? 'error'}` } };
    return;
  }
  yield* articlesFromBytes(path, bytes);
}

function* articlesFromBytes(path: string, bytes: Buffer): Generator<InputEvent> {
  const decoded = decode(bytes);
  if ('error' in decoded) {
    yield { error: { path, message: decoded.error } };
    return;
  }
  if (decoded.text.trim() === '') {
    yield { error: { path, message: 'empty file' } };
    return;
  }
  const name = path === '-' ? 'stdin' : basename(path);
  yield {
    article: {
      id: name,
      path,
      text: decoded.text,
      warnings: decoded.warnings,
    },
  };
}

/** Article files below a folder, sorted, hidden entries skipped. */
export async function listFolder(dir: string, exts: Set<string> = ARTICLE_EXTENSIONS): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    const entries = await readdir(d, { withFileTypes: true });
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

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
