// The evaluation as JSON (the result object, numbers to 4 decimals) or as
// tables for a terminal, 100 columns wide.
import chalk, { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Miss, MissGroup } from './misses.js';
import type { EvalResult } from './score.js';
import type { SpanCounts } from './spans.js';
import type { TokenCounts } from './germeval.js';

export function formatEvalJson(result: EvalResult): string {
  return JSON.stringify(result, (_k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 10000) / 10000 : v), 2) + '\n';
}

const num = (x: number | null) => (x === null ? '–' : x.toFixed(3));
const int = (x: number) => x.toLocaleString('en-US');
const plural = (n: number, word: string) => `${int(n)} ${word}${n === 1 ? '' : 's'}`;

/** A table whose label columns (the first, and those listed) are left-aligned, numbers right. */
function table(head: string[], widths: number[], c: ChalkInstance, left: number[] = [0]): Table.Table {
  return new Table({
    head: head.map((h) => c.bold(h)),
    colWidths: widths,
    colAligns: widths.map((_, i) => (left.includes(i) ? 'left' : 'right')),
    wordWrap: true,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  });
}

export function formatEvalTable(r: EvalResult, opts: { color: boolean }): string {
  const c = new Chalk({ level: opts.color ? chalk.level || 1 : 0 });
  const out: string[] = [];
  const g = r.gold;
  out.push(
    c.bold(`Gold: ${g.format === 'wikinews' ? 'WikiNews' : 'seeds'} ${g.path}`) +
      c.dim(` — ${plural(g.documents, 'document')}, ${plural(g.annotations, 'annotation')} (${int(g.nested)} nested)`),
  );

  const f1 = (x: number | null) => (x === null ? '–' : x >= 0.5 ? c.green(num(x)) : c.yellow(num(x)));
  const speaker = (s: SpanCounts['speaker']) => (s.accuracy === null ? '–' : `${s.correct}/${s.matched} ${(s.accuracy * 100).toFixed(1)}%`);
  const spans = table(['Span score', 'Gold', 'Ours', 'Matched', 'P', 'R', 'F1', 'Speaker right'], [25, 8, 8, 9, 7, 7, 7, 20], c);
  const row = (label: string, s: SpanCounts) => spans.push([label, int(s.gold), int(s.predicted), int(s.matched), num(s.precision), num(s.recall), f1(s.f1), speaker(s.speaker)]);
  row(`Quotes (Direct)`, r.quotes);
  row('Claims (all kinds)', r.claims);
  row('  Indirect', r.claims.byType.Indirect);
  row('  Free indirect (both)', r.claims.byType.FreeIndirect);
  row('  Reported', r.claims.byType.Reported);
  row('All types', r.allTypes);
  out.push(spans.toString());
  out.push(
    c.dim(
      `Pairs: one to one, by most shared characters, quotation marks ignored; a pair counts when it\n` +
        `shares ≥ 50 % of the shorter span. Quotes: gold Direct (${r.quotes.nestedGold} of them nested) vs our direct/partial.\n` +
        `Claims: indirect + according-to → Indirect, free-indirect → IndirectFreeIndirect or FreeIndirect.`,
    ),
  );

  const byType = table(['Gold type', 'Gold', 'Found', 'Recall', 'Our kind', 'Ours', 'Right', 'Precision'], [22, 8, 8, 9, 15, 8, 8, 13], c, [0, 4]);
  const types = Object.entries(r.allTypes.recallByGoldType);
  const kinds = Object.entries(r.allTypes.precisionByKind);
  for (let i = 0; i < Math.max(types.length, kinds.length); i++) {
    const t = types[i];
    const k = kinds[i];
    byType.push([
      ...(t ? [t[0], int(t[1].gold), int(t[1].matched), num(t[1].recall)] : ['', '', '', '']),
      ...(k ? [k[0], int(k[1].predicted), int(k[1].matched), num(k[1].precision)] : ['', '', '', '']),
    ]);
  }
  out.push('', c.bold('All types, by gold type and by our kind'), byType.toString());

  const ge = r.germeval;
  const ref = ge.reference;
  const tok = table(['GermEval 2023 tokens', 'TP', 'FP', 'FN', 'P', 'R', 'F1', `${ref.system.split(' ')[0]} F1 (${ref.split})`], [26, 9, 9, 9, 7, 7, 7, 17], c);
  const trow = (label: string, t: TokenCounts | null, refF1: number) =>
    tok.push(t === null ? [label, '–', '–', '–', '–', '–', '–', num(refF1)] : [label, int(t.tp), int(t.fp), int(t.fn), num(t.precision), num(t.recall), f1(t.f1), num(refF1)]);
  trow('quote', ge.quote, ref.quote);
  trow('speaker', ge.speaker, ref.speaker);
  trow('joint', ge.joint, ref.joint);
  out.push('', tok.toString());
  out.push(
    c.dim(
      `Simplified mode: ${int(ge.gold)} non-nested gold vs ${int(ge.predicted)} of our statements not inside another;\n` +
        `quotation-mark tokens dropped. Reference: ${ref.system}, ${ref.split} split (ours: this gold).` +
        (ge.speaker === null ? '\nSpeaker and joint: this gold names speakers without marking where they stand.' : ''),
    ),
  );

  const m = r.misses;
  out.push(misses('Missed (gold no statement of ours paired with)', m.missed, c, (x) => x.goldSpeaker));
  out.push(misses('False alarms (ours, paired with no gold)', m.falseAlarms, c, (x) => x.ourSpeaker));
  out.push(misses('Wrong speaker (paired, speakers differ)', m.wrongSpeaker, c, (x) => `gold ${x.goldSpeaker ?? '—'} · ours ${x.ourSpeaker ?? '—'}`));
  return out.join('\n') + '\n';
}

function misses(title: string, group: MissGroup, c: ChalkInstance, who: (m: Miss) => string | null): string {
  const head = `\n${c.bold(title)}: ${int(group.total)}` + (group.total > group.items.length ? c.dim(` (first ${group.items.length})`) : '');
  if (group.items.length === 0) return head;
  const t = table(['Document', 'Kind', 'At', 'Text · speaker · sentence'], [22, 14, 13, 46], c, [0, 1, 2, 3]);
  for (const x of group.items) {
    const sentence = x.sentence && x.sentence !== x.text ? '\n' + c.dim(truncate(x.sentence, 240)) : '';
    const speaker = who(x);
    t.push([truncate(x.document, 40), x.kind, `${x.start}–${x.end}`, `${c.cyan(truncate(x.text, 240))}${speaker ? c.dim(' · ') + speaker : ''}${sentence}`]);
  }
  return head + '\n' + t.toString();
}

function truncate(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : flat.slice(0, max - 1) + '…';
}
