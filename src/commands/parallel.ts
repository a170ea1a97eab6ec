// `claims extract --jobs N`: extraction on N worker threads. The main thread
// reads the inputs and hands articles out in batches, in order; each worker
// runs the pipeline, validates each document and sends it back as JSON text.
// Results are passed on strictly in input order, input errors at their place
// among them. At most `window` articles are out at any time (handed out or
// waiting for their turn), so memory stays flat however large the corpus.
//
// A batch holds up to `batch` articles (fewer once it reaches BATCH_BYTES of
// text): one message per batch instead of one per article. A batch is also
// sent as soon as the input makes the main thread wait (stdin typed or piped
// slowly), so no article waits for others that have not arrived yet.
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
  /** Inputs in one batch at most (default 16); a batch is one message to a worker. */
  batch?: number;
  /** Inputs out at once, handed out or waiting for their turn (default: two batches per worker). */
  window?: number;
}

/** A batch is sent once its texts reach this many UTF-16 code units (about 256 KB). */
const BATCH_BYTES = 128 * 1024;
const DEFAULT_BATCH = 16;

/** A finished article. */
type Done = Exclude<Outcome, { kind: 'error' }>;

interface Task {
  seq: number;
  articles: Article[];
}

interface Reply {
  seq: number;
  done: Done[];
}

/** Inputs in order: an input error as it is, an article as `null` until its outcome comes back. */
type Slot = Outcome | null;

interface Role {
  claimsExtract: true;
  includeText: boolean;
  warningLines: boolean;
}

export async function* extractInOrder(events: AsyncIterable<InputEvent>, opts: ParallelOptions): AsyncGenerator<Outcome> {
  const jobs = Math.max(1, opts.jobs);
  const batchSize = Math.max(1, opts.batch ?? DEFAULT_BATCH);
  const window = Math.max(1, opts.window ?? jobs * 2 * batchSize);
  const role: Role = { claimsExtract: true, includeText: opts.includeText === true, warningLines: opts.warningLines === true };
  // Started before the first input is read: they load the pipeline meanwhile.
  const workers = Array.from({ length: jobs }, () => new Worker(new URL(import.meta.url), { workerData: role }));
  /** Articles handed to each worker and not yet answered. */
  const load = workers.map(() => 0);
  /** Batches by sequence number: their slots, filled in as replies come. */
  const batches = new Map<number, { slots: Slot[]; waiting: boolean }>();
  let failure: Error | null = null;
  // `changed` settles at the next reply, worker error or exit (or when the batch is due).
  let fire!: () => void;
  let changed!: Promise<void>;
  const rearm = () => {
    changed = new Promise<void>((resolve) => (fire = resolve));
  };
  rearm();
  const notify = () => {
    const f = fire;
    rearm();
    f();
  };

  workers.forEach((worker, i) => {
    worker.on('message', ({ seq, done }: Reply) => {
      load[i] -= done.length;
      const b = batches.get(seq);
      if (b) {
        let k = 0;
        for (let j = 0; j < b.slots.length; j++) if (b.slots[j] === null) b.slots[j] = done[k++];
        b.waiting = false;
      }
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

  // The batch being filled: its slots, its articles and their size. Once an
  // input is in it, a turn of the event loop marks it `due`: the input has
  // kept us waiting, so the batch goes out as it is.
  let slots: Slot[] = [];
  let articles: Article[] = [];
  let units = 0;
  let due = false;
  let timer: NodeJS.Immediate | null = null;
  let sent = 0; // sequence number of the next batch
  let passedOn = 0; // sequence number of the next batch to yield
  let out = 0; // inputs read and not yet passed on
  const send = () => {
    if (slots.length === 0) return;
    const seq = sent++;
    batches.set(seq, { slots, waiting: articles.length > 0 });
    if (articles.length > 0) {
      const i = load.indexOf(Math.min(...load));
      load[i] += articles.length;
      workers[i].postMessage({ seq, articles } satisfies Task);
    }
    slots = [];
    articles = [];
    units = 0;
    due = false;
    if (timer) clearImmediate(timer);
    timer = null;
  };

  const input = events[Symbol.asyncIterator]();
  let pending: Promise<IteratorResult<InputEvent>> | null = null;
  let exhausted = false;
  try {
    for (;;) {
      const news = changed;
      for (let b = batches.get(passedOn); b && !b.waiting; b = batches.get(passedOn)) {
        batches.delete(passedOn);
        passedOn++;
        for (const slot of b.slots) {
          out--;
          yield slot!;
        }
      }
      if (failure) throw failure;
      if (exhausted && slots.length === 0 && passedOn === sent) return;
      if (!exhausted && out < window) {
        // The input kept us waiting: let the workers have what there is.
        if (due) send();
        pending ??= input.next();
        // Meanwhile results are passed on as they come.
        const next = await Promise.race([pending, news.then(() => null)]);
        if (next === null) continue;
        pending = null;
        if (next.done) {
          exhausted = true;
          send();
          continue;
        }
        out++;
        if (slots.length === 0) {
          timer = setImmediate(() => {
            timer = null;
            due = true;
            notify();
          });
        }
        if (next.value.error) {
          slots.push({ kind: 'error', error: next.value.error });
        } else {
          slots.push(null);
          articles.push(next.value.article);
          units += next.value.article.text.length;
        }
        if (slots.length >= batchSize || units >= BATCH_BYTES || out >= window) send();
        continue;
      }
      send();
      await news;
    }
  } finally {
    if (timer) clearImmediate(timer);
    // An input read still under way (stdin waiting for more) is not waited for.
    const closing = input.return?.(undefined);
    if (pending) {
      pending.catch(() => {});
      closing?.catch(() => {});
    } else {
      await closing;
    }
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

// Inside a worker: load the pipeline, then answer batches until the main
// thread lets go. (The main thread never loads the pipeline itself; messages
// sent meanwhile wait in the port.)
if (!isMainThread && (workerData as Role | null)?.claimsExtract === true && parentPort) {
  const port = parentPort;
  const { includeText, warningLines: wantLines } = workerData as Role;
  const [{ extractArticle }, { Document }, { z }, formatWarning] = await Promise.all([
    import('../pipeline.js'),
    import('../schema/document.js'),
    import('zod'),
    wantLines ? import('../io/read.js').then((m) => m.formatWarning) : null,
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
    const warningLines = formatWarning ? doc.warnings.map((w) => formatWarning(doc.path, article.text, w)) : [];
    let json: string;
    try {
      json = JSON.stringify(doc);
    } catch (err) {
      return { kind: 'crash', path: article.path, message: `output too large to write: ${err instanceof Error ? err.message : String(err)}`, bytes };
    }
    return { kind: 'doc', path: doc.path, json, warnings: doc.warnings, warningLines, bytes };
  };
  port.on('message', ({ seq, articles }: Task) => {
    port.postMessage({ seq, done: articles.map(extract) } satisfies Reply);
  });
}
