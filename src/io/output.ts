// Where results go: stdout, or a file written atomically (a temporary file in
// the same folder, renamed when complete, removed when interrupted).
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Out } from './streams.js';

export interface Sink extends Out {
  /** Finish: rename the file into place (no-op for stdout). */
  commit(): void;
  /** Give up: remove the temporary file. */
  abort(): void;
}

export function openSink(outPath: string | undefined, stdout: Out): Sink {
  if (!outPath) {
    return { write: (s: string) => stdout.write(s), isTTY: stdout.isTTY, columns: stdout.columns, commit() {}, abort() {} };
  }
  const tmp = join(dirname(outPath), `.${basename(outPath)}.${process.pid}.tmp`);
  const fd = openSync(tmp, 'w');
  let open = true;
  const onSignal = () => {
    sink.abort();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  const sink: Sink = {
    isTTY: false,
    write(s: string) {
      writeSync(fd, s);
      return true;
    },
    commit() {
      if (!open) return;
      open = false;
      closeSync(fd);
      renameSync(tmp, outPath);
      process.off('SIGINT', onSignal);
    },
    abort() {
      if (!open) return;
      open = false;
      closeSync(fd);
      rmSync(tmp, { force: true });
      process.off('SIGINT', onSignal);
    },
  };
  return sink;
}
