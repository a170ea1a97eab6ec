// `claims extract`: read every input, run the pipeline, validate, write.
// Input errors go to stderr as one line each and the run goes on; the exit
// code is 2 when any input was skipped (or, with --strict, any warning met).
// With --jobs N > 1 the pipeline runs on worker threads (./parallel.ts); the
// output is byte for byte the same, in the same order.
import { jsonHead, jsonItem, jsonTail, ndjsonItem } from '../format/json.js';
import { formatInputError, formatWarning, readInputs } from '../io/read.js';
import { describeWriteError, openSink } from '../io/output.js';
import { progressFor } from '../io/progress.js';
import { EXIT, type Io, wantColor } from '../io/streams.js';
import type { Document } from '../schema/document.js';

export interface ExtractOptions {
  format?: 'json' | 'ndjson' | 'table';
  out?: string;
  color?: boolean;
  includeText?: boolean;
  inputFormat?: string;
  strict?: boolean;
  jobs?: string;
}

export async function extractCommand(paths: string[], opts: ExtractOptions, io: Io): Promise<number> {
  const format = opts.format ?? (opts.out || !io.stdout.isTTY ? 'json' : 'table');
  const jobs = parseJobs(opts.jobs);
  if (jobs === undefined) {
    io.stderr.write(`claims: --jobs must be a whole number from 1 to ${MAX_JOBS}, not '${opts.jobs}'\n`);
    return EXIT.usage;
  }
  let sink;
  try {
    sink = openSink(opts.out, io.stdout);
  } catch (err) {
    io.stderr.write(`claims: ${opts.out}: cannot write: ${describeWriteError(err)}\n`);
    return EXIT.usage;
  }
  const progress = progressFor(io, paths, format !== 'table' && !opts.out);
  const say = (line: string) => {
    progress.wipe();
    io.stderr.write(line + '\n');
  };
  let code: number = EXIT.ok;
  let count = 0;
  const tableDocs: Document[] = [];
  // --strict: every warning is an error (one line each, with its place when the text is known); the document is still written.
  const strictCheck = (lines: () => string[]) => {
    if (!opts.strict) return;
    const found = lines();
    for (const line of found) say(line);
    if (found.length > 0) code = EXIT.usage;
  };
  // A failed write stops the run, nothing half-written left behind; a reader that closed the pipe (`| head`) needs no message.
  const writeFailed = (err: NodeJS.ErrnoException) => {
    progress.done();
    sink.abort();
    if (err.code !== 'EPIPE') say(`claims: ${opts.out ?? 'stdout'}: cannot write: ${describeWriteError(err)}`);
    return EXIT.usage;
  };
  if (format === 'json') sink.write(jsonHead());
  try {
    const events = readInputs(paths, { stdin: io.stdin, inputFormat: opts.inputFormat });
    if (jobs > 1) {
      const { extractInOrder } = await import('./parallel.js');
      for await (const o of extractInOrder(events, { jobs, includeText: opts.includeText, warningLines: opts.strict })) {
        if (sink.error) break;
        if (o.kind === 'error') {
          say(formatInputError(o.error));
          code = EXIT.usage;
          continue;
        }
        if (o.kind === 'crash') {
          say(`claims: ${o.path}: internal error while extracting: ${o.message}`);
          code = EXIT.usage;
          continue;
        }
        progress.tick(o.bytes);
        if (o.kind === 'invalid') {
          say(`claims: ${o.path}: output failed validation: ${o.message}`);
          code = EXIT.usage;
          continue;
        }
        strictCheck(() => o.warningLines);
        // The same framing as jsonItem / ndjsonItem, around the worker's JSON.
        if (format === 'json') sink.write((count > 0 ? ',\n' : '') + o.json);
        else if (format === 'ndjson') sink.write(o.json + '\n');
        else tableDocs.push(JSON.parse(o.json) as Document);
        count++;
      }
    } else {
      // Loaded here, so that --jobs N leaves the pipeline to the workers.
      const [{ extractArticle }, { Document }, { z }] = await Promise.all([import('../pipeline.js'), import('../schema/document.js'), import('zod')]);
      for await (const ev of events) {
        if (sink.error) break;
        if (ev.error) {
          say(formatInputError(ev.error));
          code = EXIT.usage;
          continue;
        }
        let doc;
        try {
          doc = extractArticle(ev.article, { includeText: opts.includeText });
        } catch (err) {
          // A bug in the pipeline costs this article only; the others are still written.
          say(`claims: ${ev.article.path}: internal error while extracting: ${err instanceof Error ? err.message : String(err)}`);
          code = EXIT.usage;
          continue;
        }
        if (progress.active) progress.tick(Buffer.byteLength(ev.article.text, 'utf8'));
        const checked = Document.safeParse(doc);
        if (!checked.success) {
          say(`claims: ${ev.article.path}: output failed validation: ${z.prettifyError(checked.error).split('\n').join(' ')}`);
          code = EXIT.usage;
          continue;
        }
        strictCheck(() => doc.warnings.map((w) => formatWarning(doc.path, ev.article.text, w)));
        // Serialised before a byte is written, so a document too large for one string costs only itself.
        let item = '';
        try {
          if (format === 'json') item = jsonItem(doc, count);
          else if (format === 'ndjson') item = ndjsonItem(doc);
        } catch (err) {
          say(`claims: ${ev.article.path}: output too large to write: ${err instanceof Error ? err.message : String(err)}`);
          code = EXIT.usage;
          continue;
        }
        if (format === 'table') tableDocs.push(doc);
        else sink.write(item);
        count++;
      }
    }
    progress.done();
    if (format === 'json') sink.write(jsonTail());
    if (format === 'table') {
      const { formatTable } = await import('../format/table.js');
      sink.write(formatTable(tableDocs, { color: wantColor(io.stdout, io.env, opts.color) && !opts.out, width: io.stdout.columns }));
    }
    if (sink.error) return writeFailed(sink.error);
    try {
      sink.commit();
    } catch (err) {
      return writeFailed(err as NodeJS.ErrnoException);
    }
  } catch (err) {
    progress.done();
    sink.abort();
    throw err;
  }
  return code;
}

const MAX_JOBS = 64;

/** `--jobs`: a whole number of worker threads, 1 (no workers) by default. */
function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return 1;
  if (!/^\d+$/.test(value.trim())) return undefined;
  const n = Number(value);
  return n >= 1 && n <= MAX_JOBS ? n : undefined;
}
