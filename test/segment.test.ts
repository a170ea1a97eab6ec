import { describe, expect, it } from 'vitest';
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

  it('marks a line without a final stop as a heading', () => {
    const w = segment(newWork({ id: 't', path: 't', text: 'Telefonat dauerte über eine Stunde\nEs war lang.', warnings: [] }));
    expect(w.sentences.map((s) => s.heading)).toEqual([true, false]);
  });
});
