import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.js';

/** The first statement's speaker as written in the article. */
function phraseOf(text: string): string | null {
  const doc = extractText(text);
  const first = doc.quotes[0] ?? doc.claims[0];
  const s = first?.speaker;
  if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
  return s?.text ?? null;
}

describe('a genitive owner and the noun it owns', () => {
  it.each([
    ['Der Senator Tom Keller verlor die Wahl. Kellers Wahlkampfhelfer errechneten, dass die Partei gewonnen habe.', 'Kellers Wahlkampfhelfer'],
    ['Der Senator Tom Keller verlor die Wahl. Es wurde von Kellers Sohn die Vermutung geäußert, das Gericht sei befangen.', 'Kellers Sohn'],
    ['Der Senator Tom Keller verlor die Wahl. Kellers Kampagne erklärte, der Gegner habe gelogen.', 'Kellers Kampagne'],
    ['Kellers wissenschaftlicher Mitarbeiter Tom Becker sagte: „Wir halten das für falsch.“', 'Kellers wissenschaftlicher Mitarbeiter Tom Becker'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});
