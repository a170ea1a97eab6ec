// The matrix's view of German words: stems, numbers, similarity, speakers.
import { describe, expect, it } from 'vitest';
import { describeValue, numberValue, parseNumeral, quantities } from '../src/matrix/numbers.js';
import { relate, speakerKey } from '../src/matrix/speakers.js';
import { overlap, similarity, terms, termSet, type Vector, verbatim, Vocabulary, words } from '../src/matrix/similarity.js';
import { stem } from '../src/matrix/stem.js';
import type { SpeakerType } from '../src/schema/document.js';

describe('stem', () => {
  it.each([
    ['unrealistisches', 'unrealistisch'],
    ['Beseitigung', 'beseitigen'],
    ['langes', 'lang'],
    ['produktives', 'produktiv'],
    ['Grenzen', 'Grenze'],
    ['Verhandlungen', 'Verhandlung'],
    ['informiert', 'informieren'],
    ['Stunden', 'Stunde'],
    ['Kremls', 'Kreml'],
    ['Weißen', 'weiß'],
    ['persönlichen', 'persönlicher'],
    ['Treffens', 'Treffen'],
  ])('%s and %s share a stem', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it.each([
    ['unrealistisch', 'unwahrscheinlich'],
    ['Beitritt', 'Bereitschaft'],
    ['Kontakte', 'Konflikte'],
  ])('%s and %s keep apart', (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });

  it('folds umlauts and ß', () => {
    expect(stem('Größe')).toBe(stem('grösse'));
    expect(stem('Außenminister')).toMatch(/^aussenminist/);
  });
});

describe('numbers', () => {
  it.each([
    ['1.000', 1000],
    ['3,5', 3.5],
    ['1.234,5', 1234.5],
    ['2014', 2014],
    ['3.0', 3],
  ])('numeral %s = %d', (s, v) => expect(parseNumeral(s)).toBe(v));

  it.each([
    ['zwei', 2],
    ['anderthalb', 1.5],
    ['eineinhalb', 1.5],
    ['zwölf', 12],
    ['fünfundzwanzig', 25],
    ['Dutzend', 12],
    ['Trump', null],
  ])('word %s = %s', (s, v) => expect(numberValue(s)).toBe(v));

  it.each([
    ['Beide Staatschefs hätten fast anderthalb Stunden lang telefoniert', 90, 'min', 'fast', 'fast anderthalb Stunden'],
    ['Erst am Mittwoch hatten Trump und Putin über eine Stunde telefoniert.', 60, 'min', 'über', 'über eine Stunde'],
    ['er könne den Krieg innerhalb von 24 Stunden beenden', 1440, 'min', null, '24 Stunden'],
    ['Dem Format gehören mehr als 50 Länder an', 50, 'land', 'mehr als', 'mehr als 50 Länder'],
    ['etwa 20 Prozent des ukrainischen Territoriums', 20, '%', 'etwa', 'etwa 20 Prozent'],
    ['zwei Millionen Euro für den Wiederaufbau', 2_000_000, '€', null, 'zwei Millionen Euro'],
    ['Am 12. Februar 2025 telefonierte Trump', 212, 'date', null, '12. Februar'],
    ['eine Rückkehr zu den Grenzen von 2014', 2014, 'year', null, '2014'],
    ['3,5 Prozent Wachstum', 3.5, '%', null, '3,5 Prozent'],
  ])('%s → %d %s', (text, value, unit, qualifier, printed) => {
    const q = quantities(text)[0];
    expect(q).toMatchObject({ value, unit, qualifier, text: printed });
    expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it.each([['Ein persönliches Treffen in Saudi-Arabien soll bald folgen.'], ['eine Rückkehr zu den Grenzen'], ['der 3. Tag der Konferenz']])(
    'no quantity in „%s“',
    (text) => expect(quantities(text)).toEqual([]),
  );

  it('reads durations back in hours', () => {
    expect(describeValue({ value: 90, unit: 'min' })).toBe('1.5 h');
    expect(describeValue({ value: 45, unit: 'min' })).toBe('45 min');
  });
});

/** Two texts as weighted vectors over one vocabulary (all weights 1). */
function pair(a: string, b: string): [Vector, Vector] {
  const vocabulary = new Vocabulary();
  for (const t of [a, b]) for (const w of words(t)) vocabulary.add(w.text);
  const ids = new Map<string, number>();
  const vec = (t: string): Vector => {
    const entries = [...termSet(terms(words(t), vocabulary))].map(([term, w]) => {
      if (!ids.has(term)) ids.set(term, ids.size);
      return [ids.get(term)!, w] as const;
    });
    entries.sort((x, y) => x[0] - y[0]);
    return { ids: Int32Array.from(entries.map((e) => e[0])), weights: Float64Array.from(entries.map((e) => e[1])), norm: entries.reduce((k, e) => k + e[1], 0) };
  };
  return [vec(a), vec(b)];
}

describe('similarity', () => {
  it.each([
    // One statement, two outlets' words.
    ['die vollständige Wiederherstellung der Grenzen als unrealistisch bezeichnet', 'die vollständige Wiederherstellung ihrer Grenzen als „unrealistisch“', 0.8],
    ['Selenskyj nicht außen vor bleiben werde', 'Selenskyj nicht außen vor bleiben würde, solange er im Amt sei', 0.6],
    ['sei der russische Angriff durch die Nato-Ambitionen der Ukraine ausgelöst worden', 'wurde der russische Angriffskrieg durch das Bestreben der Ukraine, der NATO beizutreten, verursacht', 0.45],
    ['langes und sehr produktives', 'lang und sehr produktiv', 0.99],
    ['Putin sei bereit, US-Repräsentanten in Russland zu empfangen', 'Putin habe seine Bereitschaft erklärt, Repräsentanten des Weißen Hauses in Russland zu empfangen', 0.45],
  ])('„%s“ ~ „%s“ (≥ %d)', (a, b, min) => {
    const [x, y] = pair(a, b);
    expect(similarity(overlap(x, y))).toBeGreaterThanOrEqual(min);
  });

  it.each([
    ['Selenskyj nicht außen vor bleiben werde', 'Europa müsse in der Ukraine-Frage einig sein'],
    ['Manchmal muss man auch Wahlen haben.', 'Ein Teil des Landes (der Ukraine) wird zurückkommen.'],
    ['Er sagte, er werde das prüfen.', 'Sie erklärte, sie habe das gesagt.'],
  ])('„%s“ and „%s“ are unrelated', (a, b) => {
    const [x, y] = pair(a, b);
    expect(similarity(overlap(x, y))).toBeLessThan(0.2);
  });

  it('numbers meet by value: „anderthalb Stunden“ ~ „1,5 Stunden“', () => {
    const [x, y] = pair('anderthalb Stunden', '1,5 Stunden');
    expect(overlap(x, y).count).toBe(2);
  });

  it('compound parts meet the words they are made of', () => {
    const v = new Vocabulary();
    for (const w of ['Angriff', 'Krieg', 'Frieden', 'Lösung', 'Angriffskrieg', 'Friedenslösung']) v.add(w);
    expect(v.parts('Angriffskrieg')).toEqual([stem('Angriff'), stem('Krieg')]);
    expect(v.parts('Friedenslösung')).toEqual([stem('Frieden'), stem('Lösung')]);
  });

  it('verbatim ignores punctuation and case, not the words', () => {
    const w = (s: string) => words(s).map((x) => x.text.toLowerCase());
    expect(verbatim(w('Wir sind übereingekommen, sehr eng zusammenzuarbeiten.'), w('wir sind übereingekommen sehr eng zusammenzuarbeiten'))).toBe(1);
    expect(verbatim(w('Wir sind übereingekommen, eng zusammenzuarbeiten'), w('Wir haben vereinbart, eng zusammenzuarbeiten'))).toBeLessThan(0.8);
  });
});

describe('speakers', () => {
  const key = (name: string, type: SpeakerType = 'person', role: string | null = null, affiliation: string | null = null) => speakerKey({ name, type, role, affiliation });
  it.each([
    ['Trump', 'Donald Trump', 'same'],
    ['US-Präsident Donald Trump', 'Donald Trump', 'same'],
    ['J.D. Vance', 'JD Vance', 'same'],
    ['Donald Trump', 'Melania Trump', 'different'],
    ['Olaf Scholz', 'Donald Trump', 'different'],
  ] as const)('%s ~ %s: %s', (a, b, rel) => expect(relate(key(a), key(b))).toBe(rel));

  it('organisations by stems: „Kreml“ = „Kremls“, „Weißes Haus“ = „Weißen Hauses“', () => {
    expect(relate(key('Kreml', 'organization'), key('Kremls', 'organization'))).toBe('same');
    expect(relate(key('Weißes Haus', 'organization'), key('Weißen Hauses', 'organization'))).toBe('same');
    expect(relate(key('Kreml', 'organization'), key('Tass', 'organization'))).toBe('different');
  });

  it('a spokesperson speaks for his body, named or by trade', () => {
    const peskow = key('Dmitri Peskow', 'person', 'Kremlsprecher', 'Kreml');
    expect(relate(peskow, key('Kreml', 'organization'))).toBe('related');
    expect(relate(peskow, key('russische Regierung', 'organization'))).toBe('related');
    expect(relate(peskow, key('Tass', 'organization'), false)).toBe('different');
  });
});
