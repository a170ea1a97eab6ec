// Where the outlets of one row disagree:
//   numbers   „über eine Stunde“ vs „fast anderthalb Stunden“ (90 min ≠ 60 min)
//   misquote  „… sehr eng zusammenzuarbeiten …“ vs „… eng zusammen zu arbeiten …“
//             (words differ beyond punctuation, case and inflection)
//   speaker   the same words given to Peskow in one outlet and to Tass in another
// and, per outlet, the statements no other outlet carries.
import type { Discrepancy, MemberRef, Row } from '../schema/matrix.js';
import { describeValue, quantities } from './numbers.js';
import { relate } from './speakers.js';
import { words } from './similarity.js';
import { stem } from './stem.js';
import { numberText, type Statement } from './statements.js';

export interface RowDraft {
  row: Row;
  statements: Statement[];
}

type Ref = (s: Statement) => MemberRef;
type Draft<T> = T extends unknown ? Omit<T, 'id'> : never;

/** The discrepancies of one row, without ids. */
export function rowDiscrepancies(draft: RowDraft, ref: Ref): Draft<Discrepancy>[] {
  // Numbers and quotations are compared between outlets; speakers also within one article.
  const outlets = new Set(draft.statements.map((s) => s.doc)).size;
  if (outlets < 2) return speakerDiscrepancies(draft, ref);
  return [...numberDiscrepancies(draft, ref), ...misquotes(draft, ref), ...speakerDiscrepancies(draft, ref)];
}


function numberDiscrepancies({ row, statements }: RowDraft, ref: Ref): Draft<Discrepancy>[] {
  const byUnit = new Map<string, { s: Statement; values: number[]; text: string[] }[]>();
  for (const s of statements) {
    const found = new Map<string, { values: number[]; text: string[] }>();
    for (const q of quantities(numberText(s))) {
      if (q.unit === '#') continue;
      const e = found.get(q.unit) ?? { values: [], text: [] };
      if (!e.values.includes(q.value)) e.values.push(q.value);
      e.text.push(q.text);
      found.set(q.unit, e);
    }
    for (const [unit, e] of found) {
      const list = byUnit.get(unit) ?? [];
      list.push({ s, ...e });
      byUnit.set(unit, list);
    }
  }
  const out: Draft<Discrepancy>[] = [];
  for (const [unit, list] of byUnit) {
    let differ = false;
    for (let i = 0; i < list.length && !differ; i++) {
      for (let j = i + 1; j < list.length && !differ; j++) {
        if (list[i].s.doc === list[j].s.doc) continue;
        if (!list[i].values.some((v) => list[j].values.includes(v))) differ = true;
      }
    }
    if (!differ) continue;
    const shown = list.map((e) => `„${e.text.join(', ')}“ (${ref(e.s).source}: ${e.values.map((v) => describeValue({ value: v, unit })).join(', ')})`);
    out.push({
      type: 'number',
      row: row.id,
      unit,
      members: list.map((e) => ({ ...ref(e.s), values: e.values, text: e.text })),
      message: `numbers differ: ${unique(shown).join(' vs ')}`,
    });
  }
  return out;
}

interface Variant {
  words: string[];
  stems: string[];
  members: Statement[];
}

function misquotes({ row, statements }: RowDraft, ref: Ref): Draft<Discrepancy>[] {
  const variants = new Map<string, Variant>();
  for (const s of statements) {
    if (!s.quote) continue;
    const ws = words(s.text).map((w) => w.text);
    const stems = ws.map((w) => stem(w));
    const key = stems.join(' ');
    const v = variants.get(key) ?? { words: ws, stems, members: [] };
    v.members.push(s);
    variants.set(key, v);
  }
  const list = [...variants.values()];
  const out: Draft<Discrepancy>[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [a, b] = [list[i], list[j]];
      if (!sameSpeakerOrUnknown(a.members, b.members)) continue;
      if (a.members.every((x) => b.members.every((y) => x.doc === y.doc))) continue;
      const diff = wordDiff(a, b);
      if (!diff) continue;
      out.push({
        type: 'misquote',
        row: row.id,
        members: [...a.members.map((s) => ({ ...ref(s), words: diff[0] })), ...b.members.map((s) => ({ ...ref(s), words: diff[1] }))],
        message: `quotation differs: ${describeDiff(diff[0])} (${names(a.members, ref)}) vs ${describeDiff(diff[1])} (${names(b.members, ref)})`,
      });
    }
  }
  return out;
}

function sameSpeakerOrUnknown(a: Statement[], b: Statement[]): boolean {
  for (const x of a) for (const y of b) if (x.key && y.key && relate(x.key, y.key) === 'different') return false;
  return true;
}

/**
 * The words of each quotation that the other lacks, compared by stems in
 * order; null when one is a part of the other or they share too little to
 * be one quotation.
 */
export function wordDiff(a: Pick<Variant, 'words' | 'stems'>, b: Pick<Variant, 'words' | 'stems'>): [string[], string[]] | null {
  const [short, long] = a.stems.length <= b.stems.length ? [a, b] : [b, a];
  if (short.stems.length < 3) return null;
  const pairs = alignment(short.stems, long.stems);
  if (pairs.length === short.stems.length) return null;
  if (pairs.length < Math.max(3, short.stems.length * 0.5)) return null;
  const inShort = new Set(pairs.map((p) => p[0]));
  const inLong = new Set(pairs.map((p) => p[1]));
  const first = pairs[0][1];
  const last = pairs[pairs.length - 1][1];
  const shortOnly = short.words.filter((_, k) => !inShort.has(k));
  const longOnly = long.words.filter((_, k) => k >= first && k <= last && !inLong.has(k));
  if (shortOnly.length === 0 && longOnly.length === 0) return null;
  return short === a ? [shortOnly, longOnly] : [longOnly, shortOnly];
}

/** Index pairs of a longest common subsequence. */
function alignment(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = Math.min(a.length, 300);
  const m = Math.min(b.length, 300);
  const t: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) t[i][j] = a[i] === b[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push([i, j]);
      i++;
      j++;
    } else if (t[i + 1][j] >= t[i][j + 1]) i++;
    else j++;
  }
  return out;
}

const describeDiff = (ws: string[]) => (ws.length ? `„${ws.join(' ')}“` : '(nothing)');

function speakerDiscrepancies({ row, statements }: RowDraft, ref: Ref): Draft<Discrepancy>[] {
  const attributed = statements.filter((s) => s.key);
  const group = attributed.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i])));
  for (let i = 0; i < attributed.length; i++) {
    for (let j = i + 1; j < attributed.length; j++) {
      // Two bodies ("Kreml", "Moskau") are one voice here; a person named against another voice is a finding.
      const [a, b] = [attributed[i].key!, attributed[j].key!];
      if (relate(a, b, false) !== 'different' || (!a.person && !b.person)) group[find(j)] = find(i);
    }
  }
  const roots = new Set(attributed.map((_, i) => find(i)));
  if (roots.size < 2) return [];
  const byRoot = new Map<number, Statement[]>();
  attributed.forEach((s, i) => byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), s]));
  const shown = [...byRoot.values()].map((ss) => `${ss[0].key!.display} (${names(ss, ref)})`);
  return [
    {
      type: 'speaker',
      row: row.id,
      members: attributed.map((s) => ({ ...ref(s), speaker: s.key!.display })),
      message: `attributed to different speakers: ${shown.join(' vs ')}`,
    },
  ];
}

function names(ss: Statement[], ref: Ref): string {
  return unique(ss.map((s) => ref(s).source)).join(', ');
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
