// The matrix as GitHub-flavoured Markdown: a summary, the table (outlets as
// columns, ● quote / ○ paraphrase / · absent, ⚠ where outlets disagree), the
// disagreements, and the outlets with their files.
import type { Matrix } from '../schema/matrix.js';
import { cellOf, DISCREPANCY_NAMES, rowDiscrepancies, SYMBOL, summary, truncate } from './matrix-common.js';

const MAX_HEADER = 14;
const MAX_TEXT = 160;

export function formatMatrixMarkdown(matrix: Matrix): string {
  const headers = columnHeaders(matrix.sources.map((s) => s.id));
  const legend = `${SYMBOL.quote} quote (the outlet prints the words), ${SYMBOL.paraphrase} paraphrase (it reports them), ${SYMBOL.absent} absent, ⚠ where outlets disagree.`;
  const out: string[] = ['# Claim matrix', '', summary(matrix), '', legend, ''];
  out.push(`| # | Speaker | Statement | ${headers.map(cell).join(' | ')} | ⚠ |`);
  out.push(`|---|---|---|${headers.map(() => ':-:').join('|')}|---|`);
  for (const row of matrix.rows) {
    const flags = [...new Set(rowDiscrepancies(matrix, row).map((d) => DISCREPANCY_NAMES[d.type].name))];
    const cells = matrix.sources.map((s) => SYMBOL[cellOf(row, s.id)]);
    out.push(`| ${row.id} | ${cell(row.speaker ?? '—')} | ${cell(truncate(row.text, MAX_TEXT))} | ${cells.join(' | ')} | ${cell(flags.join(', '))} |`);
  }
  const listed = matrix.discrepancies.flatMap((d) => (d.type === 'exclusive' ? [] : [d]));
  if (listed.length) {
    out.push('', '## Disagreements', '');
    for (const d of listed) out.push(`- **${d.row}** ${inline(d.message)}`);
  }
  const exclusive = matrix.discrepancies.filter((d) => d.type === 'exclusive');
  if (exclusive.length && matrix.sources.length > 1) {
    out.push('', '## Only in one outlet', '');
    for (const d of exclusive) if (d.type === 'exclusive') out.push(`- **${inline(d.source)}**: ${d.rows.join(', ')}`);
  }
  out.push('', '## Outlets', '');
  matrix.sources.forEach((s, i) => {
    const label = headers[i] === s.id ? '' : ` (column “${headers[i]}”)`;
    out.push(`${i + 1}. **${inline(s.id)}**${inline(label)}: \`${s.path.replace(/`/g, "'")}\`${s.title ? ` — ${inline(s.title)}` : ''}`);
  });
  return out.join('\n') + '\n';
}

/** Column headers: the outlet's label, shortened when long; numbers when shortening would collide. */
function columnHeaders(labels: string[]): string[] {
  const short = labels.map((l) => (l.length <= MAX_HEADER ? l : l.slice(0, MAX_HEADER - 1) + '…'));
  return new Set(short).size === short.length ? short : labels.map((_, i) => String(i + 1));
}

/** Text safe inside a table cell: no pipes, no line breaks, no HTML. */
function cell(s: string): string {
  return inline(s).replace(/\|/g, '\\|');
}

function inline(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]])/g, '\\$1');
}
