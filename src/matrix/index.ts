// The cross-source claim matrix: one column per article (labelled by its
// outlet), one row per statement however each outlet reports it, and the
// places where the outlets disagree. A pure function of the documents.
import type { Document } from '../schema/document.js';
import type { Discrepancy, Matrix, MatrixSource, Member, MemberRef, Row } from '../schema/matrix.js';
import { type ClusterOptions, clusterStatements } from './cluster.js';
import { type RowDraft, rowDiscrepancies } from './discrepancies.js';
import { relate, type SpeakerKey } from './speakers.js';
import { collectStatements, type Statement } from './statements.js';

export interface MatrixOptions extends ClusterOptions {
  /**
   * Let unattributed sentences with numbers, dates or durations form rows when
   * two or more outlets state them (needs `text` on the documents). Default true.
   */
  facts?: boolean;
}

export function buildMatrix(documents: readonly Document[], options: MatrixOptions = {}): Matrix {
  const sources = columns(documents);
  const stmts = collectStatements(documents, { facts: options.facts ?? true });
  // What is known of each article's words: its text, else the sentences of its statements.
  const sentences = documents.map(() => new Set<string>());
  for (const s of stmts) sentences[s.doc].add(s.sentence);
  const articles = documents.map((d, i) => d.text ?? [...sentences[i]].join('\n'));
  const clusters = clusterStatements(stmts, articles, options)
    .map((c) => keepFacts(c.map((i) => stmts[i])))
    .filter((c) => c.length > 0);

  const ordered = clusters
    .map((c) => c.sort((a, b) => a.doc - b.doc || a.start - b.start))
    .sort((a, b) => columnCount(b) - columnCount(a) || a[0].doc - b[0].doc || a[0].start - b[0].start);

  const ref = (s: Statement): MemberRef => ({ document: documents[s.doc].id, source: sources[s.doc].id, statementId: s.id });
  const drafts: RowDraft[] = ordered.map((c, k) => ({ row: toRow(`r${k + 1}`, c, sources), statements: c }));

  const discrepancies: Discrepancy[] = [];
  for (const d of drafts) {
    for (const x of rowDiscrepancies(d, ref)) {
      const id = `d${discrepancies.length + 1}`;
      discrepancies.push({ id, ...x } as Discrepancy);
      d.row.discrepancies.push(id);
    }
  }
  const only = sources.map((): string[] => []);
  for (const d of drafts) if (d.statements.every((s) => s.doc === d.statements[0].doc)) only[d.statements[0].doc].push(d.row.id);
  sources.forEach((src, col) => {
    const rows = only[col];
    if (rows.length === 0) return;
    discrepancies.push({
      id: `d${discrepancies.length + 1}`,
      type: 'exclusive',
      source: src.id,
      rows,
      message: `${rows.length} statement${rows.length === 1 ? '' : 's'} only in ${src.id}`,
    });
  });
  return { schemaVersion: 1, sources, rows: drafts.map((d) => d.row), discrepancies };
}

/** One column per document, labelled by its outlet; repeats numbered: "dpa", "dpa (2)". */
function columns(documents: readonly Document[]): MatrixSource[] {
  const seen = new Map<string, number>();
  const used = new Set<string>();
  return documents.map((d) => {
    const name = d.source.trim() || d.id;
    let n = seen.get(name) ?? 0;
    let label: string;
    do {
      n++;
      label = n === 1 ? name : `${name} (${n})`;
    } while (used.has(label));
    seen.set(name, n);
    used.add(label);
    return { id: label, name, document: d.id, path: d.path, title: d.title };
  });
}

const columnCount = (c: Statement[]) => new Set(c.map((s) => s.doc)).size;

/** Unattributed sentences stay only where they link two or more outlets. */
function keepFacts(c: Statement[]): Statement[] {
  return columnCount(c) >= 2 ? c : c.filter((s) => !s.unattributed);
}

function toRow(id: string, c: Statement[], sources: MatrixSource[]): Row {
  const coverage: Row['coverage'] = {};
  const cols = [...new Set(c.map((s) => s.doc))].sort((a, b) => a - b);
  for (const col of cols) coverage[sources[col].id] = c.some((s) => s.doc === col && s.quote) ? 'quote' : 'paraphrase';
  const members: Member[] = c.map((s) => ({
    document: sources[s.doc].document,
    source: sources[s.doc].id,
    statementId: s.id,
    kind: s.kind,
    speaker: s.speaker?.name ?? null,
    text: s.text,
    start: s.start,
    end: s.end,
    sentence: s.sentence,
    sentenceStart: s.sentenceStart,
  }));
  return { id, speaker: rowSpeaker(c), text: representative(c), members, coverage, discrepancies: [] };
}

/** The name most members agree on, in its fullest form. */
function rowSpeaker(c: Statement[]): string | null {
  const keys = c.map((s) => s.key).filter((k): k is SpeakerKey => k !== null);
  if (keys.length === 0) return null;
  let best: SpeakerKey[] = [];
  for (const k of keys) {
    const group = keys.filter((o) => relate(k, o) === 'same');
    if (group.length > best.length) best = group;
  }
  const counts = new Map<string, number>();
  for (const k of best) counts.set(k.display, (counts.get(k.display) ?? 0) + 1);
  const person = best.some((k) => k.person);
  return [...counts.entries()].sort(
    (a, b) => (person ? b[0].split(' ').length - a[0].split(' ').length : 0) || b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1),
  )[0][0];
}

/** A direct quotation if there is one, else a reported version, else a partial quotation with its lead-in. */
function representative(c: Statement[]): string {
  const longest = (xs: Statement[]) => xs.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const direct = c.filter((s) => s.kind === 'direct');
  if (direct.length) return `„${longest(direct).text}“`;
  const reported = c.filter((s) => !s.quote && !s.unattributed);
  if (reported.length) return longest(reported).text;
  const partial = c.filter((s) => s.quote);
  if (partial.length) {
    const s = longest(partial);
    const lead = s.sentence
      .slice(Math.max(0, s.contextStart - s.sentenceStart), Math.max(0, s.start - s.sentenceStart))
      .replace(/[\s„“”"»«‚‘’›‹']+$/u, '');
    return lead ? `… ${lead} „${s.text}“` : `„${s.text}“`;
  }
  return c[0].sentence.trim();
}

export type { Matrix } from '../schema/matrix.js';
