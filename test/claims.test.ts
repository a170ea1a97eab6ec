import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.js';

const claim = (text: string) => extractText(text).claims.map((c) => [c.kind, c.text, c.speaker?.name ?? null]);

describe('reported speech', () => {
  it.each([
    ['Der Kreml erklärte, Putin sei bereit, Vertreter der USA zu empfangen.', 'indirect', 'Putin sei bereit, Vertreter der USA zu empfangen', 'Kreml'],
    ['Trump versicherte, dass Selenskyj nicht außen vor bleiben werde.', 'indirect', 'dass Selenskyj nicht außen vor bleiben werde', 'Trump'],
    ['Polens Außenminister Radoslaw Sikorski versprach, sein Land werde die Ukraine unterstützen.', 'indirect', 'sein Land werde die Ukraine unterstützen', 'Radoslaw Sikorski'],
    ['Laut Finanzminister Scott Bessent soll ein Abkommen die Kosten sichern.', 'according-to', 'soll ein Abkommen die Kosten sichern', 'Scott Bessent'],
    ['Kellogg wird die Ukraine besuchen, wie das Weiße Haus mitteilte.', 'according-to', 'Kellogg wird die Ukraine besuchen', 'Weißes Haus'],
    ['Der Kreml bestätigte das Telefonat.', 'reported', 'Der Kreml bestätigte das Telefonat.', 'Kreml'],
  ])('%s', (text, kind, content, speaker) => {
    expect(claim(text)[0]).toEqual([kind, content, speaker]);
  });

  it('continues the last speaker in a Konjunktiv sentence without a cue', () => {
    const out = claim('Kremlsprecher Dmitri Peskow sagte, die Gespräche seien gut verlaufen. Zudem habe Putin Trump nach Moskau eingeladen.');
    expect(out[1]).toEqual(['free-indirect', 'Zudem habe Putin Trump nach Moskau eingeladen.', 'Dmitri Peskow']);
  });

  it('does not read a hypothetical in the reporter\'s voice as reported speech', () => {
    expect(claim('Ein Treffen könnte in Saudi-Arabien stattfinden. Es wäre das erste.')).toEqual([]);
  });

  it('lists the quotations inside a claim', () => {
    const doc = extractText('Selenskyj sagte, es sei ein „bedeutsames Gespräch“ gewesen.');
    expect(doc.claims[0].quoteIds).toEqual([doc.quotes[0].id]);
  });
});
