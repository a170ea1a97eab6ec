#!/usr/bin/env node
// How extraction time grows with input length on adversarial text, and
// whether the invariants hold on it. Not part of `npm test` (timings depend on
// the machine); run `npm run stress` (builds first).
//
// For each pattern the text is repeated to 1×, 4× and 16× a base size; each
// size is timed as the fastest of three runs. Linear growth gives a 16× run
// about 16 times slower than the 1× run; above 40 times counts as
// super-linear. A 5 MB single line is then extracted once (`--no-big` skips it).
// Exit 1 when any pattern grows super-linearly or an offset is wrong.
import { extractArticle } from '../dist/pipeline.js';

const BASE = Number(process.env.STRESS_BASE_KB ?? 50) * 1024;
const LIMIT = 40;
const PATTERNS = {
  'opening marks „„„„': '„„„„',
  'straight marks "a ': '"a ',
  'nested marks': '„a ‚b »c ›d “e ”f ',
  'unbalanced marks': '„Ja“ “ „ » « ” ‚ › ‹ ‘ " "Nein" ',
  punctuation: '!?.…;:,-–—()[]{}/\\*# ',
  'quotes with cues': '„Wir bleiben“, sagte die Ministerin. ',
  'indirect speech': 'Der Minister sagte, die Lage sei ernst. ',
  'lines of quotes': 'Er sagte: „Ja.“\n',
  'RTL, combining, surrogates': '\u05e9\u05dc\u05d5\u05dd „\u0627\u0644\u0633\u0644\u0627\u0645“ e\u0301\u0308 \ud800 sagte \udfff er. ',
};

function check(text) {
  const doc = extractArticle({ id: 's', path: 's', text, warnings: [] });
  const spans = [];
  for (const s of [...doc.quotes, ...doc.claims]) spans.push(s, s.speaker, s.cue, s.sentence);
  for (const e of doc.entities ?? []) spans.push(...e.mentions);
  for (const s of spans) {
    if (!s) continue;
    if (!(0 <= s.start && s.start <= s.end && s.end <= text.length) || text.slice(s.start, s.end) !== s.text) {
      throw new Error(`dishonest span ${s.start}..${s.end} ${JSON.stringify(s.text).slice(0, 40)}`);
    }
  }
  return doc;
}

function fastest(text, runs = 3) {
  let best = Infinity;
  let doc;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    doc = check(text);
    best = Math.min(best, performance.now() - t);
  }
  return { ms: best, doc };
}

let failed = false;
console.log(`base ${BASE / 1024} KB; time of the fastest of 3 runs; ratio = 16× time / 1× time (linear ≈ 16, limit ${LIMIT})\n`);
for (const [name, p] of Object.entries(PATTERNS)) {
  const text = (n) => p.repeat(Math.ceil((n * BASE) / p.length));
  let row;
  try {
    const [a, b, c] = [1, 4, 16].map((n) => fastest(text(n), n === 16 ? 2 : 3));
    const ratio = c.ms / Math.max(a.ms, 1);
    const bad = ratio > LIMIT;
    failed ||= bad;
    row = `${a.ms.toFixed(0).padStart(6)} ms ${b.ms.toFixed(0).padStart(6)} ms ${c.ms.toFixed(0).padStart(7)} ms  ratio ${ratio.toFixed(1).padStart(6)}  warnings at 16×: ${String(c.doc.warnings.length).padStart(7)}${bad ? '  SUPER-LINEAR' : ''}`;
  } catch (err) {
    failed = true;
    row = `FAILED: ${err instanceof Error ? err.message : err}`;
  }
  console.log(`${name.padEnd(28)} ${row}`);
}

if (!process.argv.includes('--no-big')) {
  const line = 'Die Regierung sagte am Montag, sie werde „alles tun“, und betonte: „Wir bleiben.“ Laut Polizei sei niemand verletzt worden. ';
  const text = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length));
  try {
    const t = performance.now();
    const doc = check(text);
    console.log(`\n5 MB single line: ${((performance.now() - t) / 1000).toFixed(1)} s, ${doc.quotes.length} quotes, ${doc.claims.length} claims, offsets honest`);
  } catch (err) {
    failed = true;
    console.log(`\n5 MB single line FAILED: ${err instanceof Error ? err.message : err}`);
  }
}
process.exitCode = failed ? 1 : 0;
