// What the words around a quotation say about it: does it stand where a name
// stands (a source, a speaker, a medium, a genitive), or where someone's words
// stand (the object of a cue verb, "als" after a verb of judging, a clause in
// Konjunktiv)? The tests look no further than the clause, or the sentence, and
// never more than a few dozen tokens, so run-on text stays linear.
//   Ein Sprecher der „Deutschen Bahn“ sagte …   a name: the speaker's organisation
//   Die Opposition warf ihm „Wortbruch“ vor.      words: the object of a cue
import { ACCORDING_MARKERS, ACCORDING_NOUNS, CUE_NOUNS, DETERMINERS, FOREIGN_FUNCTION_WORDS, JUDGING_VERBS, KONJUNKTIV, NAME_FUNCTION_WORDS, NAME_HEADS, NAMING_AFTER, NAMING_VERBS, PREPOSITIONS, SELF_NAMING_VERBS, SLOGAN_NOUNS, SOURCE_PREPOSITIONS, SUBORDINATORS, VON_VERBS } from '../lexicon/index.js';
import type { Token, Work } from '../types.js';
import { isCueVerb } from './subject.js';
import { isCapitalised } from './words.js';

// How far the tests look, in tokens.
const CLAUSE_REACH = 25;
const SENTENCE_REACH = 80;
const CLAUSE_ENDS = new Set([',', ';', ':', '(', ')', '–', '—']);
const DASHES = new Set(['–', '—']);
const BRACKETS = new Set(['(', '[']);
const DEFINITE = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'Der', 'Die', 'Das']);
const INDEFINITE = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine', 'keinen', 'keinem', 'keiner']);
// Prepositions with the article in them.
const CONTRACTED = new Set(['zum', 'zur', 'im', 'Im', 'beim', 'vom', 'am']);
const AUXILIARIES = new Set(['hat', 'haben', 'hatte', 'hatten', 'habe', 'ist', 'sind', 'war', 'waren', 'sei', 'wird', 'werden', 'wurde', 'wurden', 'kann', 'können', 'konnte', 'muss', 'musste', 'soll', 'sollte', 'will', 'wollte']);
const ADJECTIVE_END = /[a-zäöüß](e|en|er|es|em)$/;
const HEAD_ENDINGS = ['es', 's', 'n', 'en', ''];

/** A noun that heads a named work or medium: "Film", "Wochenmagazines", "Fernsehserie". */
export function nameHead(t: Token): boolean {
  if (!isCapitalised(t)) return false;
  const w = t.text.toLowerCase();
  for (const ending of HEAD_ENDINGS) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, w.length - ending.length);
    for (let n = 2; n <= Math.min(stem.length, 12); n++) if (NAME_HEADS.has(stem.slice(stem.length - n))) return true;
  }
  return false;
}

/** A translation or abbreviation in brackets, or the name they gloss:
 *    die Operation „Cast Lead“ („gegossenes Blei“), (etwa: „Partei der Volksmacht“), „Мемориал Михаила Таля“ [auf Deutsch: …],
 *    die „Woche der offenen Gärten“ (Open Gardens Week), die „Vereinigte Front“ (UDD) */
export function gloss(work: Work, openTok: number, closeTok: number): boolean {
  const { tokens } = work;
  let j = openTok - 1;
  while (j >= openTok - 4 && j >= 0 && (tokens[j].kind === 'word' || tokens[j].text === ':' || tokens[j].text === '.')) j--;
  if (j >= 0 && BRACKETS.has(tokens[j].text) && (j === openTok - 1 || tokens[openTok - 1].text === ':')) {
    const outside = tokens[j - 1];
    if (outside && (outside.kind === 'quote' || isCapitalised(outside))) return true;
  }
  const inside = tokens[closeTok + 2];
  if (!BRACKETS.has(tokens[closeTok + 1]?.text ?? '') || !inside) return false;
  if (inside.kind === 'quote' || tokens[closeTok + 3]?.text === ':' || /^\p{Lu}{2,}$/u.test(inside.text)) return true;
  let k = closeTok + 2;
  while (k < tokens.length && k < closeTok + 10 && tokens[k].kind === 'word' && (isCapitalised(tokens[k]) || FOREIGN_FUNCTION_WORDS.has(tokens[k].text))) k++;
  return k - closeTok - 2 >= 2 && tokens[k]?.text === ')';
}

/** A name or title rather than words someone said:
 *   „Bild“-Zeitung, auch „BD-Live“ genannt, die „FIFA“, kurz …, laut „tagesschau.de“, dem „Figaro“ zufolge,
 *   Wie „heise online“ berichtet, der Sprecher der „Aktion Mensch“ sagte, die „New York Times“ (a capitalised word before)
 *   — but not ein „Schutzschild“, als „unrealistisch“. */
export function looksLikeName(work: Work, openTok: number, closeTok: number, words: number): boolean {
  const { tokens, sentences } = work;
  const prev = tokens[openTok - 1];
  const next = tokens[closeTok + 1];
  if (next && next.start === tokens[closeTok].end && next.text === '-') return true;
  if (next && NAMING_AFTER.has(next.text)) return true;
  if (next?.text === ',' && tokens[closeTok + 2]?.text === 'kurz') return true;
  if (words > 8) return false;
  if ((prev && ACCORDING_MARKERS.has(prev.text)) || (next && ACCORDING_MARKERS.has(next.text))) return true;
  // The speaker itself — but an object in "hat die „Reform“ gelobt".
  if (next && isCueVerb(next) && prev && DEFINITE.has(prev.text) && mainClauseBefore(work, openTok)) return true;
  if (prev && (prev.text === 'Wie' || (DETERMINERS.has(prev.text) && tokens[openTok - 2]?.text === 'Wie')) && cueEndsClause(tokens, closeTok)) return true;
  if (!prev || prev.text === 'als' || prev.text === 'von' || INDEFINITE.has(prev.text.toLowerCase())) return false;
  return isCapitalised(tokens[openTok + 1]) && prev.kind === 'word' && isCapitalised(prev) && !DETERMINERS.has(prev.text) && prev.sentence === tokens[openTok].sentence && openTok - 1 > sentences[prev.sentence].tokenStart;
}

/** Does a capitalised phrase stand where a name stands: the speaker, medium or addressee of a cue, a genitive, a noun's attribute?
 *    schreibt die „Computerwoche“, Ein Sprecher der „Polizei von Kleinau“ sagte, die liberale „El Mundo“, Die „Süddeutsche Zeitung“ hatte …,
 *    galt als „Pitbull des Vatikans“, „People's Alliance for Democracy“ */
export function namePosition(work: Work, openTok: number, closeTok: number): boolean {
  const { tokens, sentences } = work;
  const s = sentences[tokens[openTok].sentence];
  const prev = tokens[openTok - 1];
  const next = tokens[closeTok + 1];
  if (!prev) return true;
  for (let j = openTok + 1; j < closeTok; j++) if (FOREIGN_FUNCTION_WORDS.has(tokens[j].text)) return true;
  const det = DETERMINERS.has(prev.text);
  const b = det ? openTok - 2 : openTok - 1;
  const before = tokens[b];
  if (before && (before.text === 'als' || before.text === 'von' || before.text === 'vom')) return !framedAsSpeech(work, openTok, closeTok, before.text);
  // A medium or addressee — but not a cue's own preposition: "argumentieren mit „Geschichtsfälschung“".
  const source = before !== undefined && SOURCE_PREPOSITIONS.has(before.text) && (det || CONTRACTED.has(before.text) || !isCueVerb(tokens[b - 1]));
  if (before && (source || isCueVerb(before) || before.text === 'wie' || before.text === 'Wie')) return true;
  if (openTok === s.tokenStart || (det && openTok - 1 === s.tokenStart)) return true;
  if (next && isCueVerb(next) && mainClauseBefore(work, openTok)) return true;
  if (det && (prev.text === 'der' || prev.text === 'des') && isCapitalised(before) && openTok - 2 > s.tokenStart) return true;
  if (!det && prev.kind === 'word' && !isCapitalised(prev) && ADJECTIVE_END.test(prev.text) && !NAME_FUNCTION_WORDS.has(prev.text) && !PREPOSITIONS.has(tokens[openTok - 2]?.text ?? '') && !cueWord(prev)) return true;
  return namingClause(work, openTok, closeTok);
}

/** A verb that gives a name: "hieß das Lokal noch „Zur Post“", "Dies nennt man einen „Aktiensplit“", "die sich selbst „…“ nennt"
 *  — but "heißt es" is speech. */
export function namingClause(work: Work, openTok: number, closeTok: number): boolean {
  const { tokens } = work;
  let reflexive = false;
  let naming = false;
  const look = (j: number): boolean => {
    reflexive ||= tokens[j].text === 'sich' || tokens[j].text === 'man';
    naming ||= SELF_NAMING_VERBS.has(tokens[j].text);
    return NAMING_VERBS.has(tokens[j].text) && tokens[j + 1]?.text !== 'es';
  };
  const [from, to] = clause(work, openTok, closeTok);
  for (let j = from; j < openTok; j++) if (look(j)) return true;
  for (let j = closeTok + 1; j < to; j++) if (look(j)) return true;
  return reflexive && naming;
}

/** Does the clause around the quotation hold a cue (verb, Konjunktiv), or does a cue verb open it?
 *    warfen der Regierung „Wortbruch“ vor, sei es der „Normalfall“ gewesen, Sie sagte, „Denkverbote“ dürfe es nicht geben,
 *    Ihm wurde vorgeworfen, einen „Schmusekurs“ zu fahren */
export function spokenInClause(work: Work, openTok: number, closeTok: number): boolean {
  const { tokens } = work;
  if (headline(work, openTok)) return true;
  const [from, to] = clause(work, openTok, closeTok);
  for (let j = from; j < to; j++) if ((j < openTok || j > closeTok) && cueWord(tokens[j])) return true;
  const comma = from - 1;
  return tokens[comma]?.text === ',' && isCueVerb(tokens[comma - 1]) && openTok - comma <= 3 && !SUBORDINATORS.has(tokens[comma + 1].text);
}

/** Does the sentence around the quotation speak of speech (a cue verb, Konjunktiv, "laut", "nach Angaben", "mit den Worten")? */
export function speechContext(work: Work, openTok: number, closeTok: number): boolean {
  const { tokens, sentences } = work;
  const s = sentences[tokens[openTok].sentence];
  const e = sentences[tokens[closeTok].sentence];
  if (headline(work, openTok)) return true;
  // A Konjunktiv that opens the sentence: "Hielte sich der Betrieb nicht daran, so „drohe ihm ein Bußgeld“".
  if (s.tokenStart < openTok && KONJUNKTIV.has(tokens[s.tokenStart].text.toLowerCase())) return true;
  const words = (from: number, to: number) => {
    for (let j = from; j < to; j++) {
      const t = tokens[j];
      if (cueWord(t) || ACCORDING_MARKERS.has(t.text) || CUE_NOUNS.has(t.text) || ACCORDING_NOUNS.has(t.text)) return true;
    }
    return false;
  };
  return words(Math.max(s.tokenStart, openTok - SENTENCE_REACH), openTok) || words(closeTok + 1, Math.min(e.tokenEnd, closeTok + SENTENCE_REACH));
}

/** "als" and "von" frame speech only with a verb of judging or speaking in their clause (or a headline speaker):
 *   bezeichnete ihn als „…“, sprach von „…“ — but: galt als „…“, die Sektion von „…“. */
export function framedAsSpeech(work: Work, openTok: number, closeTok: number, word = work.tokens[openTok - 1]?.text): boolean {
  const { tokens } = work;
  if (headline(work, openTok)) return true;
  const verbs = word === 'als' ? JUDGING_VERBS : VON_VERBS;
  const [from, to] = clause(work, openTok, closeTok);
  for (let j = from; j < to; j++) if ((j < openTok || j > closeTok) && verbs.has(tokens[j].text)) return true;
  return false;
}

/** Headline style, a speaker of one to three words and a colon at the start (or after a dash):
 *    Trump: Rückkehr … „unwahrscheinlich“  /  … – Nagl: „Traurigster Tag für Graz“ */
export function headline(work: Work, openTok: number): boolean {
  const { tokens, sentences } = work;
  const s = sentences[tokens[openTok].sentence];
  let colon = -1;
  for (let j = openTok - 1; j >= Math.max(s.tokenStart, openTok - CLAUSE_REACH) && colon < 0; j--) if (tokens[j].text === ':') colon = j;
  if (colon < 0) return false;
  let j = colon - 1;
  while (j >= s.tokenStart && j >= colon - 4 && !DASHES.has(tokens[j].text)) j--;
  return colon - j >= 2 && colon - j <= 4 && (j < s.tokenStart || DASHES.has(tokens[j].text));
}

/** "Sprüche wie „…“", "mit der Aufschrift „…“", "Parolen wie zum Beispiel „…“". */
export function slogan(tokens: Token[], openTok: number): boolean {
  for (let j = openTok - 1; j >= Math.max(0, openTok - 5) && !CLAUSE_ENDS.has(tokens[j].text) && tokens[j].kind !== 'quote'; j--) {
    if (SLOGAN_NOUNS.has(tokens[j].text)) return true;
  }
  return false;
}

/** The clause around a quotation, as a token range [from, to): up to the nearest comma, colon, bracket or dash. */
function clause(work: Work, openTok: number, closeTok: number): [number, number] {
  const { tokens, sentences } = work;
  const s = sentences[tokens[openTok].sentence];
  const e = sentences[tokens[closeTok].sentence];
  let from = openTok;
  while (from > Math.max(s.tokenStart, openTok - CLAUSE_REACH) && !CLAUSE_ENDS.has(tokens[from - 1].text)) from--;
  let to = closeTok + 1;
  while (to < Math.min(e.tokenEnd, closeTok + 1 + CLAUSE_REACH) && !CLAUSE_ENDS.has(tokens[to].text)) to++;
  return [from, to];
}

/** No auxiliary and no subordinator between the clause's start and the quotation: a verb after it is finite. */
function mainClauseBefore(work: Work, openTok: number): boolean {
  const { tokens } = work;
  const [from] = clause(work, openTok, openTok);
  for (let j = from; j < openTok; j++) if (AUXILIARIES.has(tokens[j].text) || SUBORDINATORS.has(tokens[j].text)) return false;
  return true;
}

/** "… heute mitteilte," — a cue verb ends the clause after the quotation. */
function cueEndsClause(tokens: Token[], closeTok: number): boolean {
  let j = closeTok + 1;
  while (j < tokens.length && j < closeTok + 8 && tokens[j].kind === 'word') j++;
  return isCueVerb(tokens[j - 1]);
}

function cueWord(t: Token): boolean {
  return isCueVerb(t) || KONJUNKTIV.has(t.text) || JUDGING_VERBS.has(t.text) || VON_VERBS.has(t.text);
}
