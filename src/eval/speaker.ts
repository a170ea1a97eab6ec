// Is the speaker we found the one the gold names? The two gold formats say
// different things, so there are two readings of one rule.
//
// WikiNews gold marks the mention nearest the quotation, which may be a
// pronoun or a role noun ("er", "der Minister", "Die ersten Worte
// Schmidts"). Ours is correct when
//   1. our mention's span overlaps a gold speaker span, or
//   2. a capitalised name word of the gold mention (articles, pronouns and
//      titles dropped) is a word of our canonical name — "Schmidts" and
//      "Eva Schmidt" share "schmidt" once case and endings are folded, or
//   3. both are equal after that normalisation.
// Seeds gold gives a canonical name ("Donald Trump", "Weißes Haus"). Ours is
// correct when one side's normalised words are all among the other's:
// "Trump" ⊂ "Donald Trump", and "das Weiße Haus" = "Weißes Haus".
// In both: no gold speaker and none of ours is correct; exactly one missing
// is wrong.
import type { GoldSpeaker, Prediction } from './model.js';
import { overlap } from './tokens.js';

const STOP = new Set(
  (
    'der die das des dem den ein eine einer eines einem einen ' +
    'er sie es ich du wir ihr man sein seine seiner ihre ihrer dieser diese dieses jener jene ' +
    'herr herrn frau dr prof von vom van de zu und'
  ).split(' '),
);

/** Case-folded and stripped of common German endings: Weißes → weiß, Trumps → trump. */
export function stem(word: string): string {
  let w = word.toLowerCase();
  for (let changed = true; changed; ) {
    changed = false;
    for (const ending of ['ern', 'en', 'em', 'er', 'es', 'e', 'n', 's']) {
      if (w.endsWith(ending) && w.length - ending.length >= 3) {
        w = w.slice(0, -ending.length);
        changed = true;
        break;
      }
    }
  }
  return w;
}

/** The words of a name that carry it, normalised: "das Weiße Haus" → weiß, hau. */
export function nameWords(text: string, capitalisedOnly = false): string[] {
  const words = text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  return words
    .filter((w) => !STOP.has(w.toLowerCase()))
    .filter((w) => !capitalisedOnly || /^\p{Lu}/u.test(w))
    .map(stem);
}

const isEmpty = (g: GoldSpeaker | null): g is null => g === null || (g.text.trim() === '' && g.spans.length === 0);

/** The rule above. `gold.spans` empty means the gold names the speaker without a place (seeds). */
export function speakerCorrect(gold: GoldSpeaker | null, ours: Prediction['speaker']): boolean {
  if (isEmpty(gold) || ours === null) return isEmpty(gold) && ours === null;
  const ourWords = nameWords(ours.name);
  if (gold.spans.length > 0) {
    if (overlap(gold.spans, ours.spans) > 0) return true;
    const goldNames = nameWords(gold.text, true);
    if (goldNames.some((w) => ourWords.includes(w))) return true;
    return sameWords(nameWords(gold.text), ourWords);
  }
  const goldWords = nameWords(gold.text);
  if (goldWords.length === 0 || ourWords.length === 0) return false;
  return goldWords.every((w) => ourWords.includes(w)) || ourWords.every((w) => goldWords.includes(w));
}

function sameWords(a: string[], b: string[]): boolean {
  return a.length > 0 && a.length === b.length && a.every((w, i) => w === b[i]);
}
