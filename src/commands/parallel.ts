// `claims extract --jobs N`: extraction on N worker threads. The main thread
// reads the inputs and hands articles out in order; each worker runs the
// pipeline, validates the document and sends it back as JSON text. Results
// are passed on strictly in input order, input errors at their place among
// them. At most `window` articles are out at any time (handed out or waiting
// for their turn), so memory stays flat however large the corpus.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { InputError, InputEvent } from '../io/read.js';
import type { Warning } from '../schema/document.js';
import type { Article } from '../types.js';

/** What became of one input, in input order. */
export type Outcome =
  | { kind: 'error'; error: InputError }
  /**
   * `json` is `JSON.stringify(document)`; `warningLines` the document's
   * warnings as `formatWarning` puts them (when asked for); `bytes` the
   * article's UTF-8 size.
   */
  | { kind: 'doc'; path: string; json: string; warnings: Warning[]; warningLines: string[]; bytes: number }
  /** The document did not match the schema: a one-line explanation. */
  | { kind: 'invalid'; path: string; message: string; bytes: number }
  /** The pipeline threw on this article (a bug): its message. */
  | { kind: 'crash'; path: string; message: string; bytes: number };

export interface ParallelOptions {
  jobs: number;
  includeText?: boolean;
  /** Put every warning into `warningLines` (for --strict); otherwise they stay empty. */
  warningLines?: boolean;
  /** Articles out at once (default: 8 per worker). */
  window?: number;
}

interface Task {
  seq: number;
  article: Article;
}

/** A finished article. */
type Done = Exclude<Outcome, { kind: 'error' }>;
type Reply = Done & { seq: number };

interface Role {
  claimsExtract: true;
  includeText: boolean;
  warningLines: boolean;
}

export async function* extractInOrder(events: AsyncIterable<InputEvent>, opts: ParallelOptions): AsyncGenerator<Outcome> {
  const jobs = Math.max(1, opts.jobs);
  const window = Math.max(jobs, opts.window ?? jobs * 8);
  const role: Role = { claimsExtract: true, includeText: opts.includeText === true, warningLines: opts.warningLines === true };
  const workers = Array.from({ length: jobs }, () => new Worker(new URL(import.meta.url), { workerData: role }));
  const load = workers.map(() => 0);
  const ready = new Map<number, Outcome>();
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  workers.forEach((worker, i) => {
    worker.on('message', (reply: Reply) => {
      load[i]--;
      const { seq, ...outcome } = reply;
      ready.set(seq, outcome as Done);
      notify();
    });
    worker.on('error', (err) => {
      failure ??= err instanceof Error ? err : new Error(String(err));
      notify();
    });
    worker.on('exit', (code) => {
      if (load[i] > 0) failure ??= new Error(`extraction worker stopped (exit code ${code})`);
      notify();
    });
  });

  const input = events[Symbol.asyncIterator]();
  let handedOut = 0; // sequence number of the next input
  let passedOn = 0; // sequence number of the next result to yield
  let exhausted = false;
  try {
    for (;;) {
      while (ready.has(passedOn)) {
        const outcome = ready.get(passedOn)!;
        ready.delete(passedOn);
        passedOn++;
        yield outcome;
      }
      if (failure) throw failure;
      if (exhausted && passedOn === handedOut) return;
      if (!exhausted && handedOut - passedOn < window) {
        const next = await input.next();
        if (next.done) {
          exhausted = true;
          continue;
        }
        const seq = handedOut++;
        if (next.value.error) {
          ready.set(seq, { kind: 'error', error: next.value.error });
        } else {
          const i = load.indexOf(Math.min(...load));
          load[i]++;
          workers[i].postMessage({ seq, article: next.value.article } satisfies Task);
        }
        continue;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    await input.return?.(undefined);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

// Inside a worker: load the pipeline, then answer tasks until the main thread
// lets go. (The main thread never loads the pipeline itself; messages sent
// meanwhile wait in the port.)
if (!isMainThread && (workerData as Role | null)?.claimsExtract === true && parentPort) {
  const port = parentPort;
  const { includeText, warningLines: wantLines } = workerData as Role;
  const [{ extractArticle }, { Document }, { z }, { formatWarning }] = await Promise.all([
    import('../pipeline.js'),
    import('../schema/document.js'),
    import('zod'),
    import('../io/read.js'),
  ]);
  // One article through the pipeline and the schema, as the single-threaded run does it.
  const extract = (article: Article): Done => {
    const bytes = Buffer.byteLength(article.text, 'utf8');
    let doc;
    try {
      doc = extractArticle(article, { includeText });
    } catch (err) {
      return { kind: 'crash', path: article.path, message: err instanceof Error ? err.message : String(err), bytes };
    }
    const checked = Document.safeParse(doc);
    if (!checked.success) {
      return { kind: 'invalid', path: article.path, message: z.prettifyError(checked.error).split('\n').join(' '), bytes };
    }
    const warningLines = wantLines ? doc.warnings.map((w) => formatWarning(doc.path, article.text, w)) : [];
    return { kind: 'doc', path: doc.path, json: JSON.stringify(doc), warnings: doc.warnings, warningLines, bytes };
  };
  port.on('message', ({ seq, article }: Task) => {
    port.postMessage({ seq, ...extract(article) } satisfies Reply);
  });
}
