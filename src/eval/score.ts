// The whole evaluation: span scores per scope, the GermEval token score, and
// the misses, for a list of (gold document, our predictions). Pure: the same
// input gives the same result object, which `--format json` prints as is.
import { GERMEVAL_REFERENCE, type TokenCounts, TokenTally } from './germeval.js';
import { GOLD_TYPES, type GoldDoc, type GoldItem, type GoldType, type Prediction, isQuoteKind } from './model.js';
import { MissList, type Misses } from './misses.js';
import { rates, type Rates, type SpanCounts, SpanTally } from './spans.js';

export interface Scored {
  doc: GoldDoc;
  preds: Prediction[];
}

type Kind = Prediction['kind'];
const KINDS: Kind[] = ['direct', 'partial', 'indirect', 'free-indirect', 'according-to', 'reported'];

/**
 * Claim types: our kinds → gold types. Our schema has one free-indirect kind
 * for both WikiNews free-indirect types, so that row takes both gold types.
 */
export const CLAIM_TYPES = {
  Indirect: { goldTypes: ['Indirect'], ourKinds: ['indirect', 'according-to'] },
  FreeIndirect: { goldTypes: ['IndirectFreeIndirect', 'FreeIndirect'], ourKinds: ['free-indirect'] },
  Reported: { goldTypes: ['Reported'], ourKinds: ['reported'] },
} as const satisfies Record<string, { goldTypes: GoldType[]; ourKinds: Kind[] }>;
type ClaimType = keyof typeof CLAIM_TYPES;

export interface EvalResult {
  gold: { format: string; path: string; documents: number; annotations: number; nested: number; byType: Record<GoldType, number> };
  quotes: SpanCounts & { nestedGold: number };
  claims: SpanCounts & { byType: Record<ClaimType, SpanCounts & { goldTypes: readonly string[]; ourKinds: readonly string[] }> };
  allTypes: SpanCounts & {
    recallByGoldType: Record<GoldType, { gold: number; matched: number; recall: number | null }>;
    precisionByKind: Record<Kind, { predicted: number; matched: number; precision: number | null }>;
  };
  germeval: { gold: number; predicted: number; quote: TokenCounts; speaker: TokenCounts | null; joint: TokenCounts | null; reference: typeof GERMEVAL_REFERENCE };
  misses: Misses;
}

const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function score(scored: Scored[], opts: { format: string; path: string; limit: number }): EvalResult {
  const quotes = new SpanTally();
  const claims = new SpanTally();
  const all = new SpanTally();
  const byType = Object.fromEntries(Object.keys(CLAIM_TYPES).map((k) => [k, new SpanTally()])) as Record<ClaimType, SpanTally>;
  const tokens = new TokenTally();
  const misses = new MissList(opts.limit);
  const goldByType = zero(GOLD_TYPES);
  const matchedByType = zero(GOLD_TYPES);
  const predByKind = zero(KINDS);
  const matchedByKind = zero(KINDS);
  let nested = 0;
  let nestedQuotes = 0;

  for (const { doc, preds } of scored) {
    const gold = (f: (g: GoldItem) => boolean) => doc.items.filter(f);
    const ours = (f: (p: Prediction) => boolean) => preds.filter(f);
    quotes.add(doc, gold((g) => g.type === 'Direct'), ours((p) => isQuoteKind(p.kind)));
    claims.add(doc, gold((g) => g.type !== 'Direct'), ours((p) => !isQuoteKind(p.kind)));
    for (const [name, t] of Object.entries(CLAIM_TYPES) as [ClaimType, (typeof CLAIM_TYPES)[ClaimType]][]) {
      const types: readonly GoldType[] = t.goldTypes;
      const kinds: readonly Kind[] = t.ourKinds;
      byType[name].add(doc, gold((g) => types.includes(g.type)), ours((p) => kinds.includes(p.kind)));
    }
    const pairs = all.add(doc, doc.items, preds);
    misses.add(doc, preds, pairs);
    tokens.add(doc, preds);
    for (const g of doc.items) {
      goldByType[g.type]++;
      if (g.nested) nested++;
      if (g.nested && g.type === 'Direct') nestedQuotes++;
    }
    for (const p of preds) predByKind[p.kind]++;
    for (const pr of pairs) {
      matchedByType[doc.items[pr.gold].type]++;
      matchedByKind[preds[pr.pred].kind]++;
    }
  }

  const row = (name: ClaimType) => ({ goldTypes: CLAIM_TYPES[name].goldTypes, ourKinds: CLAIM_TYPES[name].ourKinds, ...byType[name].counts() });
  const recall = (t: GoldType) => ({ gold: goldByType[t], matched: matchedByType[t], recall: rates(matchedByType[t], 0, goldByType[t]).recall });
  const precision = (k: Kind) => ({ predicted: predByKind[k], matched: matchedByKind[k], precision: rates(matchedByKind[k], predByKind[k], 0).precision });
  return {
    gold: {
      format: opts.format,
      path: opts.path,
      documents: scored.length,
      annotations: scored.reduce((n, s) => n + s.doc.items.length, 0),
      nested,
      byType: goldByType,
    },
    quotes: { ...quotes.counts(), nestedGold: nestedQuotes },
    claims: { ...claims.counts(), byType: { Indirect: row('Indirect'), FreeIndirect: row('FreeIndirect'), Reported: row('Reported') } },
    allTypes: {
      ...all.counts(),
      recallByGoldType: Object.fromEntries(GOLD_TYPES.map((t) => [t, recall(t)])) as EvalResult['allTypes']['recallByGoldType'],
      precisionByKind: Object.fromEntries(KINDS.map((k) => [k, precision(k)])) as EvalResult['allTypes']['precisionByKind'],
    },
    germeval: { ...tokens.result(), reference: GERMEVAL_REFERENCE },
    misses: misses.result(),
  };
}

/** Stable, rounded numbers for display and JSON (4 decimals). */
export const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 10000) / 10000);
