// How well the matrix groups statements, against hand-made clusters
// (`clusters: [["file#id", …]]` over the gold statements of each file).
// Two modes:
//   extracted  gold statements are mapped to extracted ones by span overlap;
//   gold       the gold statements themselves become the documents, so that
//              clustering is measured apart from extraction.
// Scores are pairwise over the matched gold statements. Recall: of the pairs
// a gold cluster links, how many share a row. Precision: of the pairs of
// clustered statements that share a row, how many the gold links (no two of
// its clusters in one row). `precisionAll` also counts statements the gold
// left out of every cluster, as singletons.
//
//   node dist/matrix/eval-clusters.js ../shared/gold/seeds.gold.json seeds/ [--pairs]
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { readInputs } from '../io/read.js';
import { extractArticle, newWork } from '../pipeline.js';
import type { Claim, Document, Quote, Speaker, SpeakerType } from '../schema/document.js';
import type { Matrix } from '../schema/matrix.js';
import { segment } from '../stages/segment.js';
import { buildMatrix, type MatrixOptions } from './index.js';
import { ROLE_WORD } from './lexicon.js';

export const GoldStatement = z.object({
  id: z.string(),
  kind: z.string(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  speaker: z.string().nullable().optional(),
});
export type GoldStatement = z.infer<typeof GoldStatement>;

export const ClusterGold = z.object({
  documents: z.record(z.string(), z.array(GoldStatement)),
  clusters: z.array(z.array(z.string())),
});
export type ClusterGold = z.infer<typeof ClusterGold>;

export interface PairScore {
  /** Over pairs of statements that both stand in some gold cluster. */
  precision: number;
  /** Over all pairs, unclustered gold statements taken as singletons. */
  precisionAll: number;
  recall: number;
  f1: number;
  /** Gold statements that found an extracted statement (all of them in gold mode). */
  matched: number;
  total: number;
  /** Pairs the gold links / the matrix links (among clustered statements; among all) / both. */
  goldPairs: number;
  predictedPairs: number;
  predictedPairsAll: number;
  truePairs: number;
  /** Linked by the gold, apart in the matrix. */
  missed: [string, string][];
  /** Together in the matrix, apart in the gold. */
  wrong: [string, string][];
}

/** Pairwise precision and recall of the matrix rows against the gold clusters. */
export function scorePairs(gold: ClusterGold, matrix: Matrix, assignment: Map<string, { document: string; statementId: string }>): PairScore {
  const rowOf = new Map<string, string>();
  for (const r of matrix.rows) for (const m of r.members) rowOf.set(`${m.document}#${m.statementId}`, r.id);
  const clusterOf = new Map<string, number>();
  gold.clusters.forEach((c, k) => c.forEach((key) => clusterOf.set(key, k)));
  const keys = Object.entries(gold.documents).flatMap(([file, ss]) => ss.map((s) => `${file}#${s.id}`));
  const placed: { key: string; row: string | undefined }[] = [];
  for (const key of keys) {
    const a = assignment.get(key);
    if (a) placed.push({ key, row: rowOf.get(`${a.document}#${a.statementId}`) });
  }
  let goldPairs = 0;
  let predictedPairs = 0;
  let predictedPairsAll = 0;
  let truePairs = 0;
  const missed: [string, string][] = [];
  const wrong: [string, string][] = [];
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      const ci = clusterOf.get(placed[i].key);
      const cj = clusterOf.get(placed[j].key);
      const g = ci !== undefined && ci === cj;
      const p = placed[i].row !== undefined && placed[i].row === placed[j].row;
      if (g) goldPairs++;
      if (p) predictedPairsAll++;
      if (p && ci !== undefined && cj !== undefined) predictedPairs++;
      if (g && p) truePairs++;
      if (g && !p) missed.push([placed[i].key, placed[j].key]);
      if (p && !g) wrong.push([placed[i].key, placed[j].key]);
    }
  }
  const precision = predictedPairs ? truePairs / predictedPairs : 1;
  const precisionAll = predictedPairsAll ? truePairs / predictedPairsAll : 1;
  const recall = goldPairs ? truePairs / goldPairs : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, precisionAll, recall, f1, matched: placed.length, total: keys.length, goldPairs, predictedPairs, predictedPairsAll, truePairs, missed, wrong };
}

/**
 * Each gold statement to the extracted statement of the same file that
 * overlaps it most (at least half of the shorter span), one to one.
 */
export function mapByOverlap(gold: ClusterGold, docs: readonly Document[]): Map<string, { document: string; statementId: string }> {
  const candidates: { key: string; doc: string; id: string; score: number }[] = [];
  for (const doc of docs) {
    const goldStatements = gold.documents[doc.id] ?? [];
    const ours = [...doc.quotes, ...doc.claims];
    for (const g of goldStatements) {
      for (const s of ours) {
        const inter = Math.min(g.end, s.end) - Math.max(g.start, s.start);
        if (inter <= 0) continue;
        const shorter = Math.min(g.end - g.start, s.end - s.start);
        if (inter < shorter * 0.5) continue;
        const sameType = isQuoteKind(g.kind) === isQuoteKind(s.kind);
        const union = Math.max(g.end, s.end) - Math.min(g.start, s.start);
        candidates.push({ key: `${doc.id}#${g.id}`, doc: doc.id, id: s.id, score: inter / union + (sameType ? 1 : 0) });
      }
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const out = new Map<string, { document: string; statementId: string }>();
  const taken = new Set<string>();
  for (const c of candidates) {
    if (out.has(c.key) || taken.has(`${c.doc}#${c.id}`)) continue;
    out.set(c.key, { document: c.doc, statementId: c.id });
    taken.add(`${c.doc}#${c.id}`);
  }
  return out;
}

const isQuoteKind = (k: string) => k === 'direct' || k === 'partial';
const CLAIM_KINDS = new Set(['indirect', 'free-indirect', 'according-to', 'reported']);
const ORGANISATION = /(haus|hauses|regierung|ministerium|amt|partei|kreml|kremls|agentur|rat|kommission|gericht|bank|verband|institut|armee|polizei|tass|moskau|washington|kiew|berlin|peking|brüssel)$/i;

/**
 * The gold statements as documents: gold speakers and kinds, sentences from
 * the text; role and affiliation from the extracted entity of the same name
 * when there is one, else from the role noun printed before the name.
 */
export function goldDocuments(gold: ClusterGold, texts: ReadonlyMap<string, string>, extracted: readonly Document[] = []): Document[] {
  const docs: Document[] = [];
  for (const [file, statements] of Object.entries(gold.documents)) {
    const text = texts.get(file);
    if (text === undefined) continue;
    const work = segment(newWork({ id: file, path: file, text, warnings: [] }));
    const sentenceAt = (pos: number) => {
      const s = work.sentences.find((x) => x.start <= pos && pos < x.end) ?? work.sentences[work.sentences.length - 1];
      return { index: s.index, text: text.slice(s.start, s.end), start: s.start, end: s.end };
    };
    const ex = extracted.find((d) => d.id === file);
    const quotes: Quote[] = [];
    const claims: Claim[] = [];
    for (const g of statements) {
      const speaker = g.speaker ? goldSpeaker(g.speaker, text, ex) : null;
      const base = { id: g.id, text: g.text, start: g.start, end: g.end, sentence: sentenceAt(g.start), speaker, cue: null };
      if (isQuoteKind(g.kind)) quotes.push({ ...base, kind: g.kind as Quote['kind'] });
      else claims.push({ ...base, kind: (CLAIM_KINDS.has(g.kind) ? g.kind : 'indirect') as Claim['kind'], quoteIds: [], continues: null });
    }
    docs.push({
      id: file,
      path: file,
      language: 'de',
      title: null,
      source: ex?.source ?? file.replace(/\.[^.]+$/, ''),
      quotes,
      claims,
      warnings: [],
      text,
    });
  }
  return docs;
}

function goldSpeaker(name: string, text: string, ex: Document | undefined): Speaker {
  const entity = ex?.entities?.find((e) => e.name === name || e.name.endsWith(` ${name}`) || name.endsWith(` ${e.name}`));
  let role: string | null = entity?.roles[0] ?? null;
  if (!role) {
    const at = text.indexOf(name);
    const before = at > 0 ? /([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, at - 40), at)) : null;
    if (before && ROLE_WORD.test(before[1])) role = before[1];
  }
  const tokens = name.split(/\s+/);
  const type: SpeakerType =
    entity?.type ?? (ORGANISATION.test(tokens[tokens.length - 1]) ? 'organization' : tokens.length >= 2 && tokens.every((t) => /^\p{Lu}/u.test(t)) ? 'person' : 'unknown');
  return { text: name, name, role, type, resolvedBy: 'explicit', start: 0, end: 0, affiliation: entity?.affiliation ?? null };
}

export interface ClusterEval {
  extracted: PairScore;
  gold: PairScore;
}

/** Both modes over a gold file and the folder of its articles. */
export async function evaluateClusters(goldPath: string, articlePaths: string[], options: MatrixOptions = {}): Promise<ClusterEval> {
  const parsed = ClusterGold.safeParse(JSON.parse(await readFile(goldPath, 'utf8')));
  if (!parsed.success) throw new Error(`${goldPath}: ${z.prettifyError(parsed.error)}`);
  const gold = parsed.data;
  const texts = new Map<string, string>();
  const extracted: Document[] = [];
  for await (const ev of readInputs(articlePaths)) {
    if (!ev.article || !(ev.article.id in gold.documents)) continue;
    texts.set(ev.article.id, ev.article.text);
    extracted.push(extractArticle(ev.article, { includeText: true }));
  }
  const extractedScore = scorePairs(gold, buildMatrix(extracted, options), mapByOverlap(gold, extracted));
  const goldDocs = goldDocuments(gold, texts, extracted);
  const identity = new Map(goldDocs.flatMap((d) => [...d.quotes, ...d.claims].map((s) => [`${d.id}#${s.id}`, { document: d.id, statementId: s.id }] as const)));
  const goldScore = scorePairs(gold, buildMatrix(goldDocs, options), identity);
  return { extracted: extractedScore, gold: goldScore };
}

async function main(argv: string[]): Promise<void> {
  const showPairs = argv.includes('--pairs');
  const [goldPath = '../shared/gold/seeds.gold.json', ...paths] = argv.filter((a) => a !== '--pairs');
  const result = await evaluateClusters(goldPath, paths.length ? paths : ['seeds/']);
  for (const [mode, s] of Object.entries(result) as [string, PairScore][]) {
    process.stdout.write(
      `${mode.padEnd(9)} pairwise P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  P(all) ${s.precisionAll.toFixed(3)}  ` +
        `(${s.truePairs}/${s.predictedPairs} predicted, ${s.truePairs}/${s.predictedPairsAll} with unclustered, ${s.truePairs}/${s.goldPairs} gold pairs; ` +
        `${s.matched}/${s.total} statements matched)\n`,
    );
    if (showPairs) {
      for (const [a, b] of s.missed) process.stdout.write(`  missed ${a} ~ ${b}\n`);
      for (const [a, b] of s.wrong) process.stdout.write(`  wrong  ${a} ~ ${b}\n`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((err) => {
    process.stderr.write(`eval-clusters: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  });
}
