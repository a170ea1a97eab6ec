// What every matrix format shares: the cell symbols, the names of the
// disagreements, and the one-line summary.
import type { Discrepancy, Matrix, Row } from '../schema/matrix.js';

export const SYMBOL = { quote: '●', paraphrase: '○', absent: '·' } as const;

export const LEGEND = '● quote (the outlet prints the words)   ○ paraphrase (reported)   · absent';

type RowDiscrepancy = Exclude<Discrepancy, { type: 'exclusive' }>;

/** Short names of the disagreements, as the table and the page show them. */
export const DISCREPANCY_NAMES: Record<RowDiscrepancy['type'], { code: string; name: string }> = {
  number: { code: 'N', name: 'numbers differ' },
  misquote: { code: 'Q', name: 'quotation differs' },
  speaker: { code: 'S', name: 'different speakers' },
};

/** The disagreements of one row, in the matrix's order. */
export function rowDiscrepancies(matrix: Matrix, row: Row): RowDiscrepancy[] {
  if (row.discrepancies.length === 0) return [];
  const ids = new Set(row.discrepancies);
  return matrix.discrepancies.filter((d): d is RowDiscrepancy => d.type !== 'exclusive' && ids.has(d.id));
}

export function cellOf(row: Row, sourceId: string): keyof typeof SYMBOL {
  return row.coverage[sourceId] ?? 'absent';
}

export function summary(matrix: Matrix): string {
  const shared = matrix.rows.filter((r) => Object.keys(r.coverage).length >= 2).length;
  const disagreements = matrix.discrepancies.filter((d) => d.type !== 'exclusive').length;
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  return [
    n(matrix.sources.length, 'article', 'articles'),
    n(matrix.rows.length, 'statement', 'statements'),
    `${shared} in two or more`,
    n(disagreements, 'disagreement', 'disagreements'),
  ].join(' · ');
}

export function truncate(s: string, max: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : one.slice(0, max - 1).trimEnd() + '…';
}
