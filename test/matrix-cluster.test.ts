// Rows, columns and disagreements on small hand-made articles.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../src/matrix/index.js';
import { Matrix, type Row } from '../src/schema/matrix.js';
import { makeDoc } from './matrix-helpers.js';

const rowOf = (m: Matrix, document: string, statementId: string): Row => {
  const r = m.rows.find((x) => x.members.some((y) => y.document === document && y.statementId === statementId));
  if (!r) throw new Error(`${document}#${statementId} is in no row`);
  return r;
};

describe('one statement, however each outlet reports it', () => {
  const direct = makeDoc('a', 'Reuters', '„Wir müssen damit beginnen anzuerkennen, dass eine Rückkehr zu den Grenzen der Ukraine vor 2014 ein unrealistisches Ziel ist“, sagte Hegseth in Brüssel. Scholz sagte, die Ukraine entscheide allein über Friedensgespräche.', [
    { kind: 'direct', text: 'Wir müssen damit beginnen anzuerkennen, dass eine Rückkehr zu den Grenzen der Ukraine vor 2014 ein unrealistisches Ziel ist', speaker: 'Pete Hegseth' },
    { kind: 'indirect', text: 'die Ukraine entscheide allein über Friedensgespräche', speaker: 'Olaf Scholz' },
  ]);
  const partial = makeDoc('b', 'dpa', 'US-Verteidigungsminister Pete Hegseth bezeichnete die Rückkehr zu den Grenzen von 2014 als „unrealistisch“.', [
    { kind: 'partial', text: 'unrealistisch', speaker: 'Pete Hegseth' },
  ]);
  const indirect = makeDoc('c', 'AFP', 'Hegseth betonte, dass die Rückkehr zu den Grenzen von 2014 als unrealistisch angesehen wird. Trump sagte, er wolle bald nach Moskau reisen.', [
    { kind: 'indirect', text: 'die Rückkehr zu den Grenzen von 2014 als unrealistisch angesehen wird', speaker: 'Hegseth' },
    { kind: 'indirect', text: 'er wolle bald nach Moskau reisen', speaker: 'Donald Trump' },
  ]);
  const m = buildMatrix([direct, partial, indirect]);

  it('a direct quotation, a partial one and an indirect report share a row', () => {
    const r = rowOf(m, 'a', 'q1');
    expect(rowOf(m, 'b', 'q1').id).toBe(r.id);
    expect(rowOf(m, 'c', 'c1').id).toBe(r.id);
    expect(r.speaker).toBe('Pete Hegseth');
    expect(r.coverage).toEqual({ Reuters: 'quote', dpa: 'quote', AFP: 'paraphrase' });
    expect(r.text).toMatch(/^„Wir müssen/);
  });

  it('other statements keep rows of their own, and are only in their outlet', () => {
    expect(rowOf(m, 'a', 'c2').id).not.toBe(rowOf(m, 'c', 'c2').id);
    expect(rowOf(m, 'a', 'c2').coverage).toEqual({ Reuters: 'paraphrase' });
    const exclusive = m.discrepancies.filter((d) => d.type === 'exclusive');
    expect(exclusive.map((d) => d.type === 'exclusive' && [d.source, d.rows])).toEqual([
      ['Reuters', [rowOf(m, 'a', 'c2').id]],
      ['AFP', [rowOf(m, 'c', 'c2').id]],
    ]);
  });

  it('rows shared by more outlets come first', () => {
    expect(m.rows[0].id).toBe('r1');
    expect(Object.keys(m.rows[0].coverage)).toHaveLength(3);
  });

  it('members carry the outlet, the words and where they stand', () => {
    const member = rowOf(m, 'b', 'q1').members.find((x) => x.document === 'b')!;
    expect(member).toMatchObject({ source: 'dpa', statementId: 'q1', kind: 'partial', speaker: 'Pete Hegseth', text: 'unrealistisch' });
    expect(partial.text!.slice(member.start, member.end)).toBe('unrealistisch');
    expect(partial.text!.slice(member.sentenceStart, member.sentenceStart + member.sentence.length)).toBe(member.sentence);
  });
});

describe('disagreements', () => {
  it('a quotation whose words differ beyond inflection is a possible misquote, with the words', () => {
    const a = makeDoc('a', 'dpa', '„Wir sind übereingekommen, sehr eng zusammenzuarbeiten und auch die Nationen des jeweils anderen zu besuchen“, schrieb Trump.', [
      { kind: 'direct', text: 'Wir sind übereingekommen, sehr eng zusammenzuarbeiten und auch die Nationen des jeweils anderen zu besuchen', speaker: 'Donald Trump' },
    ]);
    const b = makeDoc('b', 'Bild', 'Trump schrieb: „Wir sind übereingekommen, eng zusammenzuarbeiten und die Hauptstädte des jeweils anderen zu besuchen.“', [
      { kind: 'direct', text: 'Wir sind übereingekommen, eng zusammenzuarbeiten und die Hauptstädte des jeweils anderen zu besuchen.', speaker: 'Trump' },
    ]);
    const m = buildMatrix([a, b]);
    expect(m.rows).toHaveLength(1);
    const d = m.discrepancies.find((x) => x.type === 'misquote');
    expect(d && d.type === 'misquote' && d.members.map((x) => [x.source, x.words])).toEqual([
      ['dpa', ['sehr', 'auch', 'Nationen']],
      ['Bild', ['Hauptstädte']],
    ]);
    expect(m.rows[0].discrepancies).toContain(d!.id);
  });

  it.each([
    ['inflection', 'langes und sehr produktives', 'lang und sehr produktiv'],
    ['punctuation and case', 'Ich glaube, dass diese Bemühungen zu einem Abschluss führen werden, hoffentlich bald!', 'ich glaube dass diese Bemühungen zu einem Abschluss führen werden – hoffentlich bald'],
    ['a part of the whole', 'unrealistisches Ziel', 'dass eine Rückkehr zu den Grenzen ein unrealistisches Ziel ist'],
  ])('no misquote for %s', (_, x, y) => {
    const a = makeDoc('a', 'dpa', `Trump sagte: „${x}“`, [{ kind: 'direct', text: x, speaker: 'Donald Trump' }]);
    const b = makeDoc('b', 'AFP', `Trump sagte: „${y}“`, [{ kind: 'direct', text: y, speaker: 'Donald Trump' }]);
    const m = buildMatrix([a, b]);
    expect(m.rows).toHaveLength(1);
    expect(m.discrepancies.filter((d) => d.type === 'misquote')).toEqual([]);
  });

  it('numbers that differ: „über eine Stunde“ vs „fast anderthalb Stunden“ (an unattributed sentence joins)', () => {
    const a = makeDoc('a', 'AFP', 'Erst am Mittwoch hatten Trump und Putin über eine Stunde telefoniert. Der Kreml bestätigte das Gespräch.', [
      { kind: 'reported', text: 'das Gespräch', speaker: 'Kreml', type: 'organization' },
    ]);
    const b = makeDoc('b', 'Reuters', 'Die russische Regierung erklärte, Trump und Putin hätten fast anderthalb Stunden lang telefoniert.', [
      { kind: 'indirect', text: 'Trump und Putin hätten fast anderthalb Stunden lang telefoniert', speaker: 'russische Regierung', type: 'organization' },
    ]);
    const m = buildMatrix([a, b]);
    const r = rowOf(m, 'b', 'c1');
    expect(r.members.map((x) => [x.source, x.kind])).toEqual([
      ['AFP', 'unattributed'],
      ['Reuters', 'indirect'],
    ]);
    const d = m.discrepancies.find((x) => x.type === 'number');
    expect(d && d.type === 'number' && [d.unit, d.members.map((x) => [x.source, x.values, x.text])]).toEqual([
      'min',
      [
        ['AFP', [60], ['über eine Stunde']],
        ['Reuters', [90], ['fast anderthalb Stunden']],
      ],
    ]);
  });

  it('the same numbers agree, written however: „1.000 Soldaten“ = „tausend Soldaten“', () => {
    const a = makeDoc('a', 'dpa', 'Hegseth sagte, die USA würden 1.000 Soldaten nach Polen verlegen.', [{ kind: 'indirect', text: 'die USA würden 1.000 Soldaten nach Polen verlegen', speaker: 'Pete Hegseth' }]);
    const b = makeDoc('b', 'AFP', 'Hegseth kündigte an, die USA würden tausend Soldaten nach Polen verlegen.', [{ kind: 'indirect', text: 'die USA würden tausend Soldaten nach Polen verlegen', speaker: 'Pete Hegseth' }]);
    const c = makeDoc('c', 'Bild', 'Laut Hegseth würden die USA 2.000 Soldaten nach Polen verlegen.', [{ kind: 'according-to', text: 'würden die USA 2.000 Soldaten nach Polen verlegen', speaker: 'Pete Hegseth' }]);
    expect(buildMatrix([a, b]).discrepancies.filter((d) => d.type === 'number')).toEqual([]);
    const m = buildMatrix([a, b, c]);
    expect(m.rows).toHaveLength(1);
    const d = m.discrepancies.find((x) => x.type === 'number');
    expect(d && d.type === 'number' && d.members.map((x) => x.values[0])).toEqual([1000, 1000, 2000]);
  });

  it('the same words attributed to different speakers', () => {
    const a = makeDoc('a', 'dpa', 'Zudem habe Putin Trump nach Moskau eingeladen, sagte Kremlsprecher Dmitri Peskow.', [
      { kind: 'indirect', text: 'Zudem habe Putin Trump nach Moskau eingeladen', speaker: 'Dmitri Peskow', role: 'Kremlsprecher', affiliation: 'Kreml' },
    ]);
    const b = makeDoc('b', 'Reuters', 'Die Nachrichtenagentur Tass berichtete, Putin habe Trump nach Moskau eingeladen.', [
      { kind: 'indirect', text: 'Putin habe Trump nach Moskau eingeladen', speaker: 'Tass', type: 'organization' },
    ]);
    const m = buildMatrix([a, b]);
    expect(m.rows).toHaveLength(1);
    const d = m.discrepancies.find((x) => x.type === 'speaker');
    expect(d && d.type === 'speaker' && d.members.map((x) => [x.source, x.speaker])).toEqual([
      ['dpa', 'Dmitri Peskow'],
      ['Reuters', 'Tass'],
    ]);
  });

  it('a spokesperson and his body are one voice, not a disagreement', () => {
    const a = makeDoc('a', 'dpa', 'Der Kreml erklärte, Putin sei bereit, US-Repräsentanten in Russland zu empfangen.', [
      { kind: 'indirect', text: 'Putin sei bereit, US-Repräsentanten in Russland zu empfangen', speaker: 'Kreml', type: 'organization' },
    ]);
    const b = makeDoc('b', 'AFP', 'Putin habe seine Bereitschaft erklärt, Repräsentanten des Weißen Hauses in Russland zu empfangen, sagte Kremlsprecher Dmitri Peskow.', [
      { kind: 'indirect', text: 'Putin habe seine Bereitschaft erklärt, Repräsentanten des Weißen Hauses in Russland zu empfangen', speaker: 'Dmitri Peskow', role: 'Kremlsprecher', affiliation: 'Kreml' },
    ]);
    const m = buildMatrix([a, b]);
    expect(m.rows).toHaveLength(1);
    expect(m.discrepancies.filter((d) => d.type === 'speaker')).toEqual([]);
  });
});

describe('rows within one article', () => {
  const text = 'Hegseth: Nato-Beitritt „praktisch ausgeschlossen“\nEr bezeichnete einen Nato-Beitritt der Ukraine als „praktisch ausgeschlossen“ und die Rückkehr zu den alten Grenzen als „unrealistisch“.';
  const doc = makeDoc('a', 'dpa', text, [
    { kind: 'partial', text: 'praktisch ausgeschlossen', speaker: 'Pete Hegseth' },
    { kind: 'partial', text: 'praktisch ausgeschlossen', speaker: 'Pete Hegseth', nth: 1 },
    { kind: 'partial', text: 'unrealistisch', speaker: 'Pete Hegseth' },
  ]);
  const m = buildMatrix([doc]);

  it('a headline repeating a quotation joins its row', () => {
    expect(rowOf(m, 'a', 'q1').id).toBe(rowOf(m, 'a', 'q2').id);
  });

  it('two different statements of one article never share a row', () => {
    expect(rowOf(m, 'a', 'q3').id).not.toBe(rowOf(m, 'a', 'q2').id);
  });

  it('unattributed sentences with numbers need two outlets', () => {
    const one = makeDoc('x', 'dpa', 'Das Telefonat dauerte über eine Stunde.', []);
    expect(buildMatrix([one]).rows).toEqual([]);
  });
});

describe('columns', () => {
  it('one per article, in input order; the same outlet twice gets "dpa (2)"', () => {
    const docs = ['dpa', 'Reuters', 'dpa', 'dpa'].map((s, i) => makeDoc(`d${i}`, s, 'Trump sagte, er sei mit dem Telefonat zufrieden.', [{ kind: 'indirect', text: 'er sei mit dem Telefonat zufrieden', speaker: 'Donald Trump' }]));
    const m = buildMatrix(docs);
    expect(m.sources.map((s) => [s.id, s.name, s.document])).toEqual([
      ['dpa', 'dpa', 'd0'],
      ['Reuters', 'Reuters', 'd1'],
      ['dpa (2)', 'dpa', 'd2'],
      ['dpa (3)', 'dpa', 'd3'],
    ]);
    expect(Object.keys(m.rows[0].coverage)).toEqual(['dpa', 'Reuters', 'dpa (2)', 'dpa (3)']);
  });
});

describe('properties', () => {
  const pool = [
    ['Trump sagte, er sei zufrieden mit dem Telefonat.', 'er sei zufrieden mit dem Telefonat', 'Donald Trump'],
    ['„Wir haben lange gesprochen“, sagte Putin.', 'Wir haben lange gesprochen', 'Wladimir Putin'],
    ['Laut Kreml dauerte das Gespräch 90 Minuten.', 'dauerte das Gespräch 90 Minuten', 'Kreml'],
    ['Selenskyj erklärte, die Ukraine wolle Frieden.', 'die Ukraine wolle Frieden', 'Wolodymyr Selenskyj'],
    ['Das Treffen findet am 3. März statt.', 'Das Treffen findet am 3. März statt', null],
  ] as const;
  const docArb = fc.tuple(fc.constantFrom('dpa', 'AFP', 'Reuters'), fc.subarray([0, 1, 2, 3, 4], { minLength: 1 }));

  it('every statement lands in exactly one row, coverage follows the members, the output is valid', () => {
    fc.assert(
      fc.property(fc.array(docArb, { minLength: 1, maxLength: 5 }), (specs) => {
        const docs = specs.map(([source, picks], i) => {
          const chosen = picks.map((k) => pool[k]);
          const text = chosen.map((c) => c[0]).join(' ');
          return makeDoc(`d${i}`, source, text, chosen.filter((c) => c[2] !== null).map((c) => ({ kind: c[0].startsWith('„') ? 'direct' : 'indirect', text: c[1], speaker: c[2] })));
        });
        const m = buildMatrix(docs);
        expect(Matrix.safeParse(m).success).toBe(true);
        const seen = m.rows.flatMap((r) => r.members.filter((x) => x.kind !== 'unattributed').map((x) => `${x.document}#${x.statementId}`));
        const all = docs.flatMap((d) => [...d.quotes, ...d.claims].map((s) => `${d.id}#${s.id}`));
        expect(seen.sort()).toEqual(all.sort());
        for (const r of m.rows) expect(Object.keys(r.coverage).sort()).toEqual([...new Set(r.members.map((x) => x.source))].sort());
      }),
      { numRuns: 60 },
    );
  });
});
