// A readable view for a terminal: one row per statement (speaker, kind,
// words, outlet), wrapped to fit 100 columns.
import chalk, { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { Document } from '../schema/document.js';

export interface TableOptions {
  color: boolean;
  width?: number;
}

export function formatTable(docs: Document[], opts: TableOptions): string {
  const c = new Chalk({ level: opts.color ? (chalk.level || 1) : 0 });
  const width = Math.max(60, Math.min(opts.width ?? 100, 160));
  const inner = width - 13; // borders and padding of four columns
  const w = [Math.floor(inner * 0.2), 9, Math.floor(inner * 0.6), 0];
  w[3] = inner - w[0] - w[1] - w[2];
  const table = new Table({
    head: ['Speaker', 'Kind', 'Statement', 'Source'].map((h) => c.bold(h)),
    colWidths: w.map((x) => x + 2),
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  let n = 0;
  for (const doc of docs) {
    const rows = [
      ...doc.quotes.map((q) => ({ s: q.speaker, kind: q.kind, text: `„${q.text}“`, start: q.start })),
      ...doc.claims.map((q) => ({ s: q.speaker, kind: q.kind, text: q.text, start: q.start })),
    ].sort((a, b) => a.start - b.start);
    for (const r of rows) {
      n++;
      const speaker = r.s ? r.s.name + (r.s.role ? c.dim(` (${r.s.role})`) : '') : c.dim('—');
      const kind = r.kind === 'direct' || r.kind === 'partial' ? c.cyan(r.kind) : c.yellow(r.kind);
      table.push([speaker, kind, truncate(r.text, 400), `${doc.source}\n${c.dim(`@${r.start}`)}`]);
    }
  }
  const warnings = docs.reduce((k, d) => k + d.warnings.length, 0);
  const summary = `${docs.length} article${docs.length === 1 ? '' : 's'}, ${n} statement${n === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}`;
  return (n > 0 ? table.toString() + '\n' : '') + c.dim(summary) + '\n';
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}
