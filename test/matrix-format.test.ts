// The pure formatters: widths, quoting, escaping.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { field, formatMatrixCsv } from '../src/format/matrix-csv.js';
import { formatMatrixMarkdown } from '../src/format/matrix-markdown.js';
import { formatMatrixTable } from '../src/format/matrix-table.js';
import { buildMatrix } from '../src/matrix/index.js';
import { Matrix } from '../src/schema/matrix.js';
import { makeDoc } from './matrix-helpers.js';

const seeds = Matrix.parse(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'matrix', 'seeds', 'matrix.json'), 'utf8')));

describe('table', () => {
  it.each([60, 80, 100, 140])('fits %d columns', (width) => {
    const out = formatMatrixTable(seeds, { color: false, width });
    for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(width);
    expect(out).toContain('r1');
  });

  it('names the outlets that do not fit', () => {
    expect(formatMatrixTable(seeds, { color: false, width: 60 })).toMatch(/and \d+ more outlets/);
    expect(formatMatrixTable(seeds, { color: false, width: 100 })).not.toMatch(/more outlets/);
  });

  it('colours only when asked', () => {
    expect(formatMatrixTable(seeds, { color: false })).not.toMatch(/\u001b\[/);
    expect(formatMatrixTable(seeds, { color: true })).toMatch(/\u001b\[/);
  });
});

describe('csv and markdown', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['er sagte "nein"', '"er sagte ""nein"""'],
    ['zwei\nZeilen', '"zwei\nZeilen"'],
  ])('csv field %j → %j', (value, quoted) => expect(field(value)).toBe(quoted));

  const doc = makeDoc('x', 'A|B', 'Er sagte: „Preis | Leistung, 3 * 4 und <b>fett</b>“', [{ kind: 'direct', text: 'Preis | Leistung, 3 * 4 und <b>fett</b>', speaker: 'Max Muster' }]);
  const m = buildMatrix([doc]);

  it('csv ends lines with CRLF and quotes the statement', () => {
    const out = formatMatrixCsv(m);
    expect(out.endsWith('\r\n')).toBe(true);
    expect(out.split('\r\n')[1]).toBe('r1,Max Muster,"„Preis | Leistung, 3 * 4 und <b>fett</b>“",quote,');
  });

  it('markdown escapes pipes, emphasis and HTML inside cells', () => {
    const row = formatMatrixMarkdown(m).split('\n').find((l) => l.startsWith('| r1'))!;
    expect(row).toContain('Preis \\| Leistung, 3 \\* 4 und &lt;b&gt;fett&lt;/b&gt;');
    expect(row.replace(/\\\|/g, '').split(' | ')).toHaveLength(5);
  });
});
