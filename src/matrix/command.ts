// `claims matrix`: read articles (extracting them) or JSON that `claims
// extract` wrote, build the matrix, write it in the chosen format. Input
// errors go to stderr, one line each; the others are still used (exit 2).
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { formatInputError, readInputs } from '../io/read.js';
import { openSink } from '../io/output.js';
import { EXIT, type Io, wantColor } from '../io/streams.js';
import { extractArticle } from '../pipeline.js';
import { type Document, Extraction } from '../schema/document.js';
import { Matrix } from '../schema/matrix.js';
import { buildMatrix } from './index.js';

export type MatrixFormat = 'table' | 'json' | 'csv' | 'markdown' | 'html';

export interface MatrixCommandOptions {
  format?: MatrixFormat;
  out?: string;
  color?: boolean;
}

const BY_EXTENSION: Record<string, MatrixFormat> = { '.json': 'json', '.csv': 'csv', '.md': 'markdown', '.html': 'html', '.htm': 'html' };

export async function matrixCommand(paths: string[], opts: MatrixCommandOptions, io: Io): Promise<number> {
  const format: MatrixFormat =
    opts.format ?? (opts.out ? (BY_EXTENSION[extname(opts.out).toLowerCase()] ?? 'json') : io.stdout.isTTY ? 'table' : 'json');
  let code: number = EXIT.ok;
  const docs: Document[] = [];
  const articles: string[] = [];

  // Standard input may carry extract output too: `claims extract seeds/ | claims matrix -`.
  let stdin: Buffer | null = null;
  if (paths.includes('-')) {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    stdin = Buffer.concat(chunks);
  }

  // Keep input order: extract output in place, articles read in runs between them.
  const flush = async () => {
    if (articles.length === 0) return;
    for await (const ev of readInputs(articles.splice(0), { stdin: Readable.from(stdin ? [stdin] : []) })) {
      if (ev.error) {
        io.stderr.write(formatInputError(ev.error) + '\n');
        code = EXIT.usage;
        continue;
      }
      docs.push(extractArticle(ev.article, { includeText: true }));
    }
  };
  for (const p of paths) {
    const extraction = p === '-' ? parseExtraction(stdin!.toString('utf8')) : await readExtraction(p);
    if (extraction === null) {
      articles.push(p);
      continue;
    }
    await flush();
    if ('error' in extraction) {
      io.stderr.write(`claims: ${p}: ${extraction.error}\n`);
      code = EXIT.usage;
      continue;
    }
    docs.push(...extraction.documents);
  }
  await flush();
  if (docs.length === 0) {
    io.stderr.write('claims: no articles to compare\n');
    return EXIT.usage;
  }

  const matrix = buildMatrix(docs);
  const checked = Matrix.safeParse(matrix);
  if (!checked.success) {
    io.stderr.write(`claims: matrix failed validation: ${oneLine(z.prettifyError(checked.error))}\n`);
    return EXIT.usage;
  }

  let sink;
  try {
    sink = openSink(opts.out, io.stdout);
  } catch (err) {
    io.stderr.write(`claims: ${opts.out}: cannot write: ${(err as NodeJS.ErrnoException).code ?? 'error'}\n`);
    return EXIT.usage;
  }
  try {
    sink.write(await render(matrix, format, { color: wantColor(io.stdout, io.env, opts.color) && !opts.out, width: io.stdout.columns }));
    sink.commit();
  } catch (err) {
    sink.abort();
    throw err;
  }
  return code;
}

async function render(matrix: Matrix, format: MatrixFormat, o: { color: boolean; width?: number }): Promise<string> {
  switch (format) {
    case 'json':
      return JSON.stringify(matrix, null, 2) + '\n';
    case 'csv':
      return (await import('../format/matrix-csv.js')).formatMatrixCsv(matrix);
    case 'markdown':
      return (await import('../format/matrix-markdown.js')).formatMatrixMarkdown(matrix);
    case 'html':
      return (await import('../format/matrix-html.js')).formatMatrixHtml(matrix);
    default:
      return (await import('../format/matrix-table.js')).formatMatrixTable(matrix, o);
  }
}

/**
 * JSON that `claims extract` wrote: `{schemaVersion: 1, documents: […]}`.
 * Null when the path is something else (an article, a folder, a collection).
 */
async function readExtraction(p: string): Promise<Extraction | { error: string } | null> {
  if (p === '-' || extname(p).toLowerCase() !== '.json') return null;
  try {
    if (!(await stat(p)).isFile()) return null;
  } catch {
    return null;
  }
  return parseExtraction(await readFile(p, 'utf8'));
}

function parseExtraction(text: string): Extraction | { error: string } | null {
  if (!/^\s*\{/.test(text)) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null; // not one JSON value: a collection or an article, for readInputs to judge
  }
  if (typeof data !== 'object' || data === null || !('documents' in data) || !('schemaVersion' in data)) return null;
  const parsed = Extraction.safeParse(data);
  if (!parsed.success) return { error: `not valid extract output: ${oneLine(z.prettifyError(parsed.error))}` };
  return parsed.data;
}

/** A multi-line zod report on one line: "✖ expected string → at documents[0].path; …". */
function oneLine(report: string, max = 3): string {
  const issues = report.split(/\n(?=✖)/).map((s) => s.replace(/\s+/g, ' ').trim());
  return issues.slice(0, max).join('; ') + (issues.length > max ? `; and ${issues.length - max} more` : '');
}
