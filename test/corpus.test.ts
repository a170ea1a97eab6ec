// The whole corpus in ../shared/corpus (700 WikiNews articles, 1,028 DER
// STANDARD articles as a JSONL collection) through the pipeline and through
// the binary: nothing throws, every document passes the schema, every offset
// is honest, and `claims validate` accepts the written output. Skips, with a
// message, when ../shared is absent.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/pipeline.js';
import { Document } from '../src/schema/document.js';
import type { Article } from '../src/types.js';
import { claims, collect, dishonestSpans, hasShared, sharedDir, stderrLines, tempDir } from './io-helpers.js';

const corpus = join(sharedDir, 'corpus');
const wikiDir = join(corpus, 'wikinews-de/train');
const standard = join(corpus, 'derstandard/articles.jsonl');
if (!hasShared) console.warn('corpus.test: ../shared is absent, skipping the corpus runs');

/** What is wrong with one article's document (empty when nothing). */
function problems(article: Article): string[] {
  let doc;
  try {
    doc = extractArticle(article, { includeText: true });
  } catch (err) {
    return [`${article.path}: threw ${err instanceof Error ? err.stack?.split('\n').slice(0, 3).join(' ') : String(err)}`];
  }
  const parsed = Document.safeParse(doc);
  if (!parsed.success) return [`${article.path}: schema: ${parsed.error.issues[0]?.message} at ${parsed.error.issues[0]?.path.join('.')}`];
  return dishonestSpans(doc, article.text).map((p) => `${article.path}: ${p}`);
}

describe.skipIf(!hasShared)('the corpus through the pipeline (needs ../shared)', () => {
  it('700 WikiNews articles: no exception, schema valid, every offset honest', () => {
    const files = readdirSync(wikiDir).filter((f) => f.endsWith('.json')).sort();
    expect(files).toHaveLength(700);
    const bad: string[] = [];
    for (const f of files) {
      const text = JSON.parse(readFileSync(join(wikiDir, f), 'utf8')).originalText as string;
      bad.push(...problems({ id: f, path: join(wikiDir, f), text, warnings: [] }));
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('1,028 DER STANDARD articles read as a JSONL collection: no input error, no exception, every offset honest', async () => {
    const events = await collect([standard]);
    expect(events.filter((e) => e.error).map((e) => e.error)).toEqual([]);
    expect(events).toHaveLength(1028);
    const bad = events.flatMap((e) => problems(e.article!));
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('the binary writes both as one JSON file that claims validate accepts, offsets checked against the texts', () => {
    const dir = tempDir('claims-corpus-');
    // WikiNews comes in the dataset's own format: hand it to extract as a collection of {id, text}.
    const wiki = join(dir, 'wikinews.jsonl');
    const lines = readdirSync(wikiDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.stringify({ id: f.replace(/\.json$/, ''), text: JSON.parse(readFileSync(join(wikiDir, f), 'utf8')).originalText }));
    writeFileSync(wiki, lines.join('\n') + '\n');
    const out = join(dir, 'out.json');
    const run = claims(['extract', standard, wiki, '--include-text', '--out', out]);
    expect([run.code, stderrLines(run.stderr)]).toEqual([0, []]);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.documents).toHaveLength(1728);
    const check = claims(['validate', out]);
    expect([check.code, check.stdout]).toEqual([0, '']);
    expect(check.stderr).toBe('1 file checked, all valid\n');
  });
});
