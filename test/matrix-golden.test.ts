// Golden files: the matrix of the seed articles, as JSON and as Markdown,
// built from a saved extraction (fixtures/matrix/seeds/extract.json), so the
// matrix is compared apart from changes to the extractor.
//   UPDATE_FIXTURES=1 npx vitest run test/matrix-golden.test.ts          rewrite the expected outputs
//   UPDATE_FIXTURES=extract npx vitest run test/matrix-golden.test.ts    also extract the seeds anew
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMatrixMarkdown } from '../src/format/matrix-markdown.js';
import { readInputs } from '../src/io/read.js';
import { buildMatrix } from '../src/matrix/index.js';
import { extractArticle } from '../src/pipeline.js';
import { type Document, Extraction } from '../src/schema/document.js';
import { Matrix } from '../src/schema/matrix.js';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'fixtures', 'matrix', 'seeds');
const update = process.env.UPDATE_FIXTURES;

async function input(): Promise<Document[]> {
  const file = join(dir, 'extract.json');
  if (update === 'extract') {
    const docs: Document[] = [];
    for await (const ev of readInputs([join(root, 'seeds')])) {
      if (ev.article) docs.push(extractArticle({ ...ev.article, path: `seeds/${ev.article.id}` }, { includeText: true }));
    }
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, documents: docs }, null, 1) + '\n');
  }
  return Extraction.parse(JSON.parse(readFileSync(file, 'utf8'))).documents;
}

describe('matrix of the seeds (golden)', async () => {
  const matrix = buildMatrix(await input());

  it('is valid against the schema', () => {
    expect(Matrix.safeParse(matrix).success).toBe(true);
  });

  it.each([
    ['matrix.json', () => JSON.stringify(matrix, null, 2) + '\n'],
    ['matrix.md', () => formatMatrixMarkdown(matrix)],
  ])('%s', (name, render) => {
    const file = join(dir, name);
    const actual = render();
    if (update) writeFileSync(file, actual);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });

  it('keeps the statements the seeds share across outlets together', () => {
    const row = matrix.rows.find((r) => r.text.startsWith('„Wir sind übereingekommen'));
    expect(row && Object.keys(row.coverage).length).toBeGreaterThanOrEqual(2);
    expect(matrix.discrepancies.some((d) => d.type === 'number' && d.unit === 'min')).toBe(true);
  });
});
