// Golden files: every article under fixtures/cases/ and seeds/ is extracted
// and compared with fixtures/golden/<name>.json. Regenerate with
// UPDATE_FIXTURES=1 npx vitest run test/golden.test.ts, then review the diff.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../src/commands/validate.js';
import { extractArticle } from '../src/pipeline.js';

const root = join(import.meta.dirname, '..');
const golden = join(root, 'fixtures', 'golden');
const inputs = [
  ...readdirSync(join(root, 'fixtures', 'cases')).map((f) => join('fixtures', 'cases', f)),
  ...readdirSync(join(root, 'seeds')).map((f) => join('seeds', f)),
].filter((f) => f.endsWith('.txt'));

const extraction = (path: string) => {
  const text = readFileSync(join(root, path), 'utf8');
  return { schemaVersion: 1, documents: [extractArticle({ id: basename(path), path, text, warnings: [] }, { includeText: true })] };
};

describe('golden extractions', () => {
  mkdirSync(golden, { recursive: true });
  it.each(inputs)('%s', (path) => {
    const file = join(golden, basename(path).replace(/\.txt$/, '.json'));
    const actual = extraction(path);
    if (process.env.UPDATE_FIXTURES) writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});

describe('every JSON fixture validates against the schema', () => {
  const files = readdirSync(golden).filter((f) => f.endsWith('.json'));
  it('has fixtures', () => expect(files.length).toBeGreaterThanOrEqual(inputs.length));
  it.each(files)('%s', async (f) => {
    expect(await validateFile(join(golden, f))).toBeNull();
  });
});
