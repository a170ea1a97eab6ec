// What follows the head of a speaker's noun phrase and belongs to it: genitives, "von" and
// place phrases, a name, a party in brackets, a report's date, a paper's issue.
//   "Angaben"   → "Angaben des Flughafens im März 2019"
//   "Zeitung"   → "die Landeszeitung in ihrer Onlineausgabe"
import { ACCORDING_NOUNS, DETERMINERS, FRAME_NOUNS, GENITIVE_DETERMINERS, MONTHS, PLACE_PREPOSITIONS, PLACES, SKIP_ADVERBS, SUBORDINATORS } from '../lexicon/index.js';
import type { Token } from '../types.js';
import { isAdjective, isNameLike, OPENING_PARTICLES, TIME_NOUN } from './phrase-words.js';
import type { Found } from './subject.js';
import { isCapitalised, isOrgWord, isRoleWord } from './words.js';

/** What follows a head noun and belongs to it: genitives ("des Influenza-Programms der WHO"),
 *  "von"/"vom"/"für" phrases ("von New Orleans", "für Zivilluftfahrt"), a name ("Die Staatsanwaltschaft
 *  Oslo", "die Nachrichtenagentur „Xinhua“"). After a person's name only "vom"/"von" phrases. */
export function complements(tokens: Token[], to: number, hi: number, person = false, office = false): number {
  // "Abgeordnete aus der Koalition", "Leiter der Abteilung bei der Stiftung": a role's group takes its article
  const role = to > 0 && isRoleWord(tokens[to - 1]);
  for (let round = 0; round < 4; round++) {
    const w = tokens[to]?.text ?? '';
    let j = to + 1;
    // "die Behörden vor Ort", "Helfer vor Ort"
    if (w === 'vor' && tokens[j]?.text === 'Ort' && j < hi) {
      to = j + 1;
      continue;
    }
    // "die Nachrichtenagentur dpa": an organisation written in small letters
    const small = to < hi && !isCapitalised(tokens[to]) && isOrgWord(tokens[to]);
    if (!person && round === 0 && to < hi && (isNameLike(tokens[to]) || small) && tokens[to].start - tokens[to - 1].end <= 1) {
      j = to; // a name right after the head
      if (small) {
        to = j + 1;
        continue;
      }
    } else if (!person && round === 0 && to + 1 < hi && OPENING_PARTICLES.has(w) && isNameLike(tokens[to + 1]) && tokens[to + 1].start - tokens[to].end === 1) {
      // "der Milizenführer al Hadi": a surname with its particle
    } else if (!person && to + 2 < hi && tokens[to].kind === 'quote' && isCapitalised(tokens[to - 1]) && tokens[to].start - tokens[to - 1].end === 1) {
      // "die Nachrichtenagentur „Xinhua“", "des Magazins „Der Spiegel“"
      const q = quotedName(tokens, to, hi);
      if (!q) break;
      to = q.to;
      continue;
    } else if (GENITIVE_DETERMINERS.has(w) && !person) {
      // "einer dieser Firmen", "eines der Unternehmen": one of a group
      if ((w === 'einer' || w === 'eines') && j < hi && PLURAL_GENITIVES.has(tokens[j].text)) j++;
      const adjectives = j;
      // "der so genannten „Kleinau-Hilfe“": "so" with its participle
      while (j < hi && j < to + 5 && (isAdjective(tokens[j]) || tokens[j].kind === 'number' || (tokens[j].text === 'so' && j + 1 < hi && /^genannte[nmrs]?$/.test(tokens[j + 1].text)))) j++;
      // a genitive's adjective ends in -en: "der NASA der überwiegende Teil" starts a clause
      if (j > adjectives && !tokens[j - 1].text.endsWith('n') && tokens[j - 1].kind !== 'number') break;
      // "die Online-Ausgabe des „Spiegel“"
      if (tokens[j]?.kind === 'quote') {
        const q = quotedName(tokens, j, hi);
        if (!q) break;
        to = q.to;
        continue;
      }
    } else if (w === 'von' || w === 'vom' || (w === 'für' && !person) || (PLACE_PREPOSITIONS.has(w) && office)) {
      // "in Rom", "im Senat", "im norwegischen Oslo" name a place; "in der Nacht", "am Sonntagabend" a time
      const bare = w === 'in' || ((w === 'aus' || w === 'bei') && !role);
      // "der Spiegel in seiner Onlineausgabe": the issue a paper speaks in
      const issue = w === 'in' ? issueAt(tokens, to + 1, hi) : -1;
      if (issue > 0) {
        to = issue;
        continue;
      }
      while (!bare && j < hi && j < to + 5 && (DETERMINERS.has(tokens[j].text) || isAdjective(tokens[j]))) j++;
      // "von „BBC News“", "von der „Aktion Deutschland hilft“"
      const q = !PLACE_PREPOSITIONS.has(w) && tokens[j]?.kind === 'quote' ? quotedName(tokens, j, hi) : null;
      if (q) {
        to = q.to;
        continue;
      }
      if (PLACE_PREPOSITIONS.has(w) && TIME_NOUN.test(tokens[j]?.text ?? '')) break;
      // "Jana Weber von der Möglichkeit": a person belongs to an institution, not to an abstract noun
      if (person && j < hi && ABSTRACT_NOUN.test(tokens[j].text) && !isOrgWord(tokens[j])) break;
    } else break;
    // "die Regierungen von Deutschland", "ein Sprecher der Polizei in Berlin"
    if (j >= hi || !(isNameLike(tokens[j]) || PLACES.has(tokens[j].text))) break;
    j++;
    to = nameEnd(tokens, j, hi);
    // "Tom Becker vom Institut für Astronomie in Kiel": what follows belongs to the institute
    if (person && (w === 'von' || w === 'vom')) [person, office] = [false, true];
  }
  return to;
}

/** The end of a name whose first word ends before `j`: "Kleinauer Gesellschaft für Boden- und Gewässerschutz"
 *  takes the joined half word, "Bündnis 90/Die Grünen" the party's slash, "Institute of Technology" its "of". */
export function nameEnd(tokens: Token[], j: number, hi: number): number {
  while (j < hi) {
    const t = tokens[j];
    const touching = t.start - tokens[j - 1].end <= 1;
    if ((isNameLike(t) || PLACES.has(t.text)) && touching) j++;
    // "Institute of Technology", "Center for Strategic Studies": an English name's small words
    else if ((t.text === 'of' || t.text === 'for') && isCapitalised(tokens[j - 1]) && j + 1 < hi && isCapitalised(tokens[j + 1])) j += 2;
    else if (t.text === '-' && t.start === tokens[j - 1].end && (tokens[j + 1]?.text === 'und' || tokens[j + 1]?.text === 'oder') && j + 2 < hi && isNameLike(tokens[j + 2])) j += 3;
    else if (t.kind === 'number' && touching && tokens[j + 1]?.text === '/' && j + 2 < hi && isCapitalised(tokens[j + 2]) && tokens[j + 2].start === tokens[j + 1].end) j += 3;
    else break;
  }
  return j;
}

/** The end of a short bracket at `to` ("(SPD)", "(Grüne)", "(CDU/CSU)"), or `to` if none opens there. */
export function bracketAfter(tokens: Token[], to: number, hi: number): number {
  if (tokens[to]?.text !== '(') return to;
  for (let j = to + 1; j < to + 5 && j < hi; j++) {
    if (tokens[j].text === ')') return j + 1;
    if (tokens[j].kind === 'number' || tokens[j].text === ',') break;
  }
  return to;
}

/** Whether a report noun heads the phrase from `from` to `to`: "Angaben des Flughafens", "einem Bericht der UN". */
export function isSourcePhrase(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ACCORDING_NOUNS.has(tokens[k].text) || FRAME_NOUNS.has(tokens[k].text)) return true;
  return false;
}

/** The end of a date after `am`, `vom` or `im` at `i`: "am 13. Januar", "vom gestrigen Mittwoch",
 *  "im Juni 2007", "vom 17.12.2005"; null if none follows. */
export function dateAt(tokens: Token[], i: number, hi: number): number | null {
  if (!DATE_PREPOSITIONS.has(tokens[i].text)) return null;
  let j = i + 1;
  while (j < hi && j < i + 3 && isAdjective(tokens[j])) j++;
  const start = j;
  let numbers = 0;
  while (j < hi && j < start + 5 && (tokens[j].kind === 'number' || (tokens[j].text === '.' && tokens[j - 1].kind === 'number'))) {
    if (tokens[j].kind === 'number') numbers++;
    j++;
  }
  // "am Montag" may date the whole clause; "vom Montag" dates only the report
  const weekday = WEEKDAY.test(tokens[j]?.text ?? '') && tokens[i].text === 'vom';
  if (j < hi && (MONTHS.has(tokens[j].text) || weekday)) {
    j++;
    return j < hi && /^\d{4}$/.test(tokens[j].text) ? j + 1 : j;
  }
  // a date in figures: "17.12.2005"
  return numbers >= 3 && tokens[j - 1].kind === 'number' ? j : null;
}

const DATE_PREPOSITIONS: ReadonlySet<string> = new Set(['am', 'vom', 'im']);
const WEEKDAY = /^(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)(?:abend|morgen|vormittag|nachmittag|mittag)?$/;

/** The end of a named issue or broadcast from `j`: "seiner Onlineausgabe", "ihrer Abendsendung" (not any "Ausgabe"). */
function issueAt(tokens: Token[], j: number, hi: number): number {
  if (j >= hi || !DETERMINERS.has(tokens[j].text)) return -1;
  let k = j + 1;
  while (k < hi && k < j + 3 && isAdjective(tokens[k])) k++;
  return k < hi && ISSUE_NOUN.test(tokens[k].text) ? k + 1 : -1;
}

const ISSUE_NOUN = /^\p{Lu}[\p{L}-]+(?:ausgabe|sendung)$/u;

const PLURAL_GENITIVES: ReadonlySet<string> = new Set(['der', 'dieser', 'jener', 'beider']);

const ABSTRACT_NOUN = /(?:keit|heit)$/;

/** The noun a genitive owner before `i` has, after at most three adjectives: "Kellers Kampagne",
 *  "Kellers neuer Anwalt" — not a verb or adverb ("Kellers sagte", "Kellers Selbst"). */
export function ownedNoun(tokens: Token[], i: number, hi: number): number {
  let j = i;
  while (j < hi && j < i + 3 && isAdjective(tokens[j])) j++;
  const t = tokens[j];
  if (j >= hi || t.kind !== 'word' || !isNameLike(t) || SUBORDINATORS.has(t.text.toLowerCase()) || SKIP_ADVERBS.has(t.text.toLowerCase())) return i;
  return t.start - tokens[j - 1].end <= 1 ? j + 1 : i;
}

/** A short quoted name opening at token `j`: "„Süddeutsche Zeitung“", "„Kampagne für ein Freies Tibet“",
 *  "„heise online“" (lower case only when short). */
export function quotedName(tokens: Token[], j: number, stop: number): Found | null {
  const first = tokens[j + 1];
  if (first === undefined || first.kind !== 'word') return null;
  const longest = isCapitalised(first) ? 7 : 4;
  for (let k = j + 2; k < Math.min(stop + 2, j + longest, tokens.length); k++) {
    if (tokens[k].kind === 'quote') return { from: j, to: k + 1, mention: null, pronoun: false };
    if (tokens[k].kind === 'punct' && tokens[k].text !== '-' && tokens[k].text !== '.') return null;
  }
  return null;
}

