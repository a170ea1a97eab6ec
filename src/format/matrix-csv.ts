// The matrix as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or
// line breaks in double quotes, quotes doubled): one line per statement, one
// column per outlet holding "quote", "paraphrase" or nothing.
import type { Matrix } from '../schema/matrix.js';
import { rowDiscrepancies } from './matrix-common.js';

export function formatMatrixCsv(matrix: Matrix): string {
  const lines: string[][] = [['row', 'speaker', 'statement', ...matrix.sources.map((s) => s.id), 'discrepancies']];
  for (const row of matrix.rows) {
    lines.push([
      row.id,
      row.speaker ?? '',
      row.text,
      ...matrix.sources.map((s) => row.coverage[s.id] ?? ''),
      rowDiscrepancies(matrix, row).map((d) => d.message).join('; '),
    ]);
  }
  return lines.map((l) => l.map(field).join(',')).join('\r\n') + '\r\n';
}

export function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
