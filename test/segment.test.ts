import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newWork } from '../src/pipeline.js';
import { segment } from '../src/stages/segment.js';

const sentences = (text: string) => {
  const w = segment(newWork({ id: 't', path: 't', text, warnings: [] }));
  return w.sentences.map((s) => text.slice(s.start, s.end));
};

describe('sentence segmentation', () => {
  it.each([
    ['Dr. Müller kam. Er ging.', ['Dr. Müller kam.', 'Er ging.']],
    ['Das gilt z. B. für Kiew. Moskau schweigt.', ['Das gilt z. B. für Kiew.', 'Moskau schweigt.']],
    ['Am 12. Februar 2025 telefonierten sie. Danach nicht.', ['Am 12. Februar 2025 telefonierten sie.', 'Danach nicht.']],
    ['Trumps Vizepräsident J.D. Vance reist an. Rubio auch.', ['Trumps Vizepräsident J.D. Vance reist an.', 'Rubio auch.']],
    ['Seit 2014. Die Krim bleibt besetzt.', ['Seit 2014.', 'Die Krim bleibt besetzt.']],
    ['Er wurde im 13. Lebensjahr eingeschult. Danach zog er um.', ['Er wurde im 13. Lebensjahr eingeschult.', 'Danach zog er um.']],
    ['Die Mannschaft spielt in der 3. Liga. Sie verlor.', ['Die Mannschaft spielt in der 3. Liga.', 'Sie verlor.']],
    ['Es waren 13. Dann kam der Regen.', ['Es waren 13.', 'Dann kam der Regen.']],
    ['Der Verein Pro Asyl e.V. Frankfurt klagt. Das Gericht prüft.', ['Der Verein Pro Asyl e.V. Frankfurt klagt.', 'Das Gericht prüft.']],
    ['„Hoffentlich bald!“, sagte er. Dann ging er.', ['„Hoffentlich bald!“, sagte er.', 'Dann ging er.']],
    ['Er erklärte: „Manchmal muss man auch Wahlen haben.“ Danach schwieg er.', ['Er erklärte: „Manchmal muss man auch Wahlen haben.“', 'Danach schwieg er.']],
    ['US-Präsident Donald Trump telefonierte.\nDer Kreml bestätigte.', ['US-Präsident Donald Trump telefonierte.', 'Der Kreml bestätigte.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('keeps a web address one token', () => {
    const w = segment(newWork({ id: 't', path: 't', text: 'Laut t-online.de und faz.net kam er. Das ist neu.', warnings: [] }));
    expect(w.tokens.map((t) => t.text)).toContain('t-online.de');
    expect(w.tokens.map((t) => t.text)).toContain('faz.net');
    expect(w.sentences).toHaveLength(2);
  });

  it('cuts a run-on line of thousands of clauses after a comma, every piece at most 1000 tokens', () => {
    const text = 'Die Stadt sieht in dem Plan eine Gefahr, '.repeat(3000);
    const w = segment(newWork({ id: 't', path: 't', text, warnings: [] }));
    expect(w.sentences.length).toBeGreaterThan(20);
    for (const s of w.sentences) {
      expect(s.tokenEnd - s.tokenStart).toBeLessThanOrEqual(1000);
      expect(w.tokens[s.tokenEnd - 1].text).toBe(',');
    }
    expect(w.sentences.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(text.trimEnd());
  });

  it('marks a line without a final stop as a heading', () => {
    const w = segment(newWork({ id: 't', path: 't', text: 'Telefonat dauerte über eine Stunde\nEs war lang.', warnings: [] }));
    expect(w.sentences.map((s) => s.heading)).toEqual([true, false]);
  });
});

describe('tokens', () => {
  // The tokenizer skips white space itself and matches each token at its start; it must find
  // exactly what the token expression finds run over each line.
  const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*(?:\.(?:de|com|net|org|at|ch|eu|info|tv)(?![\p{L}\p{N}]))?|\p{N}+(?:[.,:]\p{N}+)*|\S/gu;
  const reference = (text: string) => {
    const out: [number, string][] = [];
    for (const line of text.matchAll(/[^\n\r]+/g)) {
      if (line[0].trim() === '') continue;
      for (const m of line[0].matchAll(TOKEN)) out.push([line.index + m.index, m[0]]);
    }
    return out;
  };
  const piece = fc.oneof(
    fc.constantFrom('Trump', 'US-Präsident', 'faz.net', 'Öl', '1.000', '3,5', '12:30', '„', '“', '»', '.', ',', ':', '-', '’', "'", '😀', '\ud800', '\udc00', 'e\u0301', '\u0301'),
    fc.constantFrom('.de', '.com', '.ch', '.info', '.tv', '.deu', '.co', 'x.de\u0301', '𝐀𝐁', '𝟙', '١٢', '²', '½', 'Ⅻ', 'ß', 'İ', 'ǅ', '\u00ad'),
    fc.constantFrom(' ', '\t', '\u00a0', '\u2009', '\u202f', '\u3000', '\ufeff', '\u1680', '\u2028', '\u2029', '\v', '\f', '\n', '\r\n', '\u200b'),
    fc.string({ unit: 'binary', maxLength: 3 }),
  );
  it('are what the token expression finds on each line, with every kind of white space', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const w = segment(newWork({ id: 't', path: 't', text, warnings: [] }));
        expect(w.tokens.map((t) => [t.start, t.text])).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});
