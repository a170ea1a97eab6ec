import { describe, expect, it } from 'vitest';
import type { GoldSpeaker, Prediction } from '../src/eval/model.js';
import { nameWords, speakerCorrect, stem } from '../src/eval/speaker.js';
import { at } from './eval-helpers.js';

describe('stem and nameWords', () => {
  it.each([
    ['Weißes', 'weiß'],
    ['Weiße', 'weiß'],
    ['Trumps', 'trump'],
    ['Schmidts', 'schmidt'],
    ['Kreml', 'kreml'],
    ['Kremls', 'kreml'],
  ])('%s → %s', (word, expected) => expect(stem(word)).toBe(expected));

  it.each([
    ['das Weiße Haus', false, ['weiß', 'hau']],
    ['Die ersten Worte Schmidts', true, ['wort', 'schmidt']],
    ['der Minister', true, ['minist']],
    ['Er', true, []],
    ['Frau Merkel', false, ['merkel']],
  ])('%s (capitalised only: %s)', (text, capitalised, expected) => expect(nameWords(text, capitalised)).toEqual(expected));
});

// WikiNews: the gold marks the mention nearest the quotation.
const text = 'Eva Schmidt landete. Er sagte: „Houston.“ Die ersten Worte Schmidts kennt jeder. Der Minister lobte ihn, sagte Heiko Maas.';
const gold = (mention: string, nth = 0): GoldSpeaker => ({ text: mention, spans: [at(text, mention, nth)] });
const ours = (mention: string, name: string, nth = 0): Prediction['speaker'] => ({ text: mention, name, spans: [at(text, mention, nth)] });

describe('speakerCorrect with WikiNews gold (mention spans)', () => {
  it.each([
    ['same pronoun mention', gold('Er'), ours('Er', 'Eva Schmidt'), true],
    ['overlapping mention', gold('Die ersten Worte Schmidts'), ours('Schmidts', 'Eva Schmidt'), true],
    ['elsewhere, but the name word is shared', gold('Die ersten Worte Schmidts'), ours('Eva Schmidt', 'Eva Schmidt'), true],
    ['a role noun and another name', gold('Der Minister'), ours('Heiko Maas', 'Heiko Maas'), false],
    ['a pronoun elsewhere and a name', gold('Er'), ours('Eva Schmidt', 'Eva Schmidt'), false],
    ['no speaker in either', null, null, true],
    ['empty gold speaker and none of ours', { text: '', spans: [] }, null, true],
    ['gold has none, we have one', null, ours('Er', 'Eva Schmidt'), false],
    ['gold has one, we have none', gold('Er'), null, false],
  ])('%s', (_name, g, o, expected) => expect(speakerCorrect(g, o)).toBe(expected));
});

// Seeds: the gold gives a canonical name and no place.
const named = (name: string | null): GoldSpeaker | null => (name === null ? null : { text: name, spans: [] });
const ourName = (name: string): Prediction['speaker'] => ({ text: name, name, spans: [{ start: 0, end: 1 }] });

describe('speakerCorrect with seeds gold (canonical names)', () => {
  it.each([
    ['Donald Trump', 'Donald Trump', true],
    ['Donald Trump', 'Trump', true],
    ['Trump', 'Donald Trump', true],
    ['Weißes Haus', 'das Weiße Haus', true],
    ['Weißes Haus', 'Weiße Haus', true],
    ['russische Regierung', 'Regierung', true],
    ['Kreml', 'Kremlchef Wladimir Putin', false],
    ['Donald Trump', 'Melania Trump', false],
    ['Wladimir Putin', 'Wolodymyr Selenskyj', false],
  ])('gold %s, ours %s → %s', (g, o, expected) => expect(speakerCorrect(named(g), ourName(o))).toBe(expected));

  it('null gold against a name is wrong', () => expect(speakerCorrect(named(null), ourName('Trump'))).toBe(false));
});
