// Word classes inside a speaker's noun phrase: adjectives, names, genitive owners,
// and the verbs that look like adjectives ("Dabei starben offiziellen Angaben zufolge").
import { ACCORDING_NOUNS, AUXILIARIES, CUE_VERBS, DETERMINERS, FRAME_NOUNS, KONJUNKTIV, NOT_NAMES, OBLIQUE, PREPOSITIONS, SUBORDINATORS, SURNAME_PARTICLES } from '../lexicon/index.js';
import type { Token } from '../types.js';
import { isCapitalised, isOrgWord, isRoleWord } from './words.js';

export const ADJECTIVE = /^(?:\p{Ll}|\d+-)[\p{L}-]*(?:e|en|er|es|em)$/u;

/** Only determiners and adjectives (at most three) between `from` and `to`: "so ein Sprecher". */
export function onlyModifiers(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (!DETERMINERS.has(tokens[j].text) && !isAdjective(tokens[j])) return false;
  return to - from <= 3;
}

export function isAdjective(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && ADJECTIVE.test(t.text) && !DETERMINERS.has(t.text) && !CUE_VERBS.has(t.text) && !SUBORDINATORS.has(t.text) && !AUXILIARIES.has(t.text) && !KONJUNKTIV.has(t.text) && !OBLIQUE.has(t.text);
}

export function isNameLike(t: Token | undefined): boolean {
  return t !== undefined && isCapitalised(t) && !CUE_VERBS.has(t.text) && !NOT_NAMES.has(t.text);
}

export const TIME_NOUN = /(?:abend|morgen|nacht|mittag|woche|zukunft)$/i;

// "die ihrer Meinung nach …", "das der Bürgermeister …": an article before another determiner is a relative pronoun
export const ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'das', 'dem', 'den']);
export const POSSESSIVE = /^(?:[Ss]ein|[Ii]hr)(?:e[mnrs]?)?$/;
export const QUANTIFIERS: ReadonlySet<string> = new Set(['beiden', 'beide', 'zwei', 'drei', 'vier', 'mehrere', 'vielen', 'einige', 'einigen', 'wenigen', 'anderen']);

/** A lower-case word in -en at `k` right after a noun or the sentence's first word is its verb, not an adjective:
 *  "Dabei starben behördlichen Angaben zufolge …", "Die Zahlen entstammen Zeitungsberichten",
 *  "al-Qaida-Gruppen gewinnen …". */
export function verbSlot(tokens: Token[], k: number, lo: number): boolean {
  const before = tokens[k - 1];
  if (k - 1 < lo || !tokens[k].text.endsWith('en') || QUANTIFIERS.has(tokens[k].text) || before.kind !== 'word' || !/\p{Lu}/u.test(before.text)) return false;
  // "Angaben offizieller Stellen" is a genitive after a source noun
  if (ACCORDING_NOUNS.has(before.text) || FRAME_NOUNS.has(before.text)) return false;
  const lower = before.text.toLowerCase();
  return !PREPOSITIONS.has(lower) && !DETERMINERS.has(lower) && !isAdjective(before) && !capitalAdjective(tokens, k - 1, lo);
}

/** A capitalised adjective before its noun, after an article or opening the sentence:
 *  "Der Deutsche Wetterdienst", "Internationale Medien", "Berliner Polizei"; a town's before an office. */
export function capitalAdjective(tokens: Token[], k: number, lo: number): boolean {
  const t = tokens[k];
  if (!isCapitalised(t) || !CAPITAL_ADJECTIVE.test(t.text) || CUE_VERBS.has(t.text) || NOT_NAMES.has(t.text) || isRoleWord(t) || isOrgWord(t)) return false;
  if (k === lo || DETERMINERS.has(tokens[k - 1].text) || tokens[k - 1].kind === 'quote') return true;
  // "laut Kölner Polizei", "der Bremer Fahrgastverband": a town's adjective before an office needs no article
  const head = tokens[k + 1];
  return t.text.endsWith('er') && head !== undefined && (isOrgWord(head) || isRoleWord(head)) && head.start - t.end === 1;
}

const CAPITAL_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:e|en|er|es)$/u;

/** A name in the genitive: "Kellers", "Niedersachsens" (not "Boss"). */
export const isOwner = (t: Token): boolean => isCapitalised(t) && /[^s]s$/.test(t.text) && !NOT_NAMES.has(t.text) && !isRoleWord(t) && !isOrgWord(t);

/** A capitalised adjective inside a name: "Demokratische", "Europäischen". */
export const isNameAdjective = (t: Token): boolean => isCapitalised(t) && /(?:ische[nrs]?|ische)$/.test(t.text);

/** Surname particles that are no German word of their own ("von", "zu", "da", "du" are): "al Hadi", "van Dalen". */
export const OPENING_PARTICLES: ReadonlySet<string> = new Set([...SURNAME_PARTICLES].filter((p) => !['von', 'zu', 'da', 'du'].includes(p)));
