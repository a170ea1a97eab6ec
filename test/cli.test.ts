// The real binary: stdout, stderr and exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Extraction } from '../src/schema/document.js';

const root = join(import.meta.dirname, '..');
const claims = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'claims'), ...args], { cwd: root, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('claims (binary)', () => {
  it('--help lists every command with an example and the exit codes', () => {
    const r = claims(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['extract', 'matrix', 'eval', 'validate', 'schema']) expect(r.stdout).toContain(cmd);
    expect(r.stdout).toMatch(/Exit codes:/);
    expect(r.stdout).toContain('$ claims extract seeds/');
  });

  it('--version answers', () => {
    const r = claims(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('extract seeds/ prints valid JSON when piped', () => {
    const r = claims(['extract', 'seeds/']);
    expect(r.code).toBe(0);
    const out = Extraction.parse(JSON.parse(r.stdout));
    expect(out.documents).toHaveLength(5);
    expect(out.documents.some((d) => d.quotes.length > 0)).toBe(true);
  });

  it('--format ndjson prints one document per line', () => {
    const r = claims(['extract', '--format', 'ndjson', 'seeds/']);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    for (const l of lines) expect(JSON.parse(l).id).toMatch(/\.txt$/);
  });

  it('--format table prints a table with speakers', () => {
    const r = claims(['extract', '--format', 'table', 'seeds/002_708d6faf272cb64c.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Donald Trump');
    expect(r.stdout.split('\n').every((l) => l.length <= 100)).toBe(true);
  });

  it('reads stdin with -', () => {
    const r = claims(['extract', '-'], '„Wir bleiben“, sagte Kanzler Olaf Scholz.');
    expect(JSON.parse(r.stdout).documents[0].quotes[0].speaker.name).toBe('Olaf Scholz');
  });

  it('a missing path: one line on stderr, exit 2, the other files still written', () => {
    const r = claims(['extract', 'no/such/file.txt', 'seeds/001_e2c298e103a45c6c.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no/such/file.txt');
    expect(JSON.parse(r.stdout).documents).toHaveLength(1);
  });

  it('an unknown option is a usage error (exit 2)', () => {
    expect(claims(['extract', '--bogus', 'seeds/']).code).toBe(2);
  });

  it('schema prints a JSON Schema', () => {
    const r = claims(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).properties.documents).toBeDefined();
  });

  it('validate: fixtures pass (exit 0), a broken file names the path (exit 1)', () => {
    expect(claims(['validate', 'fixtures/golden']).code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'claims-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, documents: [{ id: 'x', quotes: [{ start: 'a' }] }] }));
    const r = claims(['validate', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/documents\[0\]\.quotes\[0\]\.start/);
  });
});
