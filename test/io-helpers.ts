// Shared by the input-layer tests: where things are, how to run the binary,
// how to collect what readInputs yields, and the offset check every output
// must pass.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { type InputEvent, readInputs, type ReadOptions } from '../src/io/read.js';
import type { Document } from '../src/schema/document.js';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const inputs = join(repoRoot, 'fixtures/inputs');
export const sharedDir = fileURLToPath(new URL('../../shared/', import.meta.url));
export const hasShared = existsSync(sharedDir);
export const bin = join(repoRoot, 'bin/claims');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built binary (npm test builds first). */
export function claims(args: string[], opts: { input?: string | Buffer; cwd?: string } = {}): Run {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: opts.cwd ?? repoRoot,
    input: opts.input,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', CI: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same, asynchronously (for tests that signal the process). */
export function claimsAsync(args: string[]) {
  return spawn(process.execPath, [bin, ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1', CI: '1' } });
}

export function tempDir(prefix = 'claims-io-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export const stderrLines = (s: string) => s.split('\n').filter((l) => l !== '');

/** Everything readInputs yields for these paths. */
export async function collect(paths: string[], opts: ReadOptions = {}): Promise<InputEvent[]> {
  const out: InputEvent[] = [];
  for await (const ev of readInputs(paths, opts)) out.push(ev);
  return out;
}

export function stdinOf(data: string | Buffer): NodeJS.ReadableStream {
  return Readable.from([typeof data === 'string' ? Buffer.from(data) : data]);
}

/** Every span of a document that does not match the text at its offsets (empty when all are honest). */
export function dishonestSpans(doc: Document, text: string): string[] {
  const bad: string[] = [];
  const check = (where: string, s: { text: string; start: number; end: number } | null | undefined) => {
    if (!s) return;
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length)) {
      bad.push(`${where}: ${s.start}..${s.end} outside 0..${text.length}`);
    } else if (text.slice(s.start, s.end) !== s.text) {
      bad.push(`${where}: ${JSON.stringify(text.slice(s.start, s.end))} !== ${JSON.stringify(s.text)} at ${s.start}..${s.end}`);
    }
  };
  for (const [kind, list] of [['quotes', doc.quotes], ['claims', doc.claims]] as const) {
    list.forEach((q, i) => {
      check(`${kind}[${i}]`, q);
      check(`${kind}[${i}].speaker`, q.speaker);
      check(`${kind}[${i}].cue`, q.cue);
      check(`${kind}[${i}].sentence`, q.sentence);
    });
  }
  doc.entities?.forEach((e, i) => e.mentions.forEach((m, k) => check(`entities[${i}].mentions[${k}]`, m)));
  doc.warnings.forEach((w, i) => {
    if (w.start === null && w.end === null) return;
    if (w.start === null || w.end === null || w.start < 0 || w.start > w.end || w.end > text.length) bad.push(`warnings[${i}]: ${w.start}..${w.end} outside 0..${text.length}`);
  });
  return bad;
}
