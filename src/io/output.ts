// Where results go: stdout, or a file written atomically (a temporary file in
// the same folder, renamed when complete). An interrupted run (Ctrl-C,
// SIGTERM, a crash) leaves neither a half-written file nor the temporary one.
// A write that fails (disk full, `| head` closing stdout) does not throw: the
// sink remembers the error and ignores later writes, so the command can stop
// and say what happened.
import { closeSync, lstatSync, openSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Out } from './streams.js';

export interface Sink extends Out {
  /** Finish: rename the file into place (no-op for stdout). Throws when that fails. */
  commit(): void;
  /** Give up: remove the temporary file. */
  abort(): void;
  /** The first write error, if any (EPIPE when stdout was closed). */
  readonly error: NodeJS.ErrnoException | null;
}

const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/** Something a user can act on: "no space left on device (ENOSPC)". */
export function describeWriteError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  const words: Record<string, string> = {
    ENOENT: 'the folder does not exist',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a folder',
    ENOSPC: 'no space left on device',
    EROFS: 'read-only file system',
    EPIPE: 'the reader closed the pipe',
  };
  if (code && words[code]) return `${words[code]} (${code})`;
  return code ?? (err instanceof Error ? err.message : String(err));
}

export function openSink(outPath: string | undefined, stdout: Out): Sink {
  if (!outPath) return stdoutSink(stdout);

  let info;
  try {
    info = statSync(outPath);
  } catch {
    /* does not exist yet: fine */
  }
  if (info?.isDirectory()) throw Object.assign(new Error(`${outPath} is a folder`), { code: 'EISDIR' });
  // /dev/stdout, /dev/null, a named pipe: written to directly, never replaced by a file.
  if (info && !info.isFile()) return directSink(outPath);
  // A symbolic link is followed: the file it points to is replaced, not the link.
  const target = info ? realpathSync(outPath) : danglingTarget(outPath);

  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  const fd = openSync(tmp, 'w');
  const w = fdWriter(fd);

  const cleanup = () => {
    if (w.closed) return;
    w.closed = true;
    try {
      closeSync(fd);
    } catch {
      /* already closed */
    }
    rmSync(tmp, { force: true });
  };
  const onSignal = (signal: keyof typeof SIGNALS) => {
    cleanup();
    process.exit(SIGNALS[signal]);
  };
  const handlers = Object.keys(SIGNALS).map((s) => {
    const signal = s as keyof typeof SIGNALS;
    const handler = () => onSignal(signal);
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  // Also on process.exit() or an uncaught exception.
  process.once('exit', cleanup);
  const release = () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
    process.off('exit', cleanup);
  };

  const sink: Sink = {
    isTTY: false,
    get error() {
      return w.error;
    },
    write: (s: string) => w.write(s),
    commit() {
      if (w.closed) return;
      if (w.error) {
        const err = w.error;
        sink.abort();
        throw err;
      }
      w.closed = true;
      try {
        closeSync(fd);
        renameSync(tmp, target);
      } catch (err) {
        rmSync(tmp, { force: true });
        throw err;
      } finally {
        release();
      }
    },
    abort() {
      cleanup();
      release();
    },
  };
  return sink;
}

interface FdWriter {
  closed: boolean;
  error: NodeJS.ErrnoException | null;
  write(s: string): boolean;
}

/** Writes to a file descriptor; the first error is kept and later writes are dropped. */
function fdWriter(fd: number): FdWriter {
  const w: FdWriter = {
    closed: false,
    error: null,
    write(s: string) {
      if (w.closed || w.error) return false;
      try {
        writeSync(fd, s);
      } catch (err) {
        w.error = err as NodeJS.ErrnoException;
        return false;
      }
      return true;
    },
  };
  return w;
}

/** Where a link to a file that does not exist yet points (or the path itself). */
function danglingTarget(path: string): string {
  try {
    if (lstatSync(path).isSymbolicLink()) return resolve(dirname(path), readlinkSync(path));
  } catch {
    /* no such path */
  }
  return path;
}

/** A device or pipe: no temporary file, no rename. */
function directSink(path: string): Sink {
  const fd = openSync(path, 'w');
  const w = fdWriter(fd);
  const close = () => {
    if (w.closed) return;
    w.closed = true;
    closeSync(fd);
  };
  return {
    isTTY: false,
    get error() {
      return w.error;
    },
    write: (s: string) => w.write(s),
    commit() {
      close();
      if (w.error) throw w.error;
    },
    abort: close,
  };
}

// One listener per stream for the life of the process: `claims extract … | head`
// closes the pipe and Node reports EPIPE as an 'error' event, possibly after
// the command has returned; unheard, it would end the process with a stack trace.
const streamErrors = new WeakMap<object, { error: NodeJS.ErrnoException | null }>();

function stdoutSink(stdout: Out): Sink {
  let state = streamErrors.get(stdout);
  if (!state) {
    const s: { error: NodeJS.ErrnoException | null } = { error: null };
    state = s;
    streamErrors.set(stdout, s);
    const emitter = stdout as Out & { on?: (e: string, f: (err: Error) => void) => unknown };
    if (typeof emitter.on === 'function') emitter.on('error', (err: Error) => (s.error ??= err as NodeJS.ErrnoException));
  }
  const st = state;
  return {
    isTTY: stdout.isTTY,
    columns: stdout.columns,
    get error() {
      return st.error;
    },
    write(s: string) {
      if (st.error) return false;
      try {
        stdout.write(s);
      } catch (err) {
        st.error ??= err as NodeJS.ErrnoException;
        return false;
      }
      return true;
    },
    commit() {},
    abort() {},
  };
}
