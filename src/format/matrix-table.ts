// The matrix on a terminal: statements down, outlets across (numbered, with a
// key above), ● quote / ○ paraphrase / · absent, a column of disagreement
// codes, then the disagreements spelled out. Fits the given width (100 by
// default); outlets that do not fit are named in a note.
import chalk, { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { Matrix } from '../schema/matrix.js';
import { cellOf, DISCREPANCY_NAMES, LEGEND, rowDiscrepancies, SYMBOL, summary, truncate } from './matrix-common.js';

export interface MatrixTableOptions {
  color: boolean;
  width?: number;
}

const MIN_STATEMENT = 28;

export function formatMatrixTable(matrix: Matrix, opts: MatrixTableOptions): string {
  const c = new Chalk({ level: opts.color ? chalk.level || 1 : 0 });
  const width = Math.max(60, Math.min(opts.width ?? 100, 200));
  const idWidth = Math.max(2, ...matrix.rows.map((r) => r.id.length)) + 2;
  const speakerWidth = Math.min(18, Math.max(9, Math.floor(width * 0.16)));
  const flagWidth = 5;
  // Each column costs its width plus one border.
  const fixed = idWidth + speakerWidth + flagWidth + 5;
  const labelWidth = (k: number) => String(k + 1).length + 2;
  let shown = 0;
  let used = fixed + MIN_STATEMENT;
  while (shown < matrix.sources.length && used + labelWidth(shown) + 1 <= width) {
    used += labelWidth(shown) + 1;
    shown++;
  }
  const sources = matrix.sources.slice(0, shown);
  const statementWidth = width - fixed - sources.reduce((k, _, i) => k + labelWidth(i) + 1, 0);

  const out: string[] = [];
  out.push(c.bold('Outlets'));
  matrix.sources.forEach((s, i) => {
    if (i < shown) out.push(`${String(i + 1).padStart(4)}  ${s.id}${s.path !== s.id ? c.dim(`  ${truncate(s.path, Math.max(10, width - s.id.length - 8))}`) : ''}`);
  });
  if (shown < matrix.sources.length) {
    out.push(...wrap(`  … and ${matrix.sources.length - shown} more outlets that do not fit ${width} columns (see --format html or csv)`, width, '    ').map((l) => c.yellow(l)));
  }
  out.push('');

  const table = new Table({
    head: ['#', 'Speaker', 'Statement', ...sources.map((_, i) => String(i + 1)), 'Δ'].map((h) => c.bold(h)),
    colWidths: [idWidth, speakerWidth, statementWidth, ...sources.map((_, i) => labelWidth(i)), flagWidth],
    colAligns: ['left', 'left', 'left', ...sources.map(() => 'center' as const), 'left'],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  });
  for (const row of matrix.rows) {
    const flags = rowDiscrepancies(matrix, row).map((d) => DISCREPANCY_NAMES[d.type].code);
    table.push([
      c.dim(row.id),
      row.speaker ? truncate(row.speaker, speakerWidth * 2 - 4) : c.dim('—'),
      truncate(row.text, Math.max(50, (statementWidth - 2) * 2 - 8)),
      ...sources.map((s) => {
        const cell = cellOf(row, s.id);
        return cell === 'quote' ? c.cyan(SYMBOL.quote) : cell === 'paraphrase' ? c.yellow(SYMBOL.paraphrase) : c.dim(SYMBOL.absent);
      }),
      flags.length ? c.red.bold([...new Set(flags)].join('')) : '',
    ]);
  }
  if (matrix.rows.length > 0) out.push(table.toString());
  for (const line of [LEGEND, Object.values(DISCREPANCY_NAMES).map((d) => `${d.code} ${d.name}`).join('   ')]) {
    out.push(...wrap(line, width, '').map((l) => c.dim(l)));
  }

  const listed = matrix.discrepancies.flatMap((d) => (d.type === 'exclusive' ? [] : [d]));
  if (listed.length) {
    out.push('', c.bold('Disagreements'));
    for (const d of listed) {
      out.push(...wrap(`${d.row} ${DISCREPANCY_NAMES[d.type].code}  ${d.message}`, width, '      ').map((l, i) => (i === 0 ? c.red(l.slice(0, d.row.length + 3)) + l.slice(d.row.length + 3) : l)));
    }
  }
  const exclusive = matrix.discrepancies.filter((d) => d.type === 'exclusive');
  if (exclusive.length && matrix.sources.length > 1) {
    out.push('', c.bold('Only in one outlet'));
    for (const d of exclusive) {
      if (d.type !== 'exclusive') continue;
      out.push(...wrap(`${d.source}: ${d.rows.length} (${d.rows.slice(0, 12).join(', ')}${d.rows.length > 12 ? ', …' : ''})`, width, '    '));
    }
  }
  out.push('', ...wrap(summary(matrix), width, '').map((l) => c.dim(l)));
  return out.join('\n') + '\n';
}

/** Words wrapped to `width`, continuation lines indented. */
function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = indent + word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
