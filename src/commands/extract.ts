// `claims extract`: read every input, run the pipeline, validate, write.
// Input errors go to stderr as one line each and the run goes on; the exit
// code is 2 when any input was skipped (or, with --strict, any warning met).
import { z } from 'zod';
import { jsonHead, jsonItem, jsonTail, ndjsonItem } from '../format/json.js';
import { formatInputError, readInputs } from '../io/read.js';
import { openSink } from '../io/output.js';
import { EXIT, type Io, wantColor } from '../io/streams.js';
import { extractArticle } from '../pipeline.js';
import { Document } from '../schema/document.js';

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
  let sink;
  try {
    sink = openSink(opts.out, io.stdout);
  } catch (err) {
    io.stderr.write(`claims: ${opts.out}: cannot write: ${(err as NodeJS.ErrnoException).code ?? 'error'}\n`);
    return EXIT.usage;
  }
  let code: number = EXIT.ok;
  let count = 0;
  const tableDocs: Document[] = [];
  if (format === 'json') sink.write(jsonHead());
  try {
    for await (const ev of readInputs(paths, { stdin: io.stdin, inputFormat: opts.inputFormat })) {
      if (ev.error) {
        io.stderr.write(formatInputError(ev.error) + '\n');
        code = EXIT.usage;
        continue;
      }
      const doc = extractArticle(ev.article, { includeText: opts.includeText });
      const checked = Document.safeParse(doc);
      if (!checked.success) {
        io.stderr.write(`claims: ${ev.article.path}: output failed validation: ${z.prettifyError(checked.error).split('\n').join(' ')}\n`);
        code = EXIT.usage;
        continue;
      }
      if (opts.strict && doc.warnings.length > 0) {
        for (const w of doc.warnings) io.stderr.write(`claims: ${doc.path}: ${w.message}\n`);
        code = EXIT.usage;
      }
      if (format === 'json') sink.write(jsonItem(doc, count));
      else if (format === 'ndjson') sink.write(ndjsonItem(doc));
      else tableDocs.push(doc);
      count++;
    }
    if (format === 'json') sink.write(jsonTail());
    if (format === 'table') {
      const { formatTable } = await import('../format/table.js');
      sink.write(formatTable(tableDocs, { color: wantColor(io.stdout, io.env, opts.color) && !opts.out, width: io.stdout.columns }));
    }
    sink.commit();
  } catch (err) {
    sink.abort();
    throw err;
  }
  return code;
}
