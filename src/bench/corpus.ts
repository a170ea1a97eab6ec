// The benchmark corpus: real German news from ../shared (DER STANDARD's 1,028
// articles and WikiNews' 700), repeated to the size asked. The data stays
// outside the repository; a temporary folder holds it as .txt files for the
// runs of the real binary.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BenchArticle {
  id: string;
  text: string;
}

export interface Corpus {
  articles: BenchArticle[];
  /** UTF-8 size of all texts. */
  bytes: number;
  /** Distinct articles before repetition, per source. */
  sources: Record<string, number>;
}

/** The repository root (this file is src/bench/ or dist/bench/). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** `../shared` beside the repository, or undefined when it is absent. */
export function sharedDir(override?: string): string | undefined {
  const dir = override ? resolve(override) : resolve(repoRoot, '../shared');
  return existsSync(join(dir, 'corpus')) ? dir : undefined;
}

export function loadCorpus(shared: string): Corpus {
  const articles: BenchArticle[] = [];
  const sources: Record<string, number> = {};
  const jsonl = join(shared, 'corpus/derstandard/articles.jsonl');
  if (existsSync(jsonl)) {
    const lines = readFileSync(jsonl, 'utf8').split('\n');
    for (const line of lines) {
      if (line.trim() === '') continue;
      const row = JSON.parse(line) as { id: string; text: string };
      if (typeof row.text === 'string' && row.text.trim() !== '') articles.push({ id: row.id, text: row.text });
    }
    sources.derstandard = articles.length;
  }
  const wiki = join(shared, 'corpus/wikinews-de/train');
  if (existsSync(wiki)) {
    const before = articles.length;
    for (const name of readdirSync(wiki).filter((f) => f.endsWith('.json')).sort()) {
      const doc = JSON.parse(readFileSync(join(wiki, name), 'utf8')) as { originalText?: string };
      if (typeof doc.originalText === 'string' && doc.originalText.trim() !== '') {
        articles.push({ id: `wikinews-${name.replace(/\.json$/, '')}`, text: doc.originalText });
      }
    }
    sources.wikinews = articles.length - before;
  }
  return { articles, bytes: sizeOf(articles), sources };
}

/** The first `n` articles of the corpus repeated as often as needed (copies get their own ids). */
export function sized(corpus: Corpus, n: number): Corpus {
  const base = corpus.articles;
  const articles: BenchArticle[] = [];
  for (let i = 0; i < n && base.length > 0; i++) {
    const a = base[i % base.length];
    const round = Math.floor(i / base.length);
    articles.push(round === 0 ? a : { id: `${a.id}~${round + 1}`, text: a.text });
  }
  return { articles, bytes: sizeOf(articles), sources: corpus.sources };
}

/** Every k-th article, for the slow references. */
export function sample(corpus: Corpus, n: number): Corpus {
  if (corpus.articles.length <= n) return corpus;
  const step = corpus.articles.length / n;
  const articles = Array.from({ length: n }, (_, i) => corpus.articles[Math.floor(i * step)]);
  return { articles, bytes: sizeOf(articles), sources: corpus.sources };
}

export function sizeOf(articles: BenchArticle[]): number {
  let n = 0;
  for (const a of articles) n += Buffer.byteLength(a.text, 'utf8');
  return n;
}

/** A temporary folder of `00001-<id>.txt` files (names sort in corpus order). */
export class CorpusFolder {
  readonly root: string;
  private counter = 0;

  constructor() {
    this.root = mkdtempSync(join(tmpdir(), 'claims-bench-'));
  }

  write(corpus: Corpus): { dir: string; files: string[] } {
    const dir = join(this.root, `corpus-${++this.counter}`);
    mkdirSync(dir);
    const width = String(corpus.articles.length).length;
    const files = corpus.articles.map((a, i) => {
      const file = join(dir, `${String(i).padStart(width, '0')}-${a.id.replace(/[^\w.~-]/g, '_')}.txt`);
      writeFileSync(file, a.text);
      return file;
    });
    return { dir, files };
  }

  /** A scratch file path inside the folder. */
  file(name: string): string {
    return join(this.root, name);
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
