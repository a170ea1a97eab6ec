// `claims validate`: check JSON files (extract output, or matrix output) against
// the schema; print every problem with its path; exit 1 on any.
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { listFolder } from '../io/read.js';
import { EXIT, type Io } from '../io/streams.js';
import { Extraction } from '../schema/document.js';

export async function validateCommand(paths: string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  let checked = 0;
  for (const p of paths) {
    let files: string[];
    try {
      files = (await stat(p)).isDirectory() ? await listFolder(p, new Set(['.json'])) : [p];
    } catch {
      io.stderr.write(`claims: ${p}: no such file or folder\n`);
      code = EXIT.usage;
      continue;
    }
    for (const f of files) {
      const problems = await validateFile(f);
      checked++;
      if (problems === null) continue;
      if (code === EXIT.ok) code = EXIT.findings;
      for (const line of problems) io.stdout.write(`${f}: ${line}\n`);
    }
  }
  if (checked === 0 && code === EXIT.ok) {
    io.stderr.write('claims: no JSON files to validate\n');
    return EXIT.usage;
  }
  io.stderr.write(`${checked} file${checked === 1 ? '' : 's'} checked${code === EXIT.findings ? ', problems found' : ', all valid'}\n`);
  return code;
}

/** Problems of one file, as `path: message` lines, or null when valid. */
export async function validateFile(file: string): Promise<string[] | null> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    return [`not valid JSON: ${(err as Error).message}`];
  }
  const isMatrix = typeof data === 'object' && data !== null && 'rows' in data;
  const schema: z.ZodType = isMatrix ? (await import('../schema/matrix.js')).Matrix : Extraction;
  const result = schema.safeParse(data);
  if (result.success) return offsetProblems(data);
  return result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
}

/** With the text included, every span must be the text at its offsets. */
function offsetProblems(data: unknown): string[] | null {
  const docs = (data as { documents?: { text?: string; quotes?: unknown[]; claims?: unknown[] }[] }).documents ?? [];
  const out: string[] = [];
  docs.forEach((d, di) => {
    if (typeof d.text !== 'string') return;
    for (const key of ['quotes', 'claims'] as const) {
      (d[key] as { text: string; start: number; end: number; speaker: null | { text: string; start: number; end: number }; cue: null | { text: string; start: number; end: number } }[] | undefined)?.forEach((s, si) => {
        for (const [name, span] of [['', s], ['.speaker', s.speaker], ['.cue', s.cue]] as const) {
          if (span && d.text!.slice(span.start, span.end) !== span.text)
            out.push(`documents[${di}].${key}[${si}]${name}: text does not match the article at ${span.start}..${span.end}`);
        }
      });
    }
  });
  return out.length ? out : null;
}

function formatPath(path: PropertyKey[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${String(p)}` : String(p);
  return s || '(root)';
}
