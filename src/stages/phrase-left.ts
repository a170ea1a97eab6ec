// The left edge of a speaker's noun phrase: articles, adjectives, an extended attribute,
// a noun before a name, the noun a genitive belongs to.
//   "Sängerin"     → "die in Lyon geborene Sängerin"
//   "Tom Becker"   → "der Astronaut Tom Becker"
import { ACCORDING_NOUNS, AUXILIARIES, CUE_VERBS, DETERMINERS, FRAME_NOUNS, KONJUNKTIV, PLACES, PREPOSITIONS, SUBORDINATORS } from '../lexicon/index.js';
import type { Token } from '../types.js';
import { ARTICLES, capitalAdjective, isAdjective, isNameAdjective, isNameLike, isOwner, QUANTIFIERS, TIME_NOUN, verbSlot } from './phrase-words.js';
import { isCapitalised, isOrgWord, isRoleWord } from './words.js';

/** Determiner and adjectives before token `i`: "der demokratische Senator". */
export function leftEdge(tokens: Token[], i: number, lo: number): number {
  let k = i - 1;
  // "der 23-jährige Sportler", "Die Demokratische Partei"
  while (k >= lo && k > i - 6 && (isAdjective(tokens[k]) || isNameAdjective(tokens[k]) || capitalAdjective(tokens, k, lo) || tokens[k].kind === 'number' || (tokens[k].text === '-' && tokens[k - 1]?.kind === 'number'))) k--;
  // "Kellers Verteidiger", "Niedersachsens Ministerpräsident": a genitive owner before a role
  if (k === i - 1 && k >= lo && isRoleWord(tokens[i]) && isOwner(tokens[k])) {
    // "New Yorks Bürgermeister": an owner of two words
    const two = k - 1 >= lo && isNameLike(tokens[k - 1]) && !isOwner(tokens[k - 1]) && tokens[k].start - tokens[k - 1].end === 1;
    return two ? k - 1 : k;
  }
  // "der für die Region zuständige Koordinator": an attribute with its own words before the adjective
  if (k < i - 1 && k >= lo && !DETERMINERS.has(tokens[k].text)) {
    const d = attributeStart(tokens, k, lo);
    if (d >= 0) return d;
  }
  if (k < lo || !DETERMINERS.has(tokens[k].text)) {
    // "nach eigenen Angaben", "politischer Beobachter", "Verschiedene Medien", "22 Prozent":
    // adjectives or a number without a determiner
    let a = i;
    while (a - 1 >= lo && a > i - 3 && ((isAdjective(tokens[a - 1]) && !AUXILIARIES.has(tokens[a - 1].text) && !verbSlot(tokens, a - 1, lo)) || capitalAdjective(tokens, a - 1, lo))) a--;
    if (a === i && a - 1 >= lo && tokens[a - 1].kind === 'number' && (a - 1 === lo || !isCapitalised(tokens[a - 2]))) a--;
    return a;
  }
  // "der beiden Politiker" — not "die ihrer Meinung nach", where the first is a relative pronoun
  const double = k - 1 >= lo && DETERMINERS.has(tokens[k - 1].text);
  return double && !(ARTICLES.has(tokens[k - 1].text) && !QUANTIFIERS.has(tokens[k].text)) ? k - 1 : k;
}

/** The determiner opening an extended attribute that ends at token `k`, before its adjective:
 *  "der [für die Region] zuständige", "die [in Lyon] geborene", "Die [das Unglück] überlebende",
 *  "Der [erst kürzlich] ernannte", "einer [am Dienstag] veröffentlichten". -1 if there is none. */
function attributeStart(tokens: Token[], k: number, lo: number): number {
  // "das nach israelischen Angaben": the preposition belongs to the phrase, not to an attribute
  if (PREPOSITIONS.has(tokens[k].text.toLowerCase())) return -1;
  for (let m = k; m >= lo && m > k - 7; m--) {
    const t = tokens[m];
    // "Die ihrer Ansicht nach überhöhten Gebühren": a source of its own
    if (ACCORDING_NOUNS.has(t.text) || FRAME_NOUNS.has(t.text)) return -1;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '.') return -1;
    if (t.kind === 'quote' || CUE_VERBS.has(t.text) || AUXILIARIES.has(t.text) || KONJUNKTIV.has(t.text) || SUBORDINATORS.has(t.text.toLowerCase())) return -1;
    if (m === k || !DETERMINERS.has(t.text)) continue;
    // a determiner before a noun opens a phrase inside the attribute ("die Region")
    const next = tokens[m + 1];
    if (DETERMINERS.has(next.text) || (next.kind === 'word' && !isCapitalised(next) && !isAdjective(next))) return m;
  }
  return -1;
}

/** A noun at `n` that stands before a person's name with an article or adjective of its own:
 *  "der Astronaut Tom Becker", "die kroatische Wetterexpertin Jana Weber" — not an organisation
 *  ("der Zeitung Jana Weber") or a name of its own. */
export function closeApposition(tokens: Token[], n: number, lo: number): boolean {
  const t = tokens[n];
  if (n - 1 < lo || !isNameLike(t) || isOrgWord(t) || isNameAdjective(t) || t.end + 1 < tokens[n + 1].start) return false;
  if (PLACES.has(t.text) || ACCORDING_NOUNS.has(t.text) || FRAME_NOUNS.has(t.text)) return false;
  const before = tokens[n - 1];
  return DETERMINERS.has(before.text) || isAdjective(before);
}

/** The start of the noun phrase whose genitive opens at `g`: "[die Befunde] des Amts"; -1 unless a noun with its
 *  own article stands right before ("gestern Abend der Minister" is no genitive). */
export function ownerOfGenitive(tokens: Token[], g: number, lo: number): number {
  const n = g - 1;
  const t = tokens[n];
  if (n - 1 < lo || t.kind !== 'word' || !isNameLike(t) || TIME_NOUN.test(t.text) || PLACES.has(t.text)) return -1;
  const start = leftEdge(tokens, n, lo);
  return start < n && DETERMINERS.has(tokens[start].text) ? start : -1;
}
