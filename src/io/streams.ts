// Where a command reads and writes. Tests pass their own; the binary passes
// the process's.
import { readFileSync } from 'node:fs';

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export interface Out {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: Out;
  stderr: Out;
  stdin: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
  version?: string;
}

export function processIo(): Io {
  let version = '0.0.0';
  try {
    version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
  } catch {
    /* keep the placeholder */
  }
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, version };
}

/** Colour is wanted on a terminal, unless NO_COLOR or --no-color says otherwise. */
export function wantColor(out: Out, env: Io['env'], flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return out.isTTY === true;
}
