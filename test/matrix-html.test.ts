// The HTML page: self-contained, escaped, and checked in a real headless
// browser (Debian's chromium) when one is installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMatrixHtml } from '../src/format/matrix-html.js';
import { buildMatrix } from '../src/matrix/index.js';
import { Extraction } from '../src/schema/document.js';
import { makeDoc } from './matrix-helpers.js';

const root = join(import.meta.dirname, '..');
const seeds = Extraction.parse(JSON.parse(readFileSync(join(root, 'fixtures', 'matrix', 'seeds', 'extract.json'), 'utf8'))).documents;
const matrix = buildMatrix(seeds);
const html = formatMatrixHtml(matrix);

const chromium = ['chromium', 'chromium-browser'].find((c) => spawnSync(c, ['--version'], { encoding: 'utf8' }).status === 0);
if (!chromium) console.warn('matrix-html: no chromium on this machine (apt-get install chromium): the browser test is skipped');

describe('matrix page', () => {
  it('needs nothing from outside: no external scripts, styles, images or fonts', () => {
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]*\s(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(|https?:\/\//i);
  });

  it('escapes every text', () => {
    const evil = makeDoc('<b>x</b>.txt', 'Evil & Co <i>', 'Er sagte: „<script>alert(1)</script> und <img src=x onerror=alert(2)>“', [
      { kind: 'direct', text: '<script>alert(1)</script> und <img src=x onerror=alert(2)>', speaker: '<Mallory>' },
    ]);
    const page = formatMatrixHtml(buildMatrix([evil]));
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img src=x');
    expect(page).not.toContain('<Mallory>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('Evil &amp; Co &lt;i&gt;');
  });

  it('marks the statement inside its sentence, with its offsets', () => {
    const m = matrix.rows[0].members[0];
    expect(html).toContain(`characters ${m.start}–${m.end}`);
    expect(html).toMatch(/<mark>[^<]+<\/mark>/);
  });

  it.skipIf(!chromium)('renders in a headless browser: every row, a cell per outlet, the script ran', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-html-'));
    const file = join(dir, 'matrix.html');
    writeFileSync(file, html);
    const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'claims-chromium-'))}`, '--window-size=1280,900'];
    const dom = spawnSync(chromium!, [...flags, '--dump-dom', `file://${file}`], { encoding: 'utf8', timeout: 90_000 });
    expect(dom.status).toBe(0);
    const rows = dom.stdout.match(/<tr id="r\d+"/g) ?? [];
    expect(rows).toHaveLength(matrix.rows.length);
    expect(dom.stdout.match(/<td class="cell /g)).toHaveLength(matrix.rows.length * matrix.sources.length);
    expect(dom.stdout).toMatch(/<body[^>]*data-ready="1"/);
    const shot = join(dir, 'matrix.png');
    const png = spawnSync(chromium!, [...flags, `--screenshot=${shot}`, `file://${file}`], { encoding: 'utf8', timeout: 90_000 });
    expect(png.status).toBe(0);
    expect(statSync(shot).size).toBeGreaterThan(20_000);
  });
});
