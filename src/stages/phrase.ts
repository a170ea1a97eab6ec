// The whole noun phrase around a speaker's name or head noun, as a reader
// would mark it: its determiner and adjectives, genitives and a "von" name
// after a role or organisation, a party in brackets, an apposition, and the
// source noun of "nach Angaben der Polizei".
//   "Sprecher"           → "Ein Sprecher des sächsischen Umweltministeriums"
//   "Jana Weber"         → "Staatssekretärin Jana Weber (Grüne)"
//   "Tom Becker"        → "Tom Becker, Parteichef der Liberalen"
//   "Polizei"            → "Angaben der Polizei"
import { ACCORDING_NOUNS, DETERMINERS, FRAME_NOUNS, GENITIVE_DETERMINERS, NAME_PARTICLES, OBLIQUE, PLACES, PREPOSITIONS, SKIP_ADVERBS } from '../lexicon/index.js';
import type { Mention, Token, Work } from '../types.js';
import { closeApposition, leftEdge, ownerOfGenitive } from './phrase-left.js';
import { bracketAfter, complements, dateAt, isSourcePhrase, nameEnd, ownedNoun, quotedName } from './phrase-right.js';
import { isAdjective, isNameAdjective, isNameLike, isOwner, OPENING_PARTICLES, POSSESSIVE } from './phrase-words.js';
import { firstAtOrAfter } from './search.js';
import type { Found } from './subject.js';
import { isCapitalised, isOrgWord, isRoleWord, roleOf } from './words.js';
export { ADJECTIVE, isAdjective, isNameAdjective, isNameLike, onlyModifiers } from './phrase-words.js';
export { quotedName } from './phrase-right.js';

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
  // "al Hadi", "van Dalen": a particle that opens a surname written without its given name
  const first = f.from - 1 >= lo && OPENING_PARTICLES.has(tokens[f.from - 1].text) && isNameLike(tokens[f.from]) && tokens[f.from].start - tokens[f.from - 1].end === 1 ? f.from - 1 : f.from;
  let from = POSSESSIVE.test(tokens[f.from].text) ? f.from : leftEdge(tokens, first, lo);
  // "der ehemalige Häftling Tom Becker": a noun before the name, with its article or adjective
  if (personName && from === first && closeApposition(tokens, first - 1, lo)) from = leftEdge(tokens, first - 1, lo);
  // "Ein Sprecher der Polizei, Hauptkommissar Tom Becker sagte": the office named before the comma
  if (personName && from === first && tokens[from - 1]?.text === ',') from = officeBefore(tokens, from - 1, lo, hi) ?? from;
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
  // "Tom Becker vom Bankhaus Hessel Lange"; after a noun also its genitives and names.
  const office = isRoleWord(tokens[f.to - 1]) || isOrgWord(tokens[f.to - 1]) || from < f.from;
  to = personName ? complements(tokens, to, hi, true) : complements(tokens, to, hi, false, office);
  // "der Hilfsorganisation Ärzte ohne Grenzen", "der Organisation amnesty international": a known name runs to its end
  if (!personName) to = mentionEnd(work, to, hi);
  // "(SPD)", "(Grüne)", "(CDU/CSU)"
  const party = bracketAfter(tokens, to, hi);
  // "Die Weltgesundheitsorganisation (WHO) in Genf"
  if (party > to) {
    to = personName ? party : complements(tokens, party, hi, false, office);
    // "des Investitionsfonds (MIF) der Entwicklungsbank (IDB)": the genitive's own bracket
    if (to > party) to = bracketAfter(tokens, to, hi);
  }
  // "Angaben des Hafens im Mai 2019", "einer Pressekonferenz in Kleinau am 4. März": a source's date
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
      // "Die Regierungspartei des Landes, die Volksfront, …": an organisation's name with its article,
      // closed by a comma or the clause's end ("die Partei, die Wähler verloren hat" is a relative clause)
      else if (isOrgWord(tokens[f.to - 1]) && DETERMINERS.has(tokens[a].text)) {
        // "…, die Volksfront und die Liga, …"
        const named = coordinated(tokens, orgNameAt(tokens, a + 1, hi), hi);
        if (named > a + 1 && closesClause(tokens, bracketAfter(tokens, named, hi), hi)) end = named;
      }
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

/** Whether the phrase ending at `to` closes its clause or apposition: a comma, a stop, a quotation mark. */
function closesClause(tokens: Token[], to: number, hi: number): boolean {
  return to >= hi || /^[,.;:!?]$/.test(tokens[to].text) || tokens[to].kind === 'quote';
}

/** The end of an organisation's name from `j` after its article, at most three adjectives before it:
 *  "Volksfront", "Pakistanische Volkspartei", "„Allianz für Wandel“"; `j` if none. */
function orgNameAt(tokens: Token[], j: number, hi: number): number {
  let k = j;
  while (k < hi && k < j + 3 && isAdjective(tokens[k])) k++;
  if (k >= hi) return j;
  if (tokens[k].kind === 'quote') return quotedName(tokens, k, hi)?.to ?? j;
  return isNameLike(tokens[k]) ? nameEnd(tokens, k + 1, hi) : j;
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

/** The end of a person's name from `a`: "Jonas Keller", "Jonas K. Weber", "Samir el-Masri". */
function personRun(tokens: Token[], a: number, hi: number): number {
  let j = a;
  while (j < hi && j < a + 5 && (j === a || tokens[j].start - tokens[j - 1].end <= 1)) {
    const t = tokens[j];
    if (isNameLike(t)) j++;
    else if (j > a && t.kind === 'word' && /^\p{Ll}{1,3}-\p{Lu}/u.test(t.text)) j++;
    // "Heike van Dalen", "Jana de Vries"
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
