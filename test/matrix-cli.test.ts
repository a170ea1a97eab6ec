// `claims matrix` as a user runs it: the real binary, stdout, stderr, exit code.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Matrix } from '../src/schema/matrix.js';

const root = join(import.meta.dirname, '..');
const claims = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'claims'), ...args], { cwd: root, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

describe('claims matrix (binary)', () => {
  let json: Matrix;
  beforeAll(() => {
    const r = claims(['matrix', 'seeds/', '--format', 'json']);
    expect(r.code).toBe(0);
    json = JSON.parse(r.stdout);
  });

  it('--format json validates against the matrix schema', () => {
    expect(Matrix.safeParse(json).success).toBe(true);
    expect(json.schemaVersion).toBe(1);
    expect(json.sources).toHaveLength(5);
    expect(json.rows.some((r) => Object.keys(r.coverage).length >= 2)).toBe(true);
  });

  it('the JSON Schema of `claims schema matrix` names rows, sources and discrepancies', () => {
    const r = claims(['schema', 'matrix']);
    expect(r.code).toBe(0);
    expect(Object.keys(JSON.parse(r.stdout).properties)).toEqual(['schemaVersion', 'sources', 'rows', 'discrepancies']);
  });

  it('reads what `claims extract` wrote, alone or mixed with articles, keeping input order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-matrix-'));
    const extract = claims(['extract', '--include-text', 'seeds/002_708d6faf272cb64c.txt', 'seeds/003_1bb24d89c908f2fd.txt']);
    writeFileSync(join(dir, 'x.json'), extract.stdout);
    const r = claims(['matrix', 'seeds/000_eef26a3c64092639.txt', join(dir, 'x.json'), '--format', 'json']);
    expect(r.code).toBe(0);
    const m = Matrix.parse(JSON.parse(r.stdout));
    expect(m.sources.map((s) => s.document)).toEqual(['000_eef26a3c64092639.txt', '002_708d6faf272cb64c.txt', '003_1bb24d89c908f2fd.txt']);
  });

  it('reads extract output on standard input: claims extract … | claims matrix -', () => {
    const extract = claims(['extract', '--include-text', 'seeds/002_708d6faf272cb64c.txt', 'seeds/003_1bb24d89c908f2fd.txt']);
    const r = claims(['matrix', '-', '--format', 'json'], extract.stdout);
    expect(r.code).toBe(0);
    expect(Matrix.parse(JSON.parse(r.stdout)).sources.map((s) => s.id)).toEqual(['dpa', 'Reuters']);
  });

  it('invalid extract output: one line on stderr naming the file, exit 2, stdout still parseable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-matrix-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, documents: [{ id: 'x' }] }));
    const r = claims(['matrix', bad, 'seeds/002_708d6faf272cb64c.txt', '--format', 'json']);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(bad);
    expect(lines[0]).toMatch(/not valid extract output/);
    expect(Matrix.safeParse(JSON.parse(r.stdout)).success).toBe(true);
  });

  it('no articles at all: exit 2', () => {
    const r = claims(['matrix', 'no/such/folder']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no\/such\/folder/);
  });

  it('--format csv parses as RFC 4180: a header, one line per row, quote/paraphrase cells', () => {
    const r = claims(['matrix', 'seeds/', '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(['row', 'speaker', 'statement', ...json.sources.map((s) => s.id), 'discrepancies']);
    expect(rows).toHaveLength(json.rows.length + 1);
    for (const line of rows.slice(1)) {
      expect(line).toHaveLength(rows[0].length);
      for (const cell of line.slice(3, -1)) expect(['', 'quote', 'paraphrase']).toContain(cell);
    }
    expect(rows.slice(1).map((l) => l[2])).toEqual(json.rows.map((x) => x.text));
  });

  it('--format table fits 100 columns and marks disagreements', () => {
    const r = claims(['matrix', 'seeds/', '--format', 'table']);
    expect(r.code).toBe(0);
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
    expect(r.stdout).toContain('●');
    expect(r.stdout).toMatch(/Disagreements/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('--format markdown is a GitHub table with one line per row', () => {
    const r = claims(['matrix', 'seeds/', '--format', 'markdown']);
    const table = r.stdout.split('\n').filter((l) => l.startsWith('| r'));
    expect(table).toHaveLength(json.rows.length);
    const width = r.stdout.split('\n').find((l) => l.startsWith('| # |'))!.split(' | ').length;
    for (const l of table) expect(l.replace(/\\\|/g, '').split(' | ')).toHaveLength(width);
  });

  it('--out writes the file atomically, its format from the extension; nothing on stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-matrix-'));
    const out = join(dir, 'matrix.html');
    const r = claims(['matrix', 'seeds/', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(readdirSync(dir)).toEqual(['matrix.html']);
    expect(existsSync(out)).toBe(true);
  });
});
