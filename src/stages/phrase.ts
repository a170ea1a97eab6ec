// The whole noun phrase around a speaker's name or head noun, as a reader
// would mark it: its determiner and adjectives, genitives and a "von" name
// after a role or organisation, a party in brackets, an apposition, and the
// source noun of "nach Angaben der Polizei".
//   "Sprecher"           → "Ein Sprecher des saudi-arabischen Gesundheitsministeriums"
//   "Jana Weber"         → "Staatssekretärin Jana Weber (Grüne)"
//   "Tom Becker"        → "Tom Becker, Parteichef der Liberalen"
//   "Polizei"            → "Angaben der Polizei"
import { ACCORDING_NOUNS, AUXILIARIES, CUE_VERBS, DETERMINERS, FRAME_NOUNS, GENITIVE_DETERMINERS, KONJUNKTIV, MONTHS, NAME_PARTICLES, NOT_NAMES, OBLIQUE, PLACE_PREPOSITIONS, PLACES, PREPOSITIONS, SKIP_ADVERBS, SUBORDINATORS } from '../lexicon/index.js';
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
      : // "Das Auswärtige Amt": a person's name takes no article
        f.mention === null && f.to - f.from >= 2 && !DETERMINERS.has(tokens[f.from - 1]?.text ?? '') && tokens.slice(f.from, f.to).every((t) => isNameLike(t) && roleOf(t.text) === null && !isOrgWord(t) && !isNameAdjective(t));
  // "ihrer Meinung nach": a possessive opens its phrase ("die ihrer Meinung nach …" starts a relative clause)
  let from = POSSESSIVE.test(tokens[f.from].text) ? f.from : leftEdge(tokens, f.from, lo);
  // "der ehemalige Häftling Tom Becker": a noun before the name, with its article or adjective
  if (personName && from === f.from && closeApposition(tokens, f.from - 1, lo)) from = leftEdge(tokens, f.from - 1, lo);
  // "Ein Sprecher der Polizei, Hauptkommissar Tom Becker sagte": the office named before the comma
  if (personName && from === f.from && tokens[from - 1]?.text === ',') from = officeBefore(tokens, from - 1, lo, hi) ?? from;
  // "nach Angaben der Polizei", "nach Ansicht von Ministerpräsident Wulff", "die Forderung des CSU-Vorsitzenden"
  const source = (k: number) => k >= lo && (ACCORDING_NOUNS.has(tokens[k].text) || FRAME_NOUNS.has(tokens[k].text));
  // "nach Meinung Russlands": a genitive name right after the source noun
  const genitiveName = from === f.from && isCapitalised(tokens[f.from]) && tokens[f.to - 1].text.endsWith('s');
  if ((from < f.from || genitiveName) && source(from - 1)) from = leftEdge(tokens, from - 1, lo);
  else if (tokens[from - 1]?.text === 'von' && source(from - 2)) from = leftEdge(tokens, from - 2, lo);
  // "die Befunde des Untersuchungsamts", "der Webseite des Vereins der Stadt": a genitive is no phrase alone
  for (let round = 0; round < 3 && GENITIVE_DETERMINERS.has(tokens[from]?.text ?? '') && from < f.from; round++) {
    const head = ownerOfGenitive(tokens, from, lo);
    if (head < 0) break;
    from = head;
  }
  let to = f.to;
  let apposed: Mention | null = null;
  // "Kellers Sprecherin", "Kellers wissenschaftlicher Mitarbeiter Tom Weber": the owner's noun
  // "Berlins früherer Bürgermeister": a town owns its offices too
  const owner = tokens[f.to - 1];
  if ((isOwner(owner) || (isOrgWord(owner) && /[^s]s$/.test(owner.text))) && !DETERMINERS.has(tokens[f.from - 1]?.text ?? '')) {
    const noun = ownedNoun(tokens, f.to, hi);
    if (noun > f.to) {
      to = noun;
      // the person the noun names: "Kellers Mitarbeiter Tom Becker", "Kölns Oberbürgermeister Tom Becker"
      const run = personRun(tokens, to, hi);
      const m = mentionAt(work, noun - 1) ? noun - 1 : mentionAt(work, to) ? to : -1;
      if (m >= 0) apposed = work.mentions[firstAtOrAfter(work.mentions, tokens[m].start)];
      if (isNameLike(tokens[to]) && tokens[to].start - tokens[to - 1].end <= 1 && (m >= 0 || run - to >= 2)) to = run;
    }
  }
  // "Theo Kitz vom Bankhaus Merck Finck"; after a noun also its genitives and names.
  const office = isRoleWord(tokens[f.to - 1]) || isOrgWord(tokens[f.to - 1]) || from < f.from;
  to = personName ? complements(tokens, to, hi, true) : complements(tokens, to, hi, false, office);
  // "der Hilfsorganisation Ärzte ohne Grenzen", "der Organisation amnesty international": a known name runs to its end
  if (!personName) to = mentionEnd(work, to, hi);
  // "(SPD)", "(Grüne)", "(CDU/CSU)"
  const party = bracketAfter(tokens, to, hi);
  // "Die Weltgesundheitsorganisation (WHO) in Genf"
  if (party > to) to = personName ? party : complements(tokens, party, hi, false, office);
  // "Angaben des Flughafens im Juni 2007", "einer Pressekonferenz in Oslo am 13. Januar": a source's date
  if (to < hi && isSourcePhrase(tokens, from, to)) to = dateAt(tokens, to, hi) ?? to;
  to = coordinated(tokens, to, hi);
  // An apposition closed by a comma or the clause's end: "Tom Becker, Parteichef der Liberalen",
  // "der Leiter des Programms, Jonas Keller".
  if (tokens[to]?.text === ',' && to + 1 < hi) {
    const a = to + 1;
    let end = -1;
    if (personName) {
      let j = a;
      if (DETERMINERS.has(tokens[j].text)) j++;
      while (j < hi && j < a + 4 && isAdjective(tokens[j])) j++;
      end = personApposition(tokens, j, hi);
    } else if (isCapitalised(tokens[f.to - 1])) {
      const j = personRun(tokens, a, hi);
      // after a role or organisation a name ("der Leiter des Programms, Jonas Keller"); after another noun
      // only a name of two words between commas ("Der Investor, Jonas K. Weber, kündigte an")
      const office = isRoleWord(tokens[f.to - 1]) || isOrgWord(tokens[f.to - 1]);
      if (j > a && (office ? mentionAt(work, a) || j - a >= 2 : j - a >= 2 && tokens[j]?.text === ',')) end = j;
    }
    if (end > a) {
      // "der Vorsitzende des Vereins, Tom Becker (CDU)"
      end = bracketAfter(tokens, end, hi);
      const next = tokens[end];
      // after a noun that names no office only a closing comma or the clause's end
      const closed = end >= hi || /^[,.;:!?]$/.test(next.text) || next.kind === 'quote';
      if (closed || (next.kind === 'word' && !isCapitalised(next) && (!personName || officeAt(tokens, a, end)))) {
        to = end;
        const m = work.mentions[firstAtOrAfter(work.mentions, tokens[a].start)];
        if (!personName && m?.start === tokens[a].start) apposed = m;
      }
    }
  }
  // "sagte Tom Becker, ein Sprecher des Vereins.": the role is an apposition to the name before it
  // "Tom Becker, ein Sprecher des Vereins erklärte": without its closing comma when the name opens the sentence
  if (!personName && apposed === null && isRoleWord(tokens[f.to - 1]) && tokens[from - 1]?.text === ',') {
    const named = nameBefore(work, from - 1, lo);
    const verb = tokens[to]?.kind === 'word' && !isCapitalised(tokens[to]);
    if (named && (closesClause(tokens, to, hi) || (verb && named[0] === lo))) [from, apposed] = named;
  }
  return [from, to, apposed];
}

/** A noun at `n` that stands before a person's name with an article or adjective of its own:
 *  "der Astronaut Tom Becker", "die kroatische Wetterexpertin Jana Weber" — not an organisation
 *  ("der Zeitung Jana Weber") or a name of its own. */
function closeApposition(tokens: Token[], n: number, lo: number): boolean {
  const t = tokens[n];
  if (n - 1 < lo || !isNameLike(t) || isOrgWord(t) || isNameAdjective(t) || t.end + 1 < tokens[n + 1].start) return false;
  if (PLACES.has(t.text) || ACCORDING_NOUNS.has(t.text) || FRAME_NOUNS.has(t.text)) return false;
  const before = tokens[n - 1];
  return DETERMINERS.has(before.text) || isAdjective(before);
}

/** The end of a name whose first word ends before `j`: "Deutschen Gesellschaft für Luft- und Raumfahrt"
 *  takes the joined half word, "Bündnis 90/Die Grünen" the party's slash, "Institute of Technology" its "of". */
function nameEnd(tokens: Token[], j: number, hi: number): number {
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
function bracketAfter(tokens: Token[], to: number, hi: number): number {
  if (tokens[to]?.text !== '(') return to;
  for (let j = to + 1; j < to + 5 && j < hi; j++) {
    if (tokens[j].text === ')') return j + 1;
    if (tokens[j].kind === 'number' || tokens[j].text === ',') break;
  }
  return to;
}

/** Whether the phrase ending at `to` closes its clause or apposition: a comma, a stop, a quotation mark. */
function closesClause(tokens: Token[], to: number, hi: number): boolean {
  return to >= hi || /^[,.;:!?]$/.test(tokens[to].text) || tokens[to].kind === 'quote';
}

/** The person named right before the comma `c`, unless the object of a preposition:
 *  "Tom Becker, ein Sprecher" → Tom Becker; not "mit Tom Becker, einem Sprecher". */
function nameBefore(work: Work, c: number, lo: number): [number, Mention | null] | null {
  const { tokens } = work;
  if (c - 1 < lo) return null;
  // an unknown name of two or three words opening the sentence: "Stan Miller, ein Sprecher …"
  const unknown = !mentionAt(work, lo) && c - lo >= 2 && c - lo <= 3 && personRun(tokens, lo, c) === c;
  if (unknown && tokens.slice(lo, c).every((t) => !isRoleWord(t) && !isOrgWord(t))) return [lo, null];
  const m = work.mentions[firstAtOrAfter(work.mentions, tokens[c - 1].start) - 1] ?? work.mentions[firstAtOrAfter(work.mentions, tokens[c - 1].start)];
  if (m === undefined || m.kind !== 'name' || m.end !== tokens[c - 1].end || m.entity < 0 || work.entities[m.entity]?.type !== 'person') return null;
  let start = c - 1;
  while (start - 1 >= lo && tokens[start - 1].start >= m.start) start--;
  if (start > lo && PREPOSITIONS.has(tokens[start - 1].text.toLowerCase())) return null;
  return [start, m];
}

/** The start of the noun phrase whose genitive opens at `g`: "[die Befunde] des Amts"; -1 unless a noun with its
 *  own article stands right before ("gestern Abend der Minister" is no genitive). */
function ownerOfGenitive(tokens: Token[], g: number, lo: number): number {
  const n = g - 1;
  const t = tokens[n];
  if (n - 1 < lo || t.kind !== 'word' || !isNameLike(t) || TIME_NOUN.test(t.text) || PLACES.has(t.text)) return -1;
  const start = leftEdge(tokens, n, lo);
  return start < n && DETERMINERS.has(tokens[start].text) ? start : -1;
}

/** The start of a role's phrase that ends at the comma `c`: "Der neue Bischof der Diözese Trier, Tom Becker"
 *  — not the object of a preposition ("nach dem Treffen mit dem Minister, Tom Becker …"). */
function officeBefore(tokens: Token[], c: number, lo: number, hi: number): number | null {
  for (let p = c - 1; p >= lo && p > c - 10; p--) {
    const t = tokens[p];
    if (t.kind === 'punct' && t.text !== '-') return null;
    if (!isRoleWord(t) || complements(tokens, p + 1, hi, false, true) !== c) continue;
    const start = leftEdge(tokens, p, lo);
    const before = tokens[start - 1];
    return start > lo && PREPOSITIONS.has(before.text.toLowerCase()) ? null : start;
  }
  return null;
}

/** An apposition after a person's name from its noun at `j`: "Tom Becker, Sprecher des Warnzentrums in Kiel",
 *  "Tom Becker, Kellers Stellvertreter", "Tom Becker, Kopf einer Gruppe von Prüfern". */
function personApposition(tokens: Token[], j: number, hi: number): number {
  if (j >= hi) return -1;
  if (isRoleWord(tokens[j])) {
    const end = complements(tokens, j + 1, hi, false, true);
    // "Tom Becker, Dekan der Fakultät und Vorsitzender des Ausschusses"
    let k = end + 1;
    while (k < hi && k < end + 4 && (DETERMINERS.has(tokens[k].text) || isAdjective(tokens[k]))) k++;
    return tokens[end]?.text === 'und' && k < hi && isRoleWord(tokens[k]) ? complements(tokens, k + 1, hi, false, true) : end;
  }
  if (isOwner(tokens[j])) {
    const noun = ownedNoun(tokens, j + 1, hi);
    return noun > j + 1 ? complements(tokens, noun, hi, false, true) : -1;
  }
  // another noun only with a genitive or "von" after it
  if (!isNameLike(tokens[j]) || isOrgWord(tokens[j]) || !(GENITIVE_DETERMINERS.has(tokens[j + 1]?.text ?? '') || tokens[j + 1]?.text === 'von')) return -1;
  const end = complements(tokens, j + 1, hi, false, true);
  return end > j + 2 ? end : -1;
}

/** Whether the apposition from `a` to `end` names an office: a role word or an owner's noun. */
function officeAt(tokens: Token[], a: number, end: number): boolean {
  for (let k = a; k < end; k++) if (isRoleWord(tokens[k]) || isOwner(tokens[k])) return true;
  return false;
}

/** The noun a genitive owner before `i` has, after at most three adjectives: "Kellers Kampagne",
 *  "Kellers neuer Anwalt" — not a verb or adverb ("Kellers sagte", "Kellers Selbst"). */
function ownedNoun(tokens: Token[], i: number, hi: number): number {
  let j = i;
  while (j < hi && j < i + 3 && isAdjective(tokens[j])) j++;
  const t = tokens[j];
  if (j >= hi || t.kind !== 'word' || !isNameLike(t) || SUBORDINATORS.has(t.text.toLowerCase()) || SKIP_ADVERBS.has(t.text.toLowerCase())) return i;
  return t.start - tokens[j - 1].end <= 1 ? j + 1 : i;
}

/** The end of a person's name from `a`: "Jonas Keller", "Jonas K. Weber", "Samir el-Masri". */
function personRun(tokens: Token[], a: number, hi: number): number {
  let j = a;
  while (j < hi && j < a + 5 && (j === a || tokens[j].start - tokens[j - 1].end <= 1)) {
    const t = tokens[j];
    if (isNameLike(t)) j++;
    else if (j > a && t.kind === 'word' && /^\p{Ll}{1,3}-\p{Lu}/u.test(t.text)) j++;
    // "Heike van Laak", "Jana de Vries"
    else if (j > a && NAME_PARTICLES.has(t.text) && j + 1 < hi && isNameLike(tokens[j + 1])) j++;
    else if (t.text === '.' && j > a && tokens[j - 1].text.length === 1 && isCapitalised(tokens[j - 1])) j++;
    else break;
  }
  // not ending on an initial ("M" or "M .")
  while (j - 1 > a && (tokens[j - 1].text.length === 1)) j--;
  return j;
}

/** A second phrase joined by "und" or "sowie": "Jana Berg und Tim Kuhn", "die IADB und der MIF",
 *  "arabische und iranische Medien" — not a clause going on ("Müller und fügte hinzu"). */
function coordinated(tokens: Token[], to: number, hi: number): number {
  const w = tokens[to]?.text;
  if ((w !== 'und' && w !== 'sowie') || to + 1 >= hi) return to;
  let j = to + 1;
  if (DETERMINERS.has(tokens[j].text)) j++;
  while (j < hi && j < to + 5 && (isAdjective(tokens[j]) || isNameAdjective(tokens[j]))) j++;
  // "von Deutschland und Frankreich": a place joins a place
  const place = PLACES.has(tokens[j]?.text ?? '') && PLACES.has(tokens[to - 1].text);
  if (j >= hi || !(isNameLike(tokens[j]) || place)) return to;
  const start = j;
  while (j < hi && j < start + 4 && (isNameLike(tokens[j]) || (place && j === start)) && (j === start || tokens[j].start - tokens[j - 1].end <= 1)) j++;
  const next = tokens[j];
  if (j >= hi) return j;
  // "Die Abgeordnete und Bremer Bürgermeisterin Jana Weber gab …": two offices of one person
  if (isRoleWord(tokens[to - 1]) && tokens.slice(start, j).some(isRoleWord)) return j;
  // Two joined subjects take a plural verb ("Jana Berg und Tim Kuhn erklärten"); a verb in the singular
  // after the second name opens a clause of its own ("sagte Thomas Müller und Angela Merkel nickte").
  if (next.kind === 'word' && !isCapitalised(next) && !OBLIQUE.has(next.text) && !SKIP_ADVERBS.has(next.text) && !PLURAL_VERB.test(next.text)) return to;
  return next.kind !== 'word' || !isCapitalised(next) ? j : to;
}

const PLURAL_VERB = /en$|^sind$/;

/** Determiner and adjectives before token `i`: "der demokratische Senator". */
function leftEdge(tokens: Token[], i: number, lo: number): number {
  let k = i - 1;
  // "der 23-jährige Sportler", "Die Demokratische Partei"
  while (k >= lo && k > i - 6 && (isAdjective(tokens[k]) || isNameAdjective(tokens[k]) || capitalAdjective(tokens, k, lo) || tokens[k].kind === 'number' || (tokens[k].text === '-' && tokens[k - 1]?.kind === 'number'))) k--;
  // "Spectors Verteidiger", "Niedersachsens Ministerpräsident": a genitive owner before a role
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

// "die ihrer Meinung nach …", "das der Bürgermeister …": an article before another determiner is a relative pronoun
const ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'das', 'dem', 'den']);
const POSSESSIVE = /^(?:[Ss]ein|[Ii]hr)(?:e[mnrs]?)?$/;
const QUANTIFIERS: ReadonlySet<string> = new Set(['beiden', 'beide', 'zwei', 'drei', 'vier', 'mehrere', 'vielen', 'einige', 'einigen', 'wenigen', 'anderen']);

/** A lower-case word in -en at `k` right after a noun or the sentence's first word is its verb, not an adjective:
 *  "Dabei starben behördlichen Angaben zufolge …", "Die Zahlen entstammen Zeitungsberichten",
 *  "al-Qaida-Gruppen gewinnen …". */
function verbSlot(tokens: Token[], k: number, lo: number): boolean {
  const before = tokens[k - 1];
  if (k - 1 < lo || !tokens[k].text.endsWith('en') || QUANTIFIERS.has(tokens[k].text) || before.kind !== 'word' || !/\p{Lu}/u.test(before.text)) return false;
  // "Angaben offizieller Stellen" is a genitive after a source noun
  if (ACCORDING_NOUNS.has(before.text) || FRAME_NOUNS.has(before.text)) return false;

  const lower = before.text.toLowerCase();
  return !PREPOSITIONS.has(lower) && !DETERMINERS.has(lower) && !isAdjective(before) && !capitalAdjective(tokens, k - 1, lo);
}

/** The determiner opening an extended attribute that ends at token `k`, before its adjective:
 *  "der [für die Region] zuständige", "die [in Lyon] geborene", "Die [das Unglück] überlebende",
 *  "Der [erst kürzlich] ernannte", "einer [am Dienstag] veröffentlichten". -1 if there is none. */
function attributeStart(tokens: Token[], k: number, lo: number): number {
  // "das nach israelischen Angaben": the preposition belongs to the phrase, not to an attribute
  if (PREPOSITIONS.has(tokens[k].text.toLowerCase())) return -1;
  for (let m = k; m >= lo && m > k - 7; m--) {
    const t = tokens[m];
    // "Die seiner Ansicht nach fragwürdige Rolle": a source of its own
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

/** A capitalised adjective before its noun, after an article or opening the sentence:
 *  "Der Deutsche Wetterdienst", "Internationale Medien", "Berliner Polizei"; a town's before an office. */
function capitalAdjective(tokens: Token[], k: number, lo: number): boolean {
  const t = tokens[k];
  if (!isCapitalised(t) || !CAPITAL_ADJECTIVE.test(t.text) || CUE_VERBS.has(t.text) || NOT_NAMES.has(t.text) || isRoleWord(t) || isOrgWord(t)) return false;
  if (k === lo || DETERMINERS.has(tokens[k - 1].text) || tokens[k - 1].kind === 'quote') return true;
  // "laut Kölner Polizei", "der Bremer Fahrgastverband": a town's adjective before an office needs no article
  const head = tokens[k + 1];
  return t.text.endsWith('er') && head !== undefined && (isOrgWord(head) || isRoleWord(head)) && head.start - t.end === 1;
}

const CAPITAL_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:e|en|er|es)$/u;

/** A name in the genitive: "Spectors", "Niedersachsens" (not "Boss"). */
const isOwner = (t: Token): boolean => isCapitalised(t) && /[^s]s$/.test(t.text) && !NOT_NAMES.has(t.text) && !isRoleWord(t) && !isOrgWord(t);

/** A capitalised adjective inside a name: "Demokratische", "Europäischen". */
export const isNameAdjective = (t: Token): boolean => isCapitalised(t) && /(?:ische[nrs]?|ische)$/.test(t.text);

/** Whether a report noun heads the phrase from `from` to `to`: "Angaben des Flughafens", "einem Bericht der UN". */
function isSourcePhrase(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ACCORDING_NOUNS.has(tokens[k].text) || FRAME_NOUNS.has(tokens[k].text)) return true;
  return false;
}

/** The end of a date after `am`, `vom` or `im` at `i`: "am 13. Januar", "vom gestrigen Mittwoch",
 *  "im Juni 2007", "vom 17.12.2005"; null if none follows. */
function dateAt(tokens: Token[], i: number, hi: number): number | null {
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

const ABSTRACT_NOUN = /(?:keit|heit)$/;

const TIME_NOUN = /(?:abend|morgen|nacht|mittag|woche|zukunft)$/i;

/** What follows a head noun and belongs to it: genitives ("des Influenza-Programms der WHO"),
 *  "von"/"vom"/"für" phrases ("von New Orleans", "für Zivilluftfahrt"), a name ("Die Staatsanwaltschaft
 *  Oslo", "die Nachrichtenagentur „Xinhua“"). After a person's name only "vom"/"von" phrases. */
function complements(tokens: Token[], to: number, hi: number, person = false, office = false): number {
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
    if (!person && round === 0 && to < hi && isNameLike(tokens[to]) && tokens[to].start - tokens[to - 1].end <= 1) {
      j = to; // a name right after the head
    } else if (!person && to + 2 < hi && tokens[to].kind === 'quote' && isCapitalised(tokens[to - 1]) && tokens[to].start - tokens[to - 1].end === 1) {
      // "die Nachrichtenagentur „Xinhua“", "des Magazins „Der Spiegel“"
      const q = quotedName(tokens, to, hi);
      if (!q) break;
      to = q.to;
      continue;
    } else if (GENITIVE_DETERMINERS.has(w) && !person) {
      while (j < hi && j < to + 5 && (isAdjective(tokens[j]) || tokens[j].kind === 'number')) j++;
      // a genitive's adjective ends in -en: "der NASA der überwiegende Teil" starts a clause
      if (j > to + 1 && !tokens[j - 1].text.endsWith('n') && tokens[j - 1].kind !== 'number') break;
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

/** The end of an organisation's name that the token before `to` is part of or that opens right after an
 *  organisation word at `to`, else `to`. */
function mentionEnd(work: Work, to: number, hi: number): number {
  const { tokens } = work;
  const last = tokens[to - 1];
  let m: Mention | undefined = work.mentions[firstAtOrAfter(work.mentions, last.end) - 1];
  if (!(m && m.start <= last.start && m.end > last.end)) {
    const next = work.mentions[firstAtOrAfter(work.mentions, tokens[to]?.start ?? Infinity)];
    m = to < hi && next?.start === tokens[to].start && isOrgWord(last) && tokens[to].start - last.end === 1 ? next : undefined;
  }
  if (!m || m.kind !== 'org') return to;
  let j = to;
  while (j < hi && tokens[j].end <= m.end) j++;
  return j;
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
