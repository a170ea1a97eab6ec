// `claims eval`: read the gold, extract its articles, score, print.
// Exit 0 when scored, 1 when quote F1 falls below --min-f1, 2 for usage or
// input errors (a missing gold, unreadable or unfitting texts, a failed
// extraction; whatever could be scored is still printed).
import { formatInputError, type InputError } from '../io/read.js';
import { EXIT, type Io, wantColor } from '../io/streams.js';
import { extractArticle } from '../pipeline.js';
import { formatEvalJson, formatEvalTable } from './format.js';
import { loadGold } from './gold.js';
import type { GoldDoc, Prediction } from './model.js';
import { predictionsOf } from './predict.js';
import { score } from './score.js';
import { defaultSeedsFolder, seedTexts } from './texts.js';

export interface EvalOptions {
  gold: string;
  format?: 'table' | 'json';
  misses?: string;
  minF1?: string;
  color?: boolean;
}

export async function evalCommand(paths: string[], opts: EvalOptions, io: Io): Promise<number> {
  const say = (e: InputError) => io.stderr.write(formatInputError(e) + '\n');
  const limit = opts.misses === 'all' ? Infinity : Number(opts.misses ?? '20');
  if (!Number.isInteger(limit) && limit !== Infinity) return usage(io, `--misses must be a whole number or "all", not "${opts.misses}"`);
  if (limit < 0) return usage(io, `--misses must not be negative`);
  const minF1 = opts.minF1 === undefined ? null : Number(opts.minF1);
  if (minF1 !== null && !(minF1 >= 0 && minF1 <= 1)) return usage(io, `--min-f1 must be a number from 0 to 1, not "${opts.minF1}"`);

  const gold = await loadGold(opts.gold);
  if ('message' in gold) return say(gold), EXIT.usage;
  let code: number = gold.errors.length > 0 ? EXIT.usage : EXIT.ok;
  gold.errors.forEach(say);

  let docs: GoldDoc[];
  if (gold.format === 'seeds') {
    const folder = paths.length > 0 ? null : await defaultSeedsFolder(gold.path);
    if (paths.length === 0 && folder === null) {
      return say({ path: gold.path, message: 'no texts: give the articles as paths, or put them in <gold folder>/../seeds/ or ./seeds/' }), EXIT.usage;
    }
    const texts = await seedTexts(gold.seeds, paths, folder);
    texts.errors.forEach(say);
    texts.notes.forEach(say);
    if (texts.errors.length > 0) code = EXIT.usage;
    docs = texts.docs;
  } else {
    if (paths.length > 0) io.stderr.write('claims: note: paths are not used with WikiNews gold (its articles are in originalText)\n');
    docs = gold.docs;
  }
  if (docs.length === 0) return say({ path: gold.path, message: 'no gold document to score' }), EXIT.usage;

  const scored = docs.map((doc) => {
    let preds: Prediction[] = [];
    try {
      preds = predictionsOf(extractArticle({ id: doc.id, path: doc.path, text: doc.text, warnings: [] }), { passages: gold.format === 'wikinews' });
    } catch (err) {
      say({ path: doc.path, message: `extraction failed, scored as finding nothing: ${err instanceof Error ? err.message : String(err)}` });
      code = EXIT.usage;
    }
    return { doc, preds };
  });
  const result = score(scored, { format: gold.format, path: opts.gold, limit });
  const format = opts.format ?? (io.stdout.isTTY ? 'table' : 'json');
  io.stdout.write(format === 'json' ? formatEvalJson(result) : formatEvalTable(result, { color: wantColor(io.stdout, io.env, opts.color) }));
  if (code === EXIT.ok && minF1 !== null && (result.quotes.f1 ?? 0) < minF1) {
    io.stderr.write(`claims: quote F1 ${(result.quotes.f1 ?? 0).toFixed(3)} is below --min-f1 ${minF1}\n`);
    code = EXIT.findings;
  }
  return code;
}

function usage(io: Io, message: string): number {
  io.stderr.write(`claims: ${message}\n`);
  return EXIT.usage;
}
