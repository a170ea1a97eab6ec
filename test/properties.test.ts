// Invariants on any input, checked with fast-check:
//   extractArticle never throws; every quote, claim, speaker, cue, sentence and
//   mention span satisfies 0 ≤ start ≤ end ≤ text.length and
//   text.slice(start, end) === span.text; the document passes the schema.
// Inputs: random Unicode (lone surrogates, combining marks, RTL, every kind of
// quotation mark and line ending), and real articles (../shared seeds and
// WikiNews texts when present, the input fixtures always) cut at random, with
// quotation marks thrown in and line endings changed. Timing is not asserted
// here: `npm run stress` measures how time grows with input length.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonError } from '../src/io/collection.js';
import { decode } from '../src/io/decode.js';
import { htmlToArticle } from '../src/io/html.js';
import { extractArticle } from '../src/pipeline.js';
import { Document } from '../src/schema/document.js';
import type { Article } from '../src/types.js';
import { collect, dishonestSpans, hasShared, inputs, sharedDir, stdinOf } from './io-helpers.js';

const RUNS = 150;
const MARKS = ['„', '“', '”', '"', '»', '«', '‚', '‘', '’', '›', '‹', "'"];

/** Run the pipeline and check every invariant; the first broken one fails the property with the input shown. */
function holds(text: string): boolean {
  const article: Article = { id: 'p', path: 'p.txt', text, warnings: [] };
  const doc = extractArticle(article, { includeText: true });
  const parsed = Document.safeParse(doc);
  if (!parsed.success) throw new Error(`schema: ${parsed.error.message}`);
  if (doc.text !== text) throw new Error('the document text is not the article text');
  const bad = dishonestSpans(doc, text);
  if (bad.length) throw new Error(bad.slice(0, 3).join('\n'));
  return true;
}

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 3, arbitrary: fc.constantFrom('\n', '\r\n', '\r', '\n\n', ' ', '  ', '\t', '\u00a0', '\u2028', '\u2029') },
  { weight: 8, arbitrary: fc.constantFrom('sagte', ' sagte er', 'Merkel', 'Olaf Scholz', 'der Sprecher', ', ', '. ', '! ', '? ', '…', ': ', '(', ')', '–', 'laut ', ' zufolge', 'dass ', 'sei ', 'habe ', 'Die Regierung', 'Dr. ', 'z. B. ', '12. ', '1.000', 'Er', 'sie', 'betonte', 'erklärte') },
  { weight: 2, arbitrary: fc.constantFrom('\u0301', '\u0308', '\u20dd', 'e\u0301', '\u05d0\u05d1', '\u0627\u0644', '\u200f', '\u202e', '\u200b', '\ufeff', '\u00ad') },
  { weight: 2, arbitrary: fc.constantFrom('\ud800', '\udfff', '\udc00\ud800', '😀', '👩‍👩‍👧', '\u0000', '\u001b') },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const messyText = fc.array(piece, { maxLength: 250 }).map((p) => p.join(''));

/** Real articles: the seeds and a slice of WikiNews when ../shared is there, the fixtures always. */
function realArticles(): string[] {
  const texts: string[] = [];
  for (const f of ['crlf.txt', 'bom-utf8.txt']) texts.push(readFileSync(join(inputs, f), 'utf8').replace(/^\ufeff/, ''));
  texts.push(htmlToArticle(readFileSync(join(inputs, 'news-page.html'), 'utf8')).text);
  if (!hasShared) return texts;
  const seeds = join(sharedDir, 'seeds');
  for (const f of readdirSync(seeds).sort()) if (f.endsWith('.txt')) texts.push(readFileSync(join(seeds, f), 'utf8'));
  const wiki = join(sharedDir, 'corpus/wikinews-de/train');
  for (const f of readdirSync(wiki).sort().slice(0, 40)) texts.push(JSON.parse(readFileSync(join(wiki, f), 'utf8')).originalText);
  return texts;
}
const REAL = realArticles();
if (!hasShared) console.warn('properties: ../shared is absent, so real articles come from fixtures/inputs only');

const mutatedArticle = fc
  .record({
    text: fc.constantFrom(...REAL),
    cut: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
    inserts: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...MARKS, '\n', '\r\n', '\r', '\ud800')), { maxLength: 12 }),
    eol: fc.constantFrom('keep', 'crlf', 'cr', 'mixed'),
    seed: fc.nat(),
  })
  .map(({ text, cut, inserts, eol, seed }) => {
    const [a, b] = cut[0] < cut[1] ? cut : [cut[1], cut[0]];
    let t = text.slice(Math.floor(a * text.length), Math.ceil(b * text.length));
    for (const [at, mark] of inserts) {
      const i = Math.floor(at * t.length);
      t = t.slice(0, i) + mark + t.slice(i);
    }
    let n = seed;
    if (eol === 'crlf') t = t.replace(/\r?\n/g, '\r\n');
    else if (eol === 'cr') t = t.replace(/\r?\n/g, '\r');
    else if (eol === 'mixed') t = t.replace(/\r?\n/g, () => ['\n', '\r\n', '\r'][n++ % 3]);
    return t;
  });

describe('extractArticle never throws and keeps offsets honest', () => {
  it('on random Unicode built from quotation marks, line endings, German words, surrogates, combining marks and RTL', () => {
    fc.assert(fc.property(messyText, holds), { numRuns: RUNS * 2 });
  });

  it('on real articles cut at random, with quotation marks inserted and line endings changed', () => {
    fc.assert(fc.property(mutatedArticle, holds), { numRuns: RUNS });
  });

  it('on every real article as it is, and with CRLF and CR line endings', () => {
    for (const text of REAL) for (const t of [text, text.replace(/\r?\n/g, '\r\n'), text.replace(/\r?\n/g, '\r')]) expect(holds(t)).toBe(true);
  });

  it.each([
    ['an unclosed quotation running to the end', '„Das werden wir nie zulassen, sagte der Minister. ' + 'Und weiter ging es. '.repeat(2000)],
    ['unbalanced marks', '„Ja“ “ „ » « ” ‚ › ‹ ‘ " "Nein" „„„ “““ '.repeat(500)],
    ['a 100 KB line of opening marks', '„'.repeat(100_000)],
    ['a 200 KB line of straight marks', '"a '.repeat(70_000)],
    ['deep nesting', '„a ‚b »c ›d “e ”f '.repeat(5_000) + '‹ « ‘ “'.repeat(2_000)],
    ['long runs of punctuation', '!?.…;:,-–—()[]{}/\\*#'.repeat(10_000)],
    ['a 500 KB line of words', 'Wort '.repeat(100_000)],
    ['a 20 000-line article', 'Er sagte: „Ja.“\n'.repeat(20_000)],
    ['a view repeated 4 000 times without a full stop', 'Die Stadt sieht in dem Plan eine Gefahr, '.repeat(4_000)],
    // found by the property above: a source that is only quotation marks and a space
    ['a "laut" whose source is a quotation mark', '„laut „sei ”'],
    ['a cue verb opening the text', 'sagte„\ud800“'],
    ['a given name before an organisation word opening the text', 'Anna Berlins Bürgermeister sagte, es sei gut.'],
    ['a colon opening the text before a quotation', ': „z. B. 1.000dass \u0301"'],
    ['RTL, combining marks and lone surrogates', ('\u05e9\u05dc\u05d5\u05dd „\u0627\u0644\u0633\u0644\u0627\u0645“ e\u0301\u0308 \ud800 sagte \udfff er. ').repeat(5_000)],
  ])('on %s', (_name, text) => {
    expect(holds(text)).toBe(true);
  });
});

describe('the input layer never throws', () => {
  it('decode: any bytes become text or a clear error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x25, 0x50, 0x44, 0x46, 0x2d]), (body, prefix) => {
        const d = decode(Uint8Array.from([...prefix, ...body]));
        if ('error' in d) return d.error.length > 0;
        return d.warnings.every((w) => w.start === null || (w.start >= 0 && w.end! <= d.text.length));
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('htmlToArticle: any tag soup gives clean lines (none empty, none with white space at its ends)', () => {
    const tag = fc.constantFrom('<p>', '</p>', '<div class="related">', '</div>', '<article>', '</article>', '<script>', '</script>', '<br>', '<h1>', '</h1>', '<q>', '</q>', '<!--', '-->', '<nav>', '&amp;', '&bdquo;', '&#x1F600;', '&#0;', '<', '>', '"', '<pre>');
    const soup = fc.array(fc.oneof(tag, fc.string({ maxLength: 8 }), fc.constantFrom('„Ja“, sagte sie.', '\r\n')), { maxLength: 60 }).map((p) => p.join(''));
    fc.assert(
      fc.property(soup, (html) => {
        const a = htmlToArticle(html);
        return a.text === '' || !a.text.split('\n').some((l) => l !== l.trim() || l === '');
      }),
      { numRuns: RUNS },
    );
  });

  it('locateJsonError agrees with JSON.parse: nothing wrong in valid JSON, a place inside the text for broken JSON', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), (json, k) => {
        expect(locateJsonError(json)).toEqual({ offset: json.length, message: 'the JSON parser refused it' });
        const i = json.length ? k % json.length : 0;
        const broken = json.slice(0, i) + json.slice(i + 1);
        let valid = true;
        try {
          JSON.parse(broken);
        } catch {
          valid = false;
        }
        if (!valid) {
          const at = locateJsonError(broken);
          expect(at.offset).toBeGreaterThanOrEqual(0);
          expect(at.offset).toBeLessThanOrEqual(broken.length);
          expect(at.message).not.toBe('the JSON parser refused it');
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('readInputs: any bytes on stdin, in any input format, give articles or errors, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('text', 'html', 'json', 'jsonl'), async (bytes, inputFormat) => {
        const evs = await collect(['-'], { inputFormat, stdin: stdinOf(Buffer.from(bytes)) });
        return evs.length > 0 && evs.every((e) => (e.article ? e.article.text.trim() !== '' : e.error.message !== ''));
      }),
      { numRuns: RUNS },
    );
  });
});
