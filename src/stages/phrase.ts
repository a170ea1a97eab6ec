// The whole noun phrase around a speaker's name or head noun, as a reader
// would mark it: its determiner and adjectives, genitives and a "von" name
// after a role or organisation, a party in brackets, an apposition, and the
// source noun of "nach Angaben der Polizei".
//   "Sprecher"           → "Ein Sprecher des saudi-arabischen Gesundheitsministeriums"
//   "Matthias Berninger" → "Verbraucher-Staatssekretär Matthias Berninger (Grüne)"
//   "Bill Graham"        → "Bill Graham, Parteichef der Liberalen"
//   "Polizei"            → "Angaben der Polizei"
import { ACCORDING_NOUNS, AUXILIARIES, CUE_VERBS, DETERMINERS, FRAME_NOUNS, GENITIVE_DETERMINERS, KONJUNKTIV, NOT_NAMES, OBLIQUE, PLACE_PREPOSITIONS, SUBORDINATORS } from '../lexicon/index.js';
import type { Mention, Token, Work } from '../types.js';
import { firstAtOrAfter } from './search.js';
import type { Found } from './subject.js';
import { isCapitalised, isOrgWord, isRoleWord, roleOf } from './words.js';

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

export function nounPhrase(work: Work, f: Found): [number, number, Mention | null] {
  const { tokens } = work;
  const s = work.sentences[tokens[f.from].sentence];
  const lo = s.tokenStart;
  const hi = s.tokenEnd;
  const personName =
    f.mention?.kind === 'name'
      ? work.entities[f.mention.entity]?.type === 'person'
      : f.mention === null && f.to - f.from >= 2 && tokens.slice(f.from, f.to).every((t) => isNameLike(t) && roleOf(t.text) === null && !isOrgWord(t) && !isNameAdjective(t));
  let from = leftEdge(tokens, f.from, lo);
  // "nach Angaben der Polizei", "nach Ansicht von Ministerpräsident Wulff", "die Forderung des CSU-Vorsitzenden"
  const source = (k: number) => k >= lo && (ACCORDING_NOUNS.has(tokens[k].text) || FRAME_NOUNS.has(tokens[k].text));
  if (from < f.from && source(from - 1)) from = leftEdge(tokens, from - 1, lo);
  else if (tokens[from - 1]?.text === 'von' && source(from - 2)) from = leftEdge(tokens, from - 2, lo);
  let to = f.to;
  let apposed: Mention | null = null;
  // "Theo Kitz vom Bankhaus Merck Finck"; after a noun also its genitives and names.
  const office = isRoleWord(tokens[f.to - 1]) || isOrgWord(tokens[f.to - 1]) || from < f.from;
  to = personName ? complements(tokens, to, hi, true) : complements(tokens, to, hi, false, office);
  // "(SPD)", "(Grüne)", "(CDU/CSU)"
  if (tokens[to]?.text === '(' && to < hi) {
    for (let j = to + 1; j < to + 5 && j < hi; j++) {
      if (tokens[j].text === ')') {
        to = j + 1;
        break;
      }
      if (tokens[j].kind === 'number' || tokens[j].text === ',') break;
    }
  }
  // An apposition closed by a comma or the clause's end: "Bill Graham, Parteichef der Liberalen",
  // "der Leiter des Programms, Klaus Stöhr".
  if (tokens[to]?.text === ',' && to + 1 < hi) {
    const a = to + 1;
    let end = -1;
    if (personName) {
      let j = a;
      if (DETERMINERS.has(tokens[j].text)) j++;
      while (j < hi && j < a + 4 && isAdjective(tokens[j])) j++;
      if (j < hi && isRoleWord(tokens[j])) end = complements(tokens, j + 1, hi);
    } else if (isRoleWord(tokens[f.to - 1]) || isOrgWord(tokens[f.to - 1])) {
      let j = a;
      while (j < hi && j < a + 4 && isNameLike(tokens[j]) && (j === a || tokens[j].start - tokens[j - 1].end <= 1)) j++;
      if (j > a && (mentionAt(work, a) || j - a >= 2)) end = j;
    }
    if (end > a) {
      const next = tokens[end];
      if (end >= hi || /^[,.;:!?]$/.test(next.text) || next.kind === 'quote' || (next.kind === 'word' && !isCapitalised(next))) {
        to = end;
        const m = work.mentions[firstAtOrAfter(work.mentions, tokens[a].start)];
        if (!personName && m?.start === tokens[a].start) apposed = m;
      }
    }
  }
  return [from, to, apposed];
}

/** Determiner and adjectives before token `i`: "der demokratische Senator". */
function leftEdge(tokens: Token[], i: number, lo: number): number {
  let k = i - 1;
  // "der 23-jährige Sportler", "Die Demokratische Partei"
  while (k >= lo && k > i - 6 && (isAdjective(tokens[k]) || isNameAdjective(tokens[k]) || tokens[k].kind === 'number' || (tokens[k].text === '-' && tokens[k - 1]?.kind === 'number'))) k--;
  if (k < lo || !DETERMINERS.has(tokens[k].text)) {
    // "nach eigenen Angaben", "politischer Beobachter": adjectives without a determiner
    let a = i;
    while (a - 1 >= lo && a > i - 3 && isAdjective(tokens[a - 1]) && !AUXILIARIES.has(tokens[a - 1].text)) a--;
    return a;
  }
  // "der beiden Politiker"
  return k - 1 >= lo && DETERMINERS.has(tokens[k - 1].text) ? k - 1 : k;
}

/** A capitalised adjective inside a name: "Demokratische", "Europäischen". */
export const isNameAdjective = (t: Token): boolean => isCapitalised(t) && /(?:ische[nrs]?|ische)$/.test(t.text);

/** What follows a head noun and belongs to it: genitives ("des Influenza-Programms der WHO"),
 *  "von"/"vom"/"für" phrases ("von New Orleans", "für Zivilluftfahrt"), a name ("Die Staatsanwaltschaft
 *  Oslo", "die Nachrichtenagentur „Xinhua“"). After a person's name only "vom"/"von" phrases. */
function complements(tokens: Token[], to: number, hi: number, person = false, office = false): number {
  for (let round = 0; round < 3; round++) {
    const w = tokens[to]?.text ?? '';
    let j = to + 1;
    if (!person && round === 0 && to < hi && isNameLike(tokens[to]) && tokens[to].start - tokens[to - 1].end <= 1) {
      j = to; // a name right after the head
    } else if (!person && round === 0 && to + 2 < hi && tokens[to].kind === 'quote' && isNameLike(tokens[to + 1])) {
      let k = to + 1;
      while (k < hi && k < to + 6 && tokens[k].kind !== 'quote') k++;
      if (k < hi && tokens[k].kind === 'quote' && k < to + 6) {
        to = k + 1;
        continue;
      }
      break;
    } else if (GENITIVE_DETERMINERS.has(w) && !person) {
      while (j < hi && j < to + 5 && (isAdjective(tokens[j]) || tokens[j].kind === 'number')) j++;
      // "die Online-Ausgabe des „Spiegel“"
      if (tokens[j]?.kind === 'quote') {
        const q = quotedName(tokens, j, hi);
        if (!q) break;
        to = q.to;
        continue;
      }
    } else if (w === 'von' || w === 'vom' || (w === 'für' && !person) || (PLACE_PREPOSITIONS.has(w) && office)) {
      while (j < hi && j < to + 5 && (DETERMINERS.has(tokens[j].text) || isAdjective(tokens[j]))) j++;
    } else break;
    if (j >= hi || !isNameLike(tokens[j])) break;
    j++;
    while (j < hi && isNameLike(tokens[j]) && tokens[j].start - tokens[j - 1].end <= 1) j++;
    to = j;
  }
  return to;
}

function mentionAt(work: Work, i: number): boolean {
  const start = work.tokens[i].start;
  return work.mentions[firstAtOrAfter(work.mentions, start)]?.start === start;
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
