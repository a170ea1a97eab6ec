// Statements into rows. No two statements are compared unless one holds the
// other's rarest terms (an inverted index; each statement probes it with its
// few rarest terms, and terms in too many statements propose nothing), so the
// work grows with the number of statements, not with its square. Linked pairs
// are merged strongest first; a merge is refused when it would put two
// different statements of one article, or unrelated speakers, into one row.
import { STOP_WORDS } from './lexicon.js';
import { relate, type Relation } from './speakers.js';
import { type Overlap, overlap, similarity, terms, termSet, type Vector, verbatim, Vocabulary, words } from './similarity.js';
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
  /**
   * Articles at least this alike (cosine of their rare words) tell the same
   * story; statements of articles that do not are linked only when all but
   * identical (`apart`).
   */
  story: number;
  /** Similarity that links statements of articles on different stories. */
  apart: number;
  /** Cosine that links an unattributed sentence with a statement counting the same thing. */
  facts: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { same: 0.3, related: 0.45, different: 0.7, duplicate: 0.75, verbatim: 0.8, mutual: 0.25, cosineWeight: 0.5, story: 0.045, apart: 0.8, facts: 0.4 };

export interface ClusterOptions {
  thresholds?: Partial<Thresholds>;
  /**
   * Terms in more statements than this propose no pairs (they still count in
   * the similarity). A constant bounds the work per statement: the time grows
   * linearly with the number of statements.
   */
  maxDf?: number;
  /** How many of its rarest terms a statement probes the index with. */
  probes?: number;
}

interface Prepared {
  /** How alike two articles are (by document index), memoised. */
  story: (a: number, b: number) => number;
  vectors: Vector[];
  /** Per term id: 1 for a word's stem or part, 0 for numbers (#), units (@), word beginnings (~). */
  isWord: Uint8Array;
  /** Per statement: how many word terms it has. */
  wordCount: Int32Array;
  /** Term ids of each statement, rarest first. */
  rarest: Int32Array[];
  df: Int32Array;
  /** Units of the quantities each statement states. */
  units: Set<string>[];
  /** Stems of every word of a quotation, in order (empty for claims). */
  sequences: string[][];
}

const MEASURES = new Set(['min', '%', '€', '$', 'CHF', 'date']);

interface Edge {
  a: number;
  b: number;
  score: number;
}

/**
 * Statement indices grouped into rows. `articles` holds each document's text
 * (or what is known of it), to tell which articles tell the same story.
 */
export function clusterStatements(stmts: readonly Statement[], articles: readonly string[], opts: ClusterOptions = {}): number[][] {
  const t = { ...DEFAULT_THRESHOLDS, ...opts.thresholds };
  const p = prepare(stmts, articles);
  const maxDf = opts.maxDf ?? 32;
  const edges = candidateEdges(stmts, p, t, maxDf, opts.probes ?? 6);
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
    if (!mergeable(members[x], members[y], e.score, stmts, p, t)) continue;
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

const NOT_LETTER = /[^a-zäöüßàáâãçèéêëìíîïñòóôõùúûýćčěłńřśšźžő-]+/;

/**
 * Cosine of two articles over their words (lower-cased, four letters or more,
 * no function words), each weighted by its rarity among the articles.
 */
function storySimilarity(articles: readonly string[]): (a: number, b: number) => number {
  const ids = new Map<string, number>();
  const df: number[] = [];
  const sets = articles.map((text) => {
    const set = new Set<number>();
    for (const word of text.toLowerCase().split(NOT_LETTER)) {
      if (word.length < 4 || STOP_WORDS.has(word)) continue;
      let id = ids.get(word);
      if (id === undefined) {
        id = df.length;
        ids.set(word, id);
        df.push(0);
      }
      if (!set.has(id)) {
        set.add(id);
        df[id]++;
      }
    }
    return set;
  });
  const w = df.map((k) => Math.log(1 + articles.length / k) ** 2);
  const norms = sets.map((set) => Math.sqrt([...set].reduce((k, id) => k + w[id], 0)));
  const memo = new Map<number, number>();
  return (a, b) => {
    if (a === b) return 1;
    const key = a < b ? a * articles.length + b : b * articles.length + a;
    let v = memo.get(key);
    if (v === undefined) {
      const [small, large] = sets[a].size <= sets[b].size ? [sets[a], sets[b]] : [sets[b], sets[a]];
      let shared = 0;
      for (const id of small) if (large.has(id)) shared += w[id];
      v = norms[a] && norms[b] ? shared / (norms[a] * norms[b]) : 0;
      memo.set(key, v);
    }
    return v;
  };
}

function prepare(stmts: readonly Statement[], articles: readonly string[]): Prepared {
  const vocabulary = new Vocabulary();
  for (const s of stmts) for (const w of s.content) for (const part of [w.text, ...w.text.split('-')]) vocabulary.add(part);
  const ids = new Map<string, number>();
  const counts: number[] = [];
  const units = stmts.map(quantityUnits);
  const sets = stmts.map((s, i) => {
    // What is counted is content too: "über eine Stunde" and "anderthalb Stunden" share "@min".
    const set = termSet([...terms(s.content, vocabulary), ...[...units[i]].map((u) => ({ term: `@${u}`, weight: 1 }))]);
    const entries: [number, number][] = [];
    for (const [term, weight] of set) {
      let id = ids.get(term);
      if (id === undefined) {
        id = counts.length;
        ids.set(term, id);
        counts.push(0);
      }
      counts[id]++;
      entries.push([id, weight]);
    }
    return entries.sort((a, b) => a[0] - b[0]);
  });
  const df = Int32Array.from(counts);
  const isWord = new Uint8Array(counts.length);
  for (const [term, id] of ids) isWord[id] = /^[#@~]/.test(term) ? 0 : 1;
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
  const rarest = vectors.map((v) => Int32Array.from(v.ids).sort((a, b) => df[a] - df[b] || a - b));
  const sequences = stmts.map((s) => (s.quote ? words(s.text).map((w) => stem(w.text)) : []));
  const wordCount = Int32Array.from(vectors, (v) => v.ids.reduce((k, id) => k + isWord[id], 0));
  return { story: storySimilarity(articles), vectors, isWord, wordCount, rarest, df, units, sequences };
}

/**
 * Pairs proposed by the index, scored. Each statement looks up the statements
 * that hold one of its `probes` rarest terms (in 2 to `maxDf` statements).
 * Pairs of one speaker that fall short of the `same` threshold are kept aside
 * and linked when they are mutual closest matches across their two articles:
 *   000: Hegseth „praktisch ausgeschlossen“ (Nato-Beitritt) ↔ 004: Hegseth: NATO-Mitgliedschaft „nicht realistisch“
 */
function candidateEdges(stmts: readonly Statement[], p: Prepared, t: Thresholds, maxDf: number, probes: number): Edge[] {
  const postings = new Map<number, number[]>();
  p.rarest.forEach((ids, i) => {
    for (const id of ids) {
      if (p.df[id] < 2 || p.df[id] > maxDf) continue;
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push(i);
    }
  });
  const edges: Edge[] = [];
  const weak: Edge[] = [];
  const best = new Map<string, number>();
  const bump = (k: string, v: number) => {
    if (v > (best.get(k) ?? -1)) best.set(k, v);
  };
  const seen = new Set<number>();
  const n = stmts.length;
  const consider = (i: number, j: number) => {
    const key = i < j ? i * n + j : j * n + i;
    if (seen.has(key)) return;
    seen.add(key);
    const [a, b] = i < j ? [stmts[i], stmts[j]] : [stmts[j], stmts[i]];
    const r = evaluate(a, b, p, t);
    if (r.score > 0) edges.push({ a: a.index, b: b.index, score: r.score });
    else if (r.rel === 'same' && r.sim >= t.mutual && r.o.words >= 2) weak.push({ a: a.index, b: b.index, score: r.sim });
    if (r.rel === 'same') {
      bump(`${a.index}:${b.doc}`, r.sim);
      bump(`${b.index}:${a.doc}`, r.sim);
    }
  };
  // Quotations repeated in one article (headline and text) meet whatever their terms.
  const repeats = new Map<string, number[]>();
  stmts.forEach((s, i) => {
    if (!s.quote) return;
    const k = `${s.doc}\u0000${p.sequences[i].join(' ')}`;
    const list = repeats.get(k);
    if (list) {
      for (const j of list) consider(j, i);
      list.push(i);
    } else repeats.set(k, [i]);
  });
  for (let i = 0; i < n; i++) {
    let used = 0;
    for (const id of p.rarest[i]) {
      if (used >= probes) break;
      if (p.df[id] < 2) continue;
      if (p.df[id] > maxDf) break;
      used++;
      for (const j of postings.get(id)!) if (j !== i) consider(i, j);
    }
  }
  for (const e of weak) {
    const [a, b] = [stmts[e.a], stmts[e.b]];
    if (e.score >= best.get(`${a.index}:${b.doc}`)! && e.score >= best.get(`${b.index}:${a.doc}`)!) edges.push(e);
  }
  return edges;
}

interface Evaluation {
  /** > 1 for verbatim quotations, the similarity otherwise, -1 for no link. */
  score: number;
  sim: number;
  o: Overlap;
  /** Share of the shorter quotation word for word in the other (0 when not compared). */
  v: number;
  /** Words in the shorter quotation (0 when one is no quotation). */
  shortest: number;
  rel: Relation | 'unknown' | 'one-article' | 'apart';
}

/**
 * How two statements link. Whether their articles tell the same story is
 * asked last, and only of pairs that would link (it is the costlier question):
 * articles on different stories share only the same words (a quotation
 * repeated, a statement copied).
 */
function evaluate(a: Statement, b: Statement, p: Prepared, t: Thresholds): Evaluation {
  const r = link(a, b, p, t);
  if (r.rel === 'one-article' || (r.score <= 0 && !(r.rel === 'same' && r.sim >= t.mutual))) return r;
  if (p.story(a.doc, b.doc) >= t.story) return r;
  const copy = r.rel !== 'different' && !a.unattributed && !b.unattributed;
  const score = copy && r.v >= 0.9 && r.shortest >= 6 ? 1 + r.v : copy && r.sim >= t.apart && r.o.words >= 4 ? r.sim : -1;
  return { ...r, score, rel: 'apart' };
}

function link(a: Statement, b: Statement, { vectors, isWord, wordCount, sequences, units }: Prepared, t: Thresholds): Evaluation {
  const o = overlap(vectors[a.index], vectors[b.index], isWord);
  // How much of a short statement a long one holds says little: "Am Wochenende sind".
  const sim = Math.min(wordCount[a.index], wordCount[b.index]) < 3 ? o.cosine : similarity(o, t.cosineWeight);
  const sa = sequences[a.index];
  const sb = sequences[b.index];
  const shortest = Math.min(sa.length, sb.length);
  const none = (rel: Evaluation['rel']): Evaluation => ({ score: -1, sim, o, v: 0, shortest, rel });
  // The same quoted words twice in one article, even a short „praktisch ausgeschlossen“ in headline and text.
  if (a.doc === b.doc && shortest > 0 && !a.nested.has(b.id) && !b.nested.has(a.id) && sa.join(' ') === sb.join(' ')) {
    if (!a.key || !b.key || relate(a.key, b.key) !== 'different') return { score: 2, sim, o, v: 1, shortest, rel: 'one-article' };
  }
  // Every other link but a verbatim quotation needs two shared words; most proposed pairs have one.
  if (o.words < 2 && (shortest === 0 || o.containment < 0.3)) return none('unknown');
  // Word order is checked only where the words could be the same (it costs length × length).
  const v = shortest >= 3 && o.containment >= 0.3 ? verbatim(sa, sb) : 0;
  const rel: Relation | 'unknown' = a.key && b.key ? relate(a.key, b.key) : 'unknown';
  const result = (score: number, r: Evaluation['rel'] = rel): Evaluation => ({ score, sim, o, v, shortest, rel: r });

  if (a.doc === b.doc) {
    // One article: only a repeat (a headline and its text), never a claim and a quotation inside it.
    if (a.nested.has(b.id) || b.nested.has(a.id)) return none('one-article');
    if (v >= 0.9) return result(1 + v, 'one-article');
    // Two speakers in one article: only a near-verbatim repeat ("Kreml spricht von
    // „kalter Dusche“" over Sluzki's „kalten Dusche für Selenskyj“).
    const needed = rel === 'different' ? Math.max(t.duplicate, 0.9) : t.duplicate;
    return result(sim >= needed && o.words >= 2 ? sim : -1, 'one-article');
  }
  if (a.unattributed && b.unattributed) {
    // Two unattributed sentences: only one outlet's sentence in another's words.
    return result(o.cosine >= t.different && o.words >= 4 ? o.cosine : -1);
  }
  if (a.unattributed || b.unattributed) {
    // An unattributed sentence joins a statement that counts the same thing in the same
    // words ("Trump und Putin … über eine Stunde telefoniert" ~ "Beide Staatschefs hätten
    // fast anderthalb Stunden lang telefoniert"); a shared year alone is no link, and
    // the whole of both counts (cosine), not how much of a short claim a long sentence holds.
    // A measure (time, money, share, date) is specific; a counted noun ("32 Menschen") needs more words in common.
    const shared = [...units[a.index]].filter((u) => u !== 'year' && units[b.index].has(u));
    if (shared.some((u) => MEASURES.has(u))) return result(o.words >= 2 && o.cosine >= t.facts ? o.cosine : -1);
    return result(shared.length > 0 && o.words >= 3 && o.cosine >= t.facts + 0.1 ? o.cosine : -1);
  }
  if (rel === 'same') {
    if (v >= t.verbatim) return result(1 + v);
    return result(sim >= t.same && o.words >= 2 ? sim : -1);
  }
  // Two bodies are often one voice under two names ("Kreml", "Moskau", "russische Regierung").
  if (rel === 'different' && !(a.key!.person || b.key!.person)) return result(sim >= t.related && o.words >= 3 ? sim : -1);
  if (rel === 'different') {
    if (v >= Math.max(0.9, t.verbatim) && shortest >= 4) return result(1 + v);
    return result(sim >= t.different && o.words >= 3 ? sim : -1);
  }
  if (v >= t.verbatim && shortest >= 4) return result(1 + v);
  return result(sim >= t.related && o.words >= 2 ? sim : -1);
}

/** May two rows become one, given the edge that proposes it? */
function mergeable(x: number[], y: number[], edge: number, stmts: readonly Statement[], p: Prepared, t: Thresholds): boolean {
  // Two statements of one article in one row must be repeats of each other.
  const [small, large] = x.length <= y.length ? [x, y] : [y, x];
  const docs = new Set(small.map((i) => stmts[i].doc));
  for (const j of large) {
    if (!docs.has(stmts[j].doc)) continue;
    for (const i of small) if (stmts[i].doc === stmts[j].doc && evaluate(stmts[i], stmts[j], p, t).score < 0) return false;
  }
  // Rows with unrelated speakers join only on the strong evidence that links different speakers.
  if (edge >= t.different) return true;
  const kx = speakersOf(x, stmts);
  const ky = speakersOf(y, stmts);
  if (kx.length === 0 || ky.length === 0) return true;
  for (const a of kx) for (const b of ky) if (relate(a, b) !== 'different' || !(a.person || b.person)) return true;
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
