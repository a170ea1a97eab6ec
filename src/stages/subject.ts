// Who is speaking: the noun phrase next to a cue verb, a pronoun followed back
// to the person it stands for, or a role resolved to the person in it.
//   "sagte der demokratische Senator Chris Murphy"   the phrase after the verb
//   "Trump erklärte dazu: …"                          the phrase before it
//   "…, erklärte er"                                  er → the person last in subject position
import { ADDRESS_VERBS, AUXILIARIES, COORDINATORS, CUE_VERBS, DEMONSTRATIVES, DETERMINERS, DOCUMENT_SUFFIXES, FOCUS_PARTICLES, FRONTED, IN_TEXT, MASCULINE_NOMINATIVE, METONYMS, NOMINATIVE_ARTICLES, NOMINATIVE_PRONOUNS, NOT_NAMES, OBLIQUE, PASSIVE_AUXILIARIES, PAST_PASSIVE, PERSONAL_PRONOUNS, PHRASE_JOINERS, PLACES, RELATIVE_PRONOUNS, SKIP_ADVERBS, SUBJECT_RELATIVES, SUBORDINATORS } from '../lexicon/index.js';
import type { Entity, ResolvedBy, Speaker } from '../schema/document.js';
import type { Mention, Token, Work } from '../types.js';
import { ADJECTIVE, isAdjective, nounPhrase, onlyModifiers, quotedName } from './phrase.js';
import { firstAtOrAfter } from './search.js';
import { isCapitalised, isOrgWord, isRoleWord, roleOf } from './words.js';

/** Prepositions that name a text something is said in: "in der Erklärung", "im Bericht". */
export { IN_TEXT };

/** Per token: index of the mention covering it, or -1. */
export function mentionIndex(work: Work): Int32Array {
  const idx = new Int32Array(work.tokens.length).fill(-1);
  let m = 0;
  const ms = work.mentions;
  for (let i = 0; i < work.tokens.length && m < ms.length; i++) {
    const t = work.tokens[i];
    while (m < ms.length && ms[m].end <= t.start) m++;
    if (m < ms.length && ms[m].start <= t.start && t.end <= ms[m].end) idx[i] = m;
  }
  return idx;
}

export function isCueVerb(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && CUE_VERBS.has(t.text);
}

/** A cue form used as an adjective, between an article or adjective and its noun:
 *  "den ersten bestätigten Kontakt", "das erste bestätigte Gespräch". */
export function attributive(tokens: Token[], j: number): boolean {
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  return before !== undefined && after !== undefined && isCapitalised(after) && (DETERMINERS.has(before.text) || (!isCapitalised(before) && before.kind === 'word' && /(?:e|en|er|es|em)$/.test(before.text)));
}

export interface Found {
  from: number; // token range of the speaker mention
  to: number;
  mention: Mention | null;
  pronoun: boolean;
  /** A relative pronoun's antecedent: "ein Kommentar, der …" → the mention is "der", the speaker the Kommentar. */
  refersTo?: Found;
}

/** The speaker phrase starting at or shortly after token `i` (up to `limit`): "der US-Präsident", "Trump", "er".
 *  As a clause's `subject`, objects and prepositional phrases are passed over:
 *  "sagte vor Journalisten in Berlin der Minister" → "der Minister". */
export function phraseAfter(work: Work, mi: Int32Array, i: number, limit: number, subject = false): Found | null {
  const { tokens } = work;
  const stop = Math.min(limit, i + (subject ? 12 : 8));
  let oblique = false;
  for (let j = i; j < stop; j++) {
    const t = tokens[j];
    if (t.kind === 'punct' && t.text !== '-' ) return null;
    if (t.kind === 'quote') return quotedName(tokens, j, stop);
    if (subject && OBLIQUE.has(t.text) && t.text !== 'von' && t.text !== 'vom') {
      oblique = true;
      continue;
    }
    // "der Regierung", "einer Zeitung": a feminine noun after "der"/"einer" is no subject
    if (subject && (t.text === 'der' || t.text === 'einer') && feminineAhead(tokens, j + 1, stop)) {
      oblique = true;
      continue;
    }
    // a verb ends the prepositional phrase: "Vor kurzem hatte ein Talibanführer …"
    if (oblique && t.kind === 'word' && !isCapitalised(t) && !DETERMINERS.has(t.text) && !isAdjective(t)) oblique = false;
    // a web address names a source: "Wie t-online.de berichtet" (the only words segment lets hold a dot)
    if (t.kind === 'word' && t.text.includes('.') && !isCapitalised(t)) return { from: j, to: j + 1, mention: null, pronoun: false };
    if (oblique && (mi[j] >= 0 || isCapitalised(t))) {
      // Pass over the object's noun (and a name run after it: "dem Sender CNN").
      while (j + 1 < stop && (mi[j + 1] >= 0 ? mi[j + 1] === mi[j] || isOrgMention(work, mi[j + 1]) : isCapitalised(tokens[j + 1]) && !isCueVerb(tokens[j + 1]))) j++;
      // … and the title it names: "Unter dem Motto „Bäume statt Beton“ zogen die Anwohner".
      if (subject && tokens[j + 1]?.kind === 'quote') {
        let close = j + 2;
        while (close < stop && tokens[close].kind !== 'quote') close++;
        if (close < stop) j = close;
      }
      oblique = false;
      continue;
    }
    if (mi[j] >= 0) return mentionFound(work, mi, j);
    if (PERSONAL_PRONOUNS.has(t.text)) return { from: j, to: j + 1, mention: null, pronoun: true };
    // "sagte dieser", "so letztere": a demonstrative without its noun stands for the person last named
    if (subject && DEMONSTRATIVES.has(t.text) && !isCapitalised(tokens[j + 1] ?? t)) return { from: j, to: j + 1, mention: null, pronoun: true };
    if (DETERMINERS.has(t.text) || SKIP_ADVERBS.has(t.text) || !isCapitalised(t) || (NOT_NAMES.has(t.text) && !PLACES.has(t.text))) continue;
    // An unknown capitalised word: a name the article did not introduce
    // ("sagte Müller"), or a noun phrase ("sagte der Student").
    let k = j;
    while (k < stop && isCapitalised(tokens[k]) && !isCueVerb(tokens[k])) {
      if (mi[k] >= 0) return mentionFound(work, mi, k);
      k++;
    }
    if (notASpeaker(work, j, k)) continue;
    return { from: j, to: k, mention: null, pronoun: false };
  }
  return null;
}

/** The subject of the clause whose verb is token `verb`, the clause starting at `first`:
 *   "Trump erklärte dazu:"          the phrase that opens the clause
 *   "Dazu erklärte Trump:"          a fronted adverbial: the phrase after the verb
 *   "wie das Weiße Haus mitteilte"  a verb-final clause: the phrase after the conjunction */
export function subjectOf(work: Work, mi: Int32Array, verb: number, first: number, limit: number): Found | null {
  const { tokens } = work;
  first = beforeQuotedName(work, first);
  while (first < verb && (tokens[first].kind === 'quote' || tokens[first].kind === 'punct')) first++;
  // "Die Miliz wurde von der Regierung beschuldigt": a passive cue's speaker is its agent, if any.
  if (isPassive(tokens, first, verb)) return passiveAgent(work, mi, first, verb);
  const t = tokens[first];
  // "ein Kommentar, der die Entscheidung als … bezeichnet": the relative pronoun is the subject, the
  // phrase before the comma speaks; "die Marke, die Schröder zum Ziel erklärt hatte": a name follows, it speaks.
  // "…, die „Millionen von Todesfällen“ zu stoppen und erklärte": an article before a quoted noun.
  const next = tokens[first + 1];
  const quotedNoun = next?.kind === 'quote' && tokens[first + 2] !== undefined && isCapitalised(tokens[first + 2]);
  if (t && tokens[first - 1]?.text === ',' && SUBJECT_RELATIVES.has(t.text) && first < verb && !quotedNoun) {
    const objectRelative = t.text !== 'der' && t.text !== 'welcher' && (PERSONAL_PRONOUNS.has(next.text) || (isCapitalised(next) && !DETERMINERS.has(next.text)));
    if (!objectRelative) {
      const before = phraseBefore(work, mi, first - 1, work.sentences[t.sentence].tokenStart);
      if (before) return { from: first, to: first + 1, mention: null, pronoun: false, refersTo: before };
    }
  }
  // "… befand der Premierminister … als gerechtfertigt und nannte den Angriff „…“":
  // a verb after "und" shares the subject of the sentence's first clause.
  // "Als ein Fluggast half, biss der Mann ihn und rief: …": the main clause after a subordinate one.
  if (tokens[verb - 1]?.text === 'und') {
    let lo = work.sentences[tokens[verb].sentence].tokenStart;
    if (SUBORDINATORS.has(tokens[lo].text.toLowerCase())) {
      let comma = lo + 1;
      while (comma < verb - 1 && tokens[comma].text !== ',') comma++;
      if (comma < verb - 1) lo = comma + 1;
    }
    const inverted = invertedPronoun(work, lo, verb - 1);
    if (inverted) return inverted;
    const opening = phraseAfter(work, mi, lo, verb - 1, true);
    const article = tokens[(opening?.from ?? 0) - 1]?.text ?? '';
    const shared = named(opening) ?? (opening && NOMINATIVE_ARTICLES.has(article) ? opening : null);
    if (shared) return shared;
  }
  // "Ein Sprecher der Stadt, Tom Kern, sagte am Abend, …", "Der Verband, der die Klage führt, begründete
  // den Schritt damit, …", "Die Sprecherin, Nina Falk, hatte den Rektor aufgefordert, …": a noun phrase and its
  // apposition or relative clause before the verb (or its auxiliary) are its subject.
  if ((first === verb || (first < verb && AUXILIARIES.has(tokens[first].text))) && tokens[first - 1]?.text === ',') {
    const opening = nominalOpening(work, mi, verb, first);
    if (opening) return opening;
  }
  const coordinated = coordinateSubject(work, mi, verb, first);
  if (coordinated) return coordinated;
  const found = clauseSubject(work, mi, verb, first, limit);
  if (found || first >= tokens.length) return found;
  // "Auch Kramer argumentierte, …": the adverb stands before the subject.
  if (first < verb && FRONTED.has(t.text.toLowerCase())) {
    const after = phraseAfter(work, mi, first + 1, verb, true);
    if (after && (named(after) || after.to === verb)) return after;
  }
  // "Klaus Brückner, Präsident des Gerichts, sagte, …": the subject opens the sentence.
  // "Ein Sprecher, der erklärte": a relative pronoun speaks for the phrase before it.
  if (tokens[first - 1]?.text !== ',') return null;
  const lo = work.sentences[t.sentence].tokenStart;
  if (SUBJECT_RELATIVES.has(t.text)) return phraseBefore(work, mi, first - 1, lo);
  if (SUBORDINATORS.has(tokens[lo].text.toLowerCase())) return null;
  let comma = lo;
  while (comma < first - 1 && tokens[comma].text !== ',') comma++;
  return comma < first - 1 ? phraseAfter(work, mi, lo, comma, true) : phraseBefore(work, mi, first - 1, lo);
}

/** "Nach dem Flug mit seinen Kollegen Tom Ost und Jan Berg lenkte er die Fähre …": after a fronted phrase,
 *  "er" right after the finite verb is the subject, whatever names the phrase holds. */
function invertedPronoun(work: Work, from: number, to: number): Found | null {
  const { tokens, inQuote } = work;
  for (let j = from + 1; j < to && j < from + 40; j++) {
    if (tokens[j].text === ',' || tokens[j].text === ':') return null;
    if (!NOMINATIVE_PRONOUNS.has(tokens[j].text) || inQuote[j]) continue;
    const v = tokens[j - 1];
    return v.kind === 'word' && !isCapitalised(v) && !DETERMINERS.has(v.text) && !OBLIQUE.has(v.text) ? { from: j, to: j + 1, mention: null, pronoun: true } : null;
  }
  return null;
}

/** "Die Menge skandierte Parolen, und der Unternehmer Tom Berger rief: …": a main clause joined by "und"
 *  brings its own subject, right before the verb; not one verb shared ("Sie hat Kern und die Ministerin
 *  gelobt"), nor a list of subjects ("Kern und die Ministerin sagten"). */
function coordinateSubject(work: Work, mi: Int32Array, verb: number, first: number): Found | null {
  const { tokens, inQuote } = work;
  const lo = work.sentences[tokens[verb].sentence].tokenStart;
  let k = verb - 1;
  while (k > lo && k > verb - 16 && !COORDINATORS.has(tokens[k].text)) {
    if (tokens[k].kind === 'punct' || tokens[k].kind === 'quote') return null;
    k--;
  }
  if (k < lo || !COORDINATORS.has(tokens[k].text) || k < first - 1 || k + 1 >= verb) return null;
  const opener = tokens[k + 1].text;
  if (!NOMINATIVE_ARTICLES.has(opener) && mi[k + 1] < 0) return null;
  // the clause before has a verb of its own, and no auxiliary waiting for a participle; it is no relative or
  // subordinate clause whose verb comes last ("eine Resolution, welche … zur Kenntnis nimmt und die Regierung auffordert")
  let own = false;
  for (let j = k - 1; j >= lo && j >= k - 20; j--) {
    const w = tokens[j];
    if (w.text === ',' || j === lo) {
      const opener = (w.text === ',' ? tokens[j + 1] : w).text;
      if (RELATIVE_PRONOUNS.has(opener) || SUBORDINATORS.has(opener.toLowerCase())) return null;
      if (w.text === ',') break;
    }
    if (inQuote[j] || w.kind !== 'word') continue;
    if (AUXILIARIES.has(w.text)) return null;
    if (!isCapitalised(w) && !DETERMINERS.has(w.text) && !attributiveAdjective(tokens, j) && !OBLIQUE.has(w.text) && !SKIP_ADVERBS.has(w.text) && !PERSONAL_PRONOUNS.has(w.text) && !COORDINATORS.has(w.text)) own = true;
  }
  if (!own) return null;
  const who = phraseAfter(work, mi, k + 1, verb, true);
  if (who && who.to === verb) return who;
  // "und der als Gegner Holms bekannte Verleger Tom Berger rief": a name inside the phrase, the speaker closes it
  return who && mi[verb - 1] >= 0 ? mentionFound(work, mi, verb - 1) : null;
}

/** An adjective before its noun ("vor dem großen Zentrum"); "skandierte vor …" looks like one but stands alone. */
const attributiveAdjective = (tokens: Token[], j: number): boolean => isAdjective(tokens[j]) && (isCapitalised(tokens[j + 1]) || isAdjective(tokens[j + 1]));

/** The noun phrase opening the sentence of `verb` up to its first comma, when nothing but names,
 *  articles and adjectives stand there; adjectives only before a known name, as an object opening the
 *  sentence may: "Die neuen Pläne, die …, kritisierte die Opposition". */
function nominalOpening(work: Work, mi: Int32Array, verb: number, first: number): Found | null {
  const { tokens } = work;
  const lo = work.sentences[tokens[verb].sentence].tokenStart;
  // not a prepositional phrase ("Am Montag, dem 27. März, sagte …"); inside the phrase a genitive or a
  // preposition may stand: "Der Vorsitzende des Rates für Bildung", "Karl zu Berg"
  if (OBLIQUE.has(tokens[lo].text)) return null;
  let comma = lo;
  while (comma < verb - 1 && comma < lo + 10 && tokens[comma].text !== ',') {
    const t = tokens[comma];
    const inside = isCapitalised(t) || mi[comma] >= 0 || DETERMINERS.has(t.text) || isAdjective(t) || OBLIQUE.has(t.text);
    if (!(inside || t.text === '(' || t.text === ')' || t.text === '-') || isCueVerb(t)) return null;
    comma++;
  }
  if (comma === lo || tokens[comma].text !== ',' || comma >= verb - 1) return null;
  const who = phraseAfter(work, mi, lo, comma, true);
  if (!who || !(who.from === lo + (DETERMINERS.has(tokens[lo].text) ? 1 : 0) || (who.mention !== null && onlyModifiers(tokens, lo, who.from)))) return null;
  // "Das Gesetz, das im Mai in Kraft tritt, bezeichnete die Ministerin als Fortschritt": a thing opening the
  // sentence is its object when a person or organisation follows the verb (or its auxiliary) as the subject.
  if (speaksFor(tokens, mi, who)) return who;
  const at = first < verb ? first + 1 : verb + 1;
  const after = phraseAfter(work, mi, at, work.sentences[tokens[verb].sentence].tokenEnd, true);
  // "der Verein", "ein Sprecher" are nominative; "die Lage" may be the object of "Der Bericht … bezeichnete"
  const nominative = after !== null && (speaksFor(tokens, mi, after) || (after.pronoun ? NOMINATIVE_PRONOUNS.has(tokens[after.from].text) : MASCULINE_NOMINATIVE.has(tokens[at].text)));
  return after && nominative && onlyModifiers(tokens, at, after.from) ? null : who;
}

/** The head of a phrase is a person, a role or an organisation: "Der Leiter des Programms", not "Die Pläne der Stadt". */
function speaksFor(tokens: Token[], mi: Int32Array, f: Found): boolean {
  let head = f.from;
  while (head < f.to - 1 && (DETERMINERS.has(tokens[head].text) || isAdjective(tokens[head]))) head++;
  return mi[head] >= 0 || isRoleWord(tokens[head]) || isOrgWord(tokens[head]);
}

/** A clause cut at a quoted name's closing mark starts before the name:
 *  "Die „Süddeutsche Zeitung“ hatte berichtet" is one clause. */
function beforeQuotedName(work: Work, first: number): number {
  const { tokens } = work;
  const close = first - 1;
  if (close < 1 || tokens[close].kind !== 'quote' || tokens[close].sentence !== tokens[first]?.sentence) return first;
  const lo = work.sentences[tokens[close].sentence].tokenStart;
  let open = close - 1;
  while (open >= lo && open > close - 7 && tokens[open].kind !== 'quote') open--;
  if (open < lo || tokens[open].kind !== 'quote' || open === close - 1 || !(isCapitalised(tokens[open + 1]) || DETERMINERS.has(tokens[open - 1]?.text ?? ''))) return first;
  let k = open;
  while (k > lo && tokens[k - 1].text !== ',' && tokens[k - 1].text !== ':' && tokens[k - 1].kind !== 'quote') k--;
  return k;
}

/** A phrase that names someone the article knows, or a pronoun; else null. */
export const named = (f: Found | null): Found | null => (f && (f.mention || f.pronoun) ? f : null);

function clauseSubject(work: Work, mi: Int32Array, verb: number, first: number, limit: number): Found | null {
  const { tokens } = work;
  // "so heißt es in einem Brief des Betriebsrats", "Aus dem Kreml hieß es": the source, no subject.
  if (tokens[verb].text === 'heißt' || tokens[verb].text === 'hieß') {
    const lo = work.sentences[tokens[verb].sentence].tokenStart;
    return phraseAfter(work, mi, verb + 1, limit) ?? (first < verb ? phraseAfter(work, mi, first, verb) : null) ?? (lo < first ? phraseAfter(work, mi, lo, first) : null);
  }
  if (first >= verb) return phraseAfter(work, mi, verb + 1, limit, true);
  const t = tokens[first];
  const lower = t.text.toLowerCase();
  // A verb-final clause ("wie das Weiße Haus mitteilte") against a fronted "Als Begründung sagte …".
  const next = tokens[verb + 1];
  const verbFinal = !next || next.kind === 'punct' || next.sentence !== t.sentence;
  if (SUBORDINATORS.has(lower) && verbFinal) return phraseAfter(work, mi, first + 1, verb, true) ?? phraseAfter(work, mi, verb + 1, limit, true);
  // "Auch die amtierende Familienministerin äußerte Vorbehalte": the particle goes with the subject.
  if (FOCUS_PARTICLES.has(lower)) {
    const after = phraseAfter(work, mi, first + 1, verb, true);
    if (after && (named(after) || isRoleWord(tokens[after.to - 1]) || isOrgWord(tokens[after.to - 1]))) return after;
  }
  // "62 Prozent befürworteten, …": a number before its noun opens the subject, a year alone ("2009 will …") is fronted
  const counted = t.kind === 'number' && tokens[first + 1] !== undefined && first + 1 < verb && isCapitalised(tokens[first + 1]);
  if (FRONTED.has(lower) || (t.kind !== 'word' && !PERSONAL_PRONOUNS.has(t.text) && !counted)) {
    // "Am Montag hat der Minister erklärt": the subject follows the finite auxiliary.
    for (let k = first + 1; k < verb - 1 && tokens[k].text !== ','; k++) {
      if (AUXILIARIES.has(tokens[k].text)) {
        const after = phraseAfter(work, mi, k + 1, verb, true);
        if (after) return after;
        break;
      }
    }
    return phraseAfter(work, mi, verb + 1, limit, true);
  }
  if (isCueVerb(t)) return phraseAfter(work, mi, first + 1, limit, true);
  // "Dies ist …, wird Mike Downey zitiert": an unknown noun opening the clause
  // yields to a known speaker after the verb.
  const opening = phraseAfter(work, mi, first, verb, true);
  // "Die Vorschläge Brenners nannte Kern …": a name in the genitive after the object's noun is no
  // subject; the name right after the verb is
  if (opening?.mention && genitiveOwner(tokens, first, opening.from)) {
    const after = named(phraseAfter(work, mi, verb + 1, limit, true));
    if (after && after.from === verb + 1) return after;
  }
  // "Die Stiftung bat die Regierung, …": after a verb of asking, the phrase is the one addressed.
  const addressed = ADDRESS_VERBS.has(tokens[verb].text) && opening !== null && opening.to === verb;
  if (opening && !addressed && !opening.mention && !opening.pronoun && !isRoleWord(tokens[opening.to - 1]) && !isOrgWord(tokens[opening.to - 1])) {
    const after = phraseAfter(work, mi, verb + 1, limit, true);
    if (after && (after.mention || after.pronoun) && onlyModifiers(tokens, verb + 1, after.from)) return after;
    // "Bereits im Dezember hatte Bundeskanzlerin Angela Merkel verkündet": a bare word and a prepositional
    // phrase before the auxiliary are no subject; the known name after it is ("Müller hat Merkel gelobt" keeps Müller).
    const bare = opening.from === first && !DETERMINERS.has(t.text) && OBLIQUE.has(tokens[opening.to]?.text ?? '');
    for (let k = opening.to; bare && k < verb - 1 && tokens[k].text !== ','; k++) {
      if (!AUXILIARIES.has(tokens[k].text)) continue;
      const subject = named(phraseAfter(work, mi, k + 1, verb, true));
      if (subject && onlyModifiers(tokens, k + 1, subject.from)) return subject;
      break;
    }
  }
  return opening ?? phraseAfter(work, mi, verb + 1, limit, true);
}

/** A name at `name` owned by the noun before it, the phrase opened by its article: "Die Vorschläge Brenners". */
function genitiveOwner(tokens: Token[], first: number, name: number): boolean {
  const noun = tokens[name - 1];
  return name - 2 >= first && isCapitalised(noun) && !DETERMINERS.has(noun.text) && DETERMINERS.has(tokens[name - 2].text) && !isRoleWord(noun) && !isOrgWord(noun);
}

// "gesagt", "vorgeworfen", "kritisiert", "bezeichnet", "beschuldigt", "aufgefordert"
// (an inseparable prefix takes only -t, so "wird bestätigen" stays a future).
const PARTICIPLE = /^(?:\p{L}*ge\p{L}+(?:t|en)|\p{L}+(?:iert|et)|(?:be|ver|er|ent|zer|miss|emp)\p{L}+t)$/u;

// "beschrieben", "vertreten": a strong participle that looks like an infinitive.
const STRONG_PARTICIPLE = /^(?:be|ver|er|ent|zer|miss|emp)\p{L}+en$/u;

/** A participle cue ("vorgeworfen", "bezeichnet") with a passive auxiliary before it in its clause.
 *  Not "zitiert": who "wird zitiert" is the speaker. */
export function isPassive(tokens: Token[], first: number, verb: number): boolean {
  const v = tokens[verb].text;
  if (v === 'zitiert') return false;
  // "die als „nebelartig“ beschrieben wurden": the auxiliary closes a verb-final clause
  // (after "beschrieben" only a past one: "beschreiben werden" is a future).
  const next = tokens[verb + 1]?.text ?? '';
  if (PARTICIPLE.test(v) ? PASSIVE_AUXILIARIES.has(next) : STRONG_PARTICIPLE.test(v) && PAST_PASSIVE.has(next)) return true;
  if (!PARTICIPLE.test(v)) return false;
  return clauseBefore(tokens, first, verb).some((k) => PASSIVE_AUXILIARIES.has(tokens[k].text));
}

/** The "von" agent of a passive cue between `first` and `verb`: "wurde von der Regierung beschuldigt". */
export function passiveAgent(work: Work, mi: Int32Array, first: number, verb: number): Found | null {
  const before = clauseBefore(work.tokens, first, verb);
  for (const k of before) {
    const w = work.tokens[k].text;
    if (w === 'von' || w === 'vom' || w === 'Von' || w === 'Vom') return phraseAfter(work, mi, k + 1, verb);
  }
  // No agent: a text it is said in speaks ("In einer Pressemitteilung wurde gefordert, …").
  for (const k of before) {
    if (!IN_TEXT.has(work.tokens[k].text)) continue;
    for (let n = k + 1; n < Math.min(k + 4, verb); n++) if (isDocumentWord(work.tokens[n])) return phraseAfter(work, mi, k + 1, verb);
  }
  return null;
}

function isDocumentWord(t: Token): boolean {
  if (!isCapitalised(t)) return false;
  const lower = t.text.toLowerCase();
  return DOCUMENT_SUFFIXES.some((s) => lower.endsWith(s) || lower.endsWith(s + 's') || lower.endsWith(s + 'en'));
}

/** The last 12 tokens before `verb` (not before `first`), nearest first, passing over quoted
 *  words: "wurden im „Kurier“ als „ein verlässlicher Partner …“ bezeichnet". */
function clauseBefore(tokens: Token[], first: number, verb: number): number[] {
  const out: number[] = [];
  for (let k = verb - 1; k >= first && k >= verb - 60 && out.length < 12; k--) {
    if (tokens[k].kind !== 'quote') {
      out.push(k);
      continue;
    }
    let open = k - 1;
    while (open >= first && open > k - 40 && tokens[open].kind !== 'quote') open--;
    if (open >= first && tokens[open].kind === 'quote') k = open;
  }
  return out;
}

/** The speaker phrase ending right before token `i` (a clause's subject before its verb). */
export function phraseBefore(work: Work, mi: Int32Array, i: number, floor: number): Found | null {
  const { tokens } = work;
  for (let j = i - 1; j >= floor && j >= i - 10; j--) {
    const t = tokens[j];
    if (t.kind === 'punct' || t.kind === 'quote') return null;
    if (mi[j] >= 0) return mentionFound(work, mi, j);
    if (PERSONAL_PRONOUNS.has(t.text)) return { from: j, to: j + 1, mention: null, pronoun: true };
    if (isCapitalised(t) && !DETERMINERS.has(t.text) && (isRoleWord(t) || isOrgWord(t) || j === i - 1)) {
      let k = j;
      while (k - 1 >= floor && isCapitalised(tokens[k - 1]) && !DETERMINERS.has(tokens[k - 1].text)) k--;
      return notASpeaker(work, k, j + 1) ? null : { from: k, to: j + 1, mention: null, pronoun: false };
    }
    if (isCueVerb(t)) return null;
  }
  return null;
}



// Endings that make a noun feminine: "Regierung", "Freiheit", "Kommission", "Universität", "Polizei".
const FEMININE = /(?:ung|heit|keit|schaft|tion|sion|tät|ei|ik|ie|enz|anz)(?:en)?$/;

/** Is the noun after `i` (past adjectives) one of the feminine endings? */
function feminineAhead(tokens: Token[], i: number, stop: number): boolean {
  let k = i;
  while (k < stop && isAdjective(tokens[k])) k++;
  const n = tokens[k];
  return n !== undefined && isCapitalised(n) && FEMININE.test(n.text);
}

const isOrgMention = (work: Work, m: number): boolean => work.mentions[m].kind === 'org';

// Capitalised only because it opens the sentence: "Offenbar", "Vermutlich", "Bisher", "Relativierend", "Aktuell", "Offiziell".
const ABSTRACT_NOUN = /(?:ung|heit|keit)(?:en)?$/;
const SENTENCE_ADVERB = /(?:lich|weise|mals|falls|dings|wärts|end|uell|iell)$/;

/** An unknown capitalised phrase that cannot name a speaker: a function word, or an adverb opening the sentence. */
function notASpeaker(work: Work, from: number, to: number): boolean {
  const { tokens } = work;
  const t = tokens[from];
  if ((NOT_NAMES.has(t.text) && !PLACES.has(t.text)) || OBLIQUE.has(t.text.toLowerCase())) return true;
  const opens = from === work.sentences[t.sentence].tokenStart || tokens[from - 1].kind === 'quote';
  if (!opens || to !== from + 1 || roleOf(t.text) !== null || isOrgWord(t)) return false;
  // "Führende europäische Politiker": an adjective opening the sentence, its noun follows
  const next = tokens[to];
  const adjective = ADJECTIVE.test(t.text.toLowerCase()) && next !== undefined && (isAdjective(next) || isCapitalised(next));
  // "Einigkeit besteht darüber, …": an abstract noun without article opening the sentence
  return adjective || SENTENCE_ADVERB.test(t.text) || ABSTRACT_NOUN.test(t.text);
}

function mentionFound(work: Work, mi: Int32Array, j: number): Found {
  const m = work.mentions[mi[j]];
  let from = j;
  let to = j;
  while (from > 0 && mi[from - 1] === mi[j]) from--;
  while (to < work.tokens.length && mi[to] === mi[j]) to++;
  return { from, to, mention: m, pronoun: false };
}

/** Turn a found phrase into a speaker, resolving pronouns and unknown names. */
export function toSpeaker(work: Work, mi: Int32Array, f: Found, resolvedBy: ResolvedBy): Speaker | null {
  const { tokens, text } = work;
  if (f.refersTo) {
    const s = toSpeaker(work, mi, f.refersTo, resolvedBy);
    const start = tokens[f.from].start;
    const end = tokens[f.to - 1].end;
    return s && { ...s, text: text.slice(start, end), start, end, resolvedBy: 'pronoun' };
  }
  // A name keeps no quotation marks: „Süddeutsche Zeitung“ → Süddeutsche Zeitung.
  const mentionText = text.slice(tokens[f.from].start, tokens[f.to - 1].end).replace(/[„“”"»«‚‘›‹]/g, '').trim();
  // "laut „…": quotation marks alone name nobody
  if (mentionText === '') return null;
  const [from, to, apposition] = f.pronoun ? [f.from, f.to, null] : nounPhrase(work, f);
  // "Der Leiter des Programms, Jonas Keller": the person named in the apposition speaks.
  if (apposition && apposition.entity >= 0 && work.entities[apposition.entity].type === 'person') f = { ...f, mention: apposition };
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  const phrase = text.slice(start, end);
  let entity: Entity | null = null;
  let how = resolvedBy;
  if (f.pronoun) {
    entity = antecedent(work, mi, f.from);
    how = 'pronoun';
  } else if (f.mention) {
    entity = f.mention.entity >= 0 ? work.entities[f.mention.entity] : null;
    if (f.mention.kind === 'role') how = entity ? 'role' : resolvedBy;
  } else {
    entity = entityFor(work, mentionText);
  }
  if (!entity) {
    // A pronoun whose person the article does not name nearby: keep the mention itself.
    if (f.pronoun) return { text: mentionText, name: mentionText, role: null, type: /^er$/i.test(mentionText) ? 'person' : 'unknown', resolvedBy: 'pronoun', start, end, affiliation: null, entity: null };
    const role = roleOf(mentionText.split(/\s+/).pop() ?? '') ? mentionText : null;
    return { text: phrase, name: mentionText, role, type: role ? 'person' : 'unknown', resolvedBy: how, start, end, affiliation: null, entity: null };
  }
  return {
    text: phrase,
    // "Moskau besteht auf …": a capital speaks for its government.
    name: (entity.type === 'organization' && METONYMS.get(entity.name)) || entity.name,
    role: entity.roles[0] ?? null,
    type: entity.type,
    resolvedBy: how,
    start,
    end,
    affiliation: entity.affiliation,
    entity: entity.id,
  };
}

// How many mentions back the speaker going on is looked for: keeps long articles linear.
const MENTIONS_BACK = 40;

/**
 * The speaker going on, marked where the article last names them before `pos`:
 *   Ministerin Eva Roth erklärte, … Die Belegschaft dankte Roth. Ein Käufer soll gefunden sein.  → "Roth"
 */
export function lastNamed(work: Work, mi: Int32Array, speaker: Speaker, pos: number): Speaker {
  if (speaker.entity == null) return speaker;
  const ms = work.mentions;
  const here = firstAtOrAfter(ms, pos);
  for (let k = here - 1; k >= 0 && k >= here - MENTIONS_BACK && ms[k].start > speaker.end; k--) {
    const m = ms[k];
    if (m.entity < 0 || work.entities[m.entity].id !== speaker.entity) continue;
    let from = firstAtOrAfter(work.tokens, m.start);
    if (work.inQuote[from]) continue;
    while (from > 0 && mi[from - 1] === k) from--;
    let to = from;
    while (to < mi.length && mi[to] === k) to++;
    const found = toSpeaker(work, mi, { from, to, mention: m, pronoun: false }, 'context');
    if (!found || found.entity !== speaker.entity) return speaker;
    // the phrase reaches left only to its article ("der Minister Jan Ost"), not over a verb before the name,
    // and right not over a coordination ("griff Roth und ihren Sprecher an" names Roth alone)
    const start = found.start >= m.start || DETERMINERS.has(work.tokens[firstAtOrAfter(work.tokens, found.start)].text) ? found.start : m.start;
    // but two offices of one person stay: "der Wirtschaftsminister und Vizekanzler"
    const last = firstAtOrAfter(work.tokens, found.end) - 1;
    const offices = isRoleWord(work.tokens[to - 1]) && work.tokens.slice(to + 1, last + 1).some(isRoleWord);
    const joined = to < work.tokens.length && PHRASE_JOINERS.has(work.tokens[to].text) && found.end > work.tokens[to].start && !offices;
    const end = joined ? work.tokens[to - 1].end : found.end;
    return start === found.start && end === found.end ? found : { ...found, text: work.text.slice(start, end), start, end };
  }
  return speaker;
}

/** The person a pronoun at token `i` stands for: the first person named in its
 *  sentence before it, else in the nearest sentence before that names one. */
export function antecedent(work: Work, mi: Int32Array, i: number): Entity | null {
  const { tokens, sentences } = work;
  const pronoun = tokens[i].text.toLowerCase();
  const s = tokens[i].sentence;
  // "Putin sei bereit, …, sagte er": what stands before a trailing cue is what was said, not who said it.
  const trailing = isCueVerb(tokens[i - 1]) && tokens[i - 2]?.text === ',';
  if (DEMONSTRATIVES.has(tokens[i].text)) return lastPerson(work, mi, i);
  for (let k = trailing ? s - 1 : s; k >= 0 && k >= s - 4; k--) {
    const sent = sentences[k];
    const end = k === s ? i : sent.tokenEnd;
    for (let j = Math.max(sent.tokenStart, i - 400); j < end; j++) {
      if (work.inQuote[j]) continue;
      const m = mi[j] >= 0 ? work.mentions[mi[j]] : null;
      if (!m || m.entity < 0) continue;
      const e = work.entities[m.entity];
      // "aus Sicht Trumps": a genitive owner is rarely what a pronoun takes up
      const genitive = m.text.endsWith('s') && !e.name.endsWith('s');
      if (e.type === 'person' && !genitive && agrees(pronoun, e)) return e;
    }
  }
  return null;
}

/** The person named last before token `i` (in its sentence or the one before): what "dieser" takes up. */
function lastPerson(work: Work, mi: Int32Array, i: number): Entity | null {
  const floor = work.sentences[Math.max(0, work.tokens[i].sentence - 1)].tokenStart;
  for (let j = i - 1; j >= floor; j--) {
    const m = mi[j] >= 0 ? work.mentions[mi[j]] : null;
    if (m && m.entity >= 0 && work.entities[m.entity].type === 'person' && !work.inQuote[j]) return work.entities[m.entity];
  }
  return null;
}

/** Does a pronoun fit a person? A role names the sex in German news ("Ministerin", "Minister"):
 *  "er" does not stand for a Ministerin, nor "sie" for a Minister; without a role both fit. */
function agrees(pronoun: string, e: Entity): boolean {
  if (e.roles.length === 0 || (pronoun !== 'er' && pronoun !== 'sie')) return true;
  const female = e.roles.some((r) => /innen$|in$/.test(r) && roleOf(r) !== null && roleOf(r.replace(/(?:in|innen)$/, '')) !== null);
  return pronoun === 'sie' ? female : !female;
}

/** The entity a capitalised phrase names, added to the article's entities if new. */
function entityFor(work: Work, phrase: string): Entity {
  const words = phrase.split(/\s+/);
  const last = words[words.length - 1];
  // the same name, or a person's surname ("Müller" → "Thomas Müller"), not a generic head ("Zeitung")
  const found = work.entities.find((e) => e.name === phrase || (e.type === 'person' && e.name.split(/\s+/).pop() === last));
  if (found) return found;
  const e: Entity = { id: `e${work.entities.length + 1}`, name: phrase, type: isOrgWord({ kind: 'word', text: last, start: 0, end: 0, sentence: 0, flags: 0 }) ? 'organization' : 'unknown', roles: [], affiliation: null, mentions: [] };
  work.entities.push(e);
  return e;
}
