// Reading gold annotations. Two formats, told apart by their content:
//   seeds gold  {documents: {"<file>": [{id, kind, text, start, end, speaker}]}, clusters, note}
//   WikiNews    {documentName, originalText, tokens, annotations}  (one article a file)
// Both become GoldDoc (src/eval/model.ts); seeds gold needs the article texts,
// which the command finds and hands to `seedsDoc`.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import { type InputError, listFolder } from '../io/read.js';
import { GOLD_TYPES, type GoldDoc, type GoldItem } from './model.js';
import { tokenize } from './tokens.js';

const offset = z.number().int().nonnegative();

export const SeedItem = z.object({
  id: z.string(),
  kind: z.enum(['direct', 'partial', 'indirect']),
  text: z.string(),
  start: offset,
  end: offset,
  speaker: z.string().nullable(),
});
export type SeedItem = z.infer<typeof SeedItem>;
export const SeedsGold = z.object({ documents: z.record(z.string(), z.array(SeedItem)) });

const WSpan = z.object({ charBegin: offset, charEnd: offset });
const WRole = z.object({ text: z.string(), spans: z.array(WSpan) });
const WToken = z.object({ text: z.string(), charBegin: offset, charEnd: offset, sentence: z.number().int() });
export const WikiNewsDoc = z.object({
  documentName: z.string(),
  originalText: z.string(),
  tokens: z.array(WToken),
  annotations: z.array(z.object({ type: z.enum(GOLD_TYPES), quote: WRole, speaker: WRole, isNested: z.boolean() })),
});
export type WikiNewsDoc = z.infer<typeof WikiNewsDoc>;

export type LoadedGold =
  | { format: 'seeds'; path: string; seeds: Record<string, SeedItem[]>; errors: InputError[] }
  | { format: 'wikinews'; path: string; docs: GoldDoc[]; errors: InputError[] };

const problem = (err: z.ZodError) => z.prettifyError(err).split('\n').join(' ');

/** Read a gold file, or a folder of WikiNews files. Errors name the file; other files still load. */
export async function loadGold(path: string): Promise<LoadedGold | InputError> {
  let isDir: boolean;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch {
    return { path, message: 'no such gold file or folder' };
  }
  const files = isDir ? await listFolder(path, new Set(['.json'])) : [path];
  if (files.length === 0) return { path, message: 'folder holds no gold files (.json)' };
  const docs: GoldDoc[] = [];
  const errors: InputError[] = [];
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(await readFile(file, 'utf8'));
    } catch (err) {
      errors.push({ path: file, message: err instanceof SyntaxError ? `not valid JSON (${err.message})` : 'cannot read' });
      continue;
    }
    const obj = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
    if (obj && 'documents' in obj && !isDir) {
      const seeds = SeedsGold.safeParse(data);
      if (!seeds.success) return { path: file, message: `not a seeds gold file: ${problem(seeds.error)}` };
      return { format: 'seeds', path: file, seeds: seeds.data.documents, errors };
    }
    if (!obj || !('originalText' in obj)) {
      errors.push({ path: file, message: 'neither seeds gold ({documents}) nor WikiNews ({originalText, annotations})' });
      continue;
    }
    const doc = WikiNewsDoc.safeParse(data);
    if (!doc.success) errors.push({ path: file, message: `not a WikiNews gold file: ${problem(doc.error)}` });
    else {
      const bad = outside(doc.data);
      if (bad) errors.push({ path: file, message: `a span lies outside originalText (${bad})` });
      else docs.push(wikiNewsDoc(doc.data, file));
    }
  }
  if (docs.length === 0) return errors[0] ?? { path, message: 'no gold documents' };
  return { format: 'wikinews', path, docs, errors };
}

/** The first span or token that does not fit the text, as "quote 3: 120..98", else null. */
function outside(d: WikiNewsDoc): string | null {
  const bad = (s: { charBegin: number; charEnd: number }) => s.charEnd < s.charBegin || s.charEnd > d.originalText.length;
  const t = d.tokens.findIndex(bad);
  if (t >= 0) return `token ${t}`;
  for (const [i, a] of d.annotations.entries()) {
    for (const role of ['quote', 'speaker'] as const) {
      const s = a[role].spans.find(bad);
      if (s) return `annotation ${i} ${role}: ${s.charBegin}..${s.charEnd}`;
    }
  }
  return null;
}

/** One WikiNews article; empty speaker spans mean "no speaker". */
export function wikiNewsDoc(d: WikiNewsDoc, path: string): GoldDoc {
  const items: GoldItem[] = d.annotations.map((a, i) => ({
    id: `a${i}`,
    type: a.type,
    label: a.type,
    text: a.quote.text,
    spans: a.quote.spans.map((s) => ({ start: s.charBegin, end: s.charEnd })),
    speaker: a.speaker.spans.length === 0 ? null : { text: a.speaker.text, spans: a.speaker.spans.map((s) => ({ start: s.charBegin, end: s.charEnd })) },
    nested: a.isNested,
  }));
  const tokens = d.tokens
    .map((t) => ({ start: t.charBegin, end: t.charEnd, text: t.text, sentence: t.sentence }))
    .sort((a, b) => a.start - b.start);
  return { id: d.documentName || basename(path), path, text: d.originalText, items, tokens, speakerSpans: true };
}

/**
 * A seed article with its hand annotation. The offsets must fit the text
 * (text.slice(start, end) === item.text), else the text is not the annotated one.
 * An item inside another item's range (a partial quote inside an indirect
 * claim) counts as nested.
 */
export function seedsDoc(id: string, path: string, text: string, seeds: SeedItem[]): GoldDoc | InputError {
  for (const s of seeds) {
    if (s.end < s.start || text.slice(s.start, s.end) !== s.text) {
      return { path, message: `gold ${id}#${s.id} does not fit the text at ${s.start}..${s.end} (another version of the article?)` };
    }
  }
  const items: GoldItem[] = seeds.map((s) => ({
    id: s.id,
    type: s.kind === 'indirect' ? 'Indirect' : 'Direct',
    label: s.kind,
    text: s.text,
    spans: [{ start: s.start, end: s.end }],
    speaker: s.speaker === null ? null : { text: s.speaker, spans: [] },
    nested: seeds.some((o) => o !== s && o.start <= s.start && s.end <= o.end && (o.start !== s.start || o.end !== s.end)),
  }));
  return { id, path, text, items, tokens: tokenize(text), speakerSpans: false };
}
