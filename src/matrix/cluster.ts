// Statements into rows. No two statements are compared unless they share a
// rare content term (an inverted index with a document-frequency cut-off), so
// the work grows with the number of statements, not with its square. Linked
// pairs are merged strongest first; a merge is refused when it would put two
// different statements of one article, or unrelated speakers, into one row.
import { relate, type Relation } from './speakers.js';
import { overlap, similarity, terms, termSet, type Vector, verbatim, Vocabulary, words } from './similarity.js';
import { stem } from './stem.js';
import { quantityUnits, type Statement } from './statements.js';

export interface Thresholds {
  /** Similarity that links two statements of the same speaker. */
  same: number;
  /** … of a speaker and the body he speaks for, or when a speaker is unknown. */
  related: number;
  /** … of two different speakers (the same words in two mouths). */
  different: number;
  /** … of two statements of one article (a headline repeating the text). */
  duplicate: number;
  /** Share of the shorter quotation found word for word in the other. */
  verbatim: number;
  /**
   * Similarity that links two statements of the same speaker in two articles
   * when each is the other's closest match among that speaker's statements
   * in the other article.
   */
  mutual: number;
  /** Share of cosine (against containment) in the similarity. */
  cosineWeight: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { same: 0.3, related: 0.45, different: 0.7, duplicate: 0.75, verbatim: 0.8, mutual: 0.25, cosineWeight: 0.5 };

export interface ClusterOptions {
  thresholds?: Partial<Thresholds>;
  /** Terms in more statements than this do not propose pairs (they still count in the similarity). */
  maxDf?: number;
}

interface Prepared {
  /** Units of the quantities each statement states. */
  units: Set<string>[];
  vectors: Vector[];
  /** Stems of every word of a quotation, in order (empty for claims). */
  sequences: string[][];
}

/** Statement indices grouped into rows. */
export function clusterStatements(stmts: readonly Statement[], opts: ClusterOptions = {}): number[][] {
  const t = { ...DEFAULT_THRESHOLDS, ...opts.thresholds };
  const prepared = prepare(stmts);
  const { vectors } = prepared;
  const maxDf = opts.maxDf ?? Math.max(24, Math.ceil(2 * Math.sqrt(stmts.length)));

  const score = (a: Statement, b: Statement): number => linkScore(a, b, prepared, t);
  const edges = candidateEdges(stmts, vectors, maxDf, score, mutualScorer(stmts, vectors, t));
  edges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  // Merge strongest first, with the refusals described above.
  const parent = stmts.map((_, i) => i);
  const members: number[][] = stmts.map((_, i) => [i]);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (const e of edges) {
    let x = find(e.a);
    let y = find(e.b);
    if (x === y) continue;
    if (!mergeable(members[x], members[y], e.score, stmts, score, t)) continue;
    if (members[x].length < members[y].length) [x, y] = [y, x];
    parent[y] = x;
    for (const m of members[y]) members[x].push(m);
    members[y] = [];
  }
  const out: number[][] = [];
  stmts.forEach((_, i) => {
    if (find(i) === i) out.push(members[i].sort((a, b) => a - b));
  });
  return out;
}

function prepare(stmts: readonly Statement[]): Prepared {
  const vocabulary = new Vocabulary();
  for (const s of stmts) for (const w of s.content) for (const p of [w.text, ...w.text.split('-')]) vocabulary.add(p);
  const ids = new Map<string, number>();
  const df: number[] = [];
  const units = stmts.map(quantityUnits);
  const sets = stmts.map((s, i) => {
    // What is counted is content too: "über eine Stunde" and "anderthalb Stunden" share "@min".
    const set = termSet([...terms(s.content, vocabulary), ...[...units[i]].map((u) => ({ term: `@${u}`, weight: 1 }))]);
    const entries: [number, number][] = [];
    for (const [term, weight] of set) {
      let id = ids.get(term);
      if (id === undefined) {
        id = df.length;
        ids.set(term, id);
        df.push(0);
      }
      df[id]++;
      entries.push([id, weight]);
    }
    return entries.sort((a, b) => a[0] - b[0]);
  });
  const n = stmts.length;
  const vectors = sets.map((entries) => {
    const v: Vector = { ids: new Int32Array(entries.length), weights: new Float64Array(entries.length), norm: 0 };
    entries.forEach(([id, w], k) => {
      v.ids[k] = id;
      v.weights[k] = w * Math.log(1 + n / df[id]);
      v.norm += v.weights[k];
    });
    return v;
  });
  const sequences = stmts.map((s) => (s.quote ? words(s.text).map((w) => stem(w.text)) : []));
  return { vectors, sequences, units };
}

interface Edge {
  a: number;
  b: number;
  score: number;
}

type Scorer = (a: Statement, b: Statement) => number;

/**
 * Mutual closest matches of one speaker across two articles: each pair of the
 * same speaker is noted with its similarity, and after all pairs are seen a
 * pair below the `same` threshold is kept when neither statement has a closer
 * match of that speaker in the other's article.
 *   000: Hegseth „praktisch ausgeschlossen“ (Nato-Beitritt)   ↔  004: Hegseth: NATO-Mitgliedschaft „nicht realistisch“
 */
interface MutualScorer {
  note(a: Statement, b: Statement): void;
  edges(): Edge[];
}

function mutualScorer(stmts: readonly Statement[], vectors: Vector[], t: Thresholds): MutualScorer {
  const best = new Map<string, number>();
  const weak: Edge[] = [];
  const bump = (k: string, v: number) => {
    if (v > (best.get(k) ?? -1)) best.set(k, v);
  };
  return {
    note(a, b) {
      if (a.doc === b.doc || !a.key || !b.key || relate(a.key, b.key) !== 'same') return;
      const o = overlap(vectors[a.index], vectors[b.index]);
      const sim = similarity(o, t.cosineWeight);
      bump(`${a.index}:${b.doc}`, sim);
      bump(`${b.index}:${a.doc}`, sim);
      if (sim >= t.mutual && sim < t.same && o.count >= 2) weak.push({ a: a.index, b: b.index, score: sim });
    },
    edges() {
      return weak.filter((e) => {
        const a = stmts[e.a];
        const b = stmts[e.b];
        return e.score >= best.get(`${a.index}:${b.doc}`)! && e.score >= best.get(`${b.index}:${a.doc}`)!;
      });
    },
  };
}

/** Pairs that share at least one term rarer than `maxDf`, scored; unlinked pairs dropped. */
function candidateEdges(stmts: readonly Statement[], vectors: Vector[], maxDf: number, score: Scorer, mutual: MutualScorer): Edge[] {
  const postings = new Map<number, number[]>();
  vectors.forEach((v, i) => {
    for (const id of v.ids) {
      let p = postings.get(id);
      if (!p) postings.set(id, (p = []));
      p.push(i);
    }
  });
  const seen = new Int32Array(stmts.length).fill(-1);
  const edges: Edge[] = [];
  for (let i = 0; i < stmts.length; i++) {
    for (const id of vectors[i].ids) {
      const p = postings.get(id)!;
      if (p.length < 2 || p.length > maxDf) continue;
      for (const j of p) {
        if (j <= i || seen[j] === i) continue;
        seen[j] = i;
        const s = score(stmts[i], stmts[j]);
        if (s > 0) edges.push({ a: i, b: j, score: s });
        else mutual.note(stmts[i], stmts[j]);
      }
    }
  }
  return edges.concat(mutual.edges());
}

/** How strongly two statements are one: > 1 for verbatim quotations, the similarity otherwise, -1 for no link. */
function linkScore(a: Statement, b: Statement, { vectors, sequences, units }: Prepared, t: Thresholds): number {
  const o = overlap(vectors[a.index], vectors[b.index]);
  const sim = similarity(o, t.cosineWeight);
  const sa = sequences[a.index];
  const sb = sequences[b.index];
  const shortest = Math.min(sa.length, sb.length);
  const v = shortest >= 3 ? verbatim(sa, sb) : 0;
  if (a.doc === b.doc) {
    // One article: only a repeat (a headline and its text), never a claim and a quotation inside it.
    if (a.nested.has(b.id) || b.nested.has(a.id)) return -1;
    if (v >= 0.9) return 1 + v;
    return sim >= t.duplicate && o.count >= 2 ? sim : -1;
  }
  if (a.unattributed || b.unattributed) {
    // An unattributed sentence joins a statement that counts the same thing ("über eine
    // Stunde" ~ "fast anderthalb Stunden"), or one it all but repeats.
    const sharesUnit = [...units[a.index]].some((u) => units[b.index].has(u));
    if (sim >= t.different && o.count >= 3) return sim;
    return sharesUnit && sim >= t.related && o.count >= 2 ? sim : -1;
  }
  const rel: Relation | 'unknown' = a.key && b.key ? relate(a.key, b.key) : 'unknown';
  if (rel === 'same') {
    if (v >= t.verbatim) return 1 + v;
    return sim >= t.same && o.count >= 2 ? sim : -1;
  }
  if (rel === 'different') {
    if (v >= Math.max(0.9, t.verbatim) && shortest >= 5) return 1 + v;
    return sim >= t.different && o.count >= 3 ? sim : -1;
  }
  if (v >= t.verbatim && shortest >= 4) return 1 + v;
  return sim >= t.related && o.count >= 2 ? sim : -1;
}

/** May two rows become one, given the edge that proposes it? */
function mergeable(x: number[], y: number[], edge: number, stmts: readonly Statement[], score: (a: Statement, b: Statement) => number, t: Thresholds): boolean {
  // Two statements of one article in one row must be repeats of each other.
  const docsOfX = new Map<number, number[]>();
  for (const i of x) {
    const d = stmts[i].doc;
    const list = docsOfX.get(d);
    if (list) list.push(i);
    else docsOfX.set(d, [i]);
  }
  for (const j of y) {
    const same = docsOfX.get(stmts[j].doc);
    if (!same) continue;
    for (const i of same) if (score(stmts[i], stmts[j]) < 0) return false;
  }
  // Rows with unrelated speakers join only on the strong evidence that links different speakers.
  if (edge >= t.different) return true;
  const kx = speakersOf(x, stmts);
  const ky = speakersOf(y, stmts);
  if (kx.length === 0 || ky.length === 0) return true;
  for (const a of kx) for (const b of ky) if (relate(a, b) !== 'different') return true;
  return false;
}

function speakersOf(list: number[], stmts: readonly Statement[]) {
  const seen = new Map<string, NonNullable<Statement['key']>>();
  for (const i of list) {
    const k = stmts[i].key;
    if (k && !seen.has(k.name)) seen.set(k.name, k);
  }
  return [...seen.values()];
}
