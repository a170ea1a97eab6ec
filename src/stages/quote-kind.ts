// Is a quotation a statement, and of which kind?
//   „Manchmal muss man auch Wahlen haben.“        direct: a whole utterance
//   bezeichnete den Beitritt als „praktisch ausgeschlossen“   partial: words inside the reporter's sentence
//   die Oper „Rigoletto“, der Sender „Deutschlandfunk“, die sogenannte „Sauerlandlinie“   a name or title: no statement
import { ACCORDING_MARKERS, ACCORDING_NOUNS, CUE_NOUNS, DETERMINERS, FOREIGN_FUNCTION_WORDS, JUDGING_VERBS, KONJUNKTIV, NAME_FUNCTION_WORDS, NAME_HEADS, NAMING_AFTER, NAMING_VERBS, PREPOSITIONS, SELF_NAMING_VERBS, SLOGAN_NOUNS, SOURCE_PREPOSITIONS, SUBORDINATORS, TITLE_CUES, VON_VERBS } from '../lexicon/index.js';
import type { QuoteKind } from '../schema/document.js';
import type { QuoteSpan, Token, Work } from '../types.js';
import { firstAtOrAfter } from './search.js';
import { isCueVerb } from './subject.js';
import { isCapitalised } from './words.js';

export function quoteKind(work: Work, q: QuoteSpan, openTok: number, closeTok: number): QuoteKind | null {
  return kindOf(work, openTok, closeTok, 0);
}

// How many quotations back a list ("„A“, „B“ und „C“") is followed.
const MAX_LIST = 8;

function kindOf(work: Work, openTok: number, closeTok: number, listDepth: number): QuoteKind | null {
  const { tokens, sentences } = work;
  const inner = closeTok - openTok - 1;
  if (inner <= 0) return null;
  const first = tokens[openTok + 1];
  const lastInner = tokens[closeTok - 1];
  const prev = tokens[openTok - 1];
  const next = tokens[closeTok + 1];
  const words = countWords(work, openTok + 1, closeTok);

  const sOpen = sentences[tokens[openTok].sentence];
  const sClose = sentences[tokens[closeTok].sentence];
  const atStart = openTok === sOpen.tokenStart || prev?.text === ':' || prev?.text === '–' || prev?.text === '-';
  const endsLikeSentence = /[.!?…]/.test(lastInner.text) || sOpen.index !== sClose.index;
  const cueAfter = next?.text === ',' && (isCueVerb(tokens[closeTok + 2]) || soSpeaker(tokens, closeTok + 2));

  // Names and titles: "die Oper „Rigoletto“", "die sogenannte „Sauerlandlinie“", a translation "(etwa: „Partei der Volksmacht“)".
  const cue = prev && TITLE_CUES.has(prev.text) ? prev : tokens[openTok - 2];
  const titleCue = cue !== undefined && TITLE_CUES.has(cue.text) && (cue === prev || (prev.kind === 'word' && !isCapitalised(prev)) || prev.text === ',' || prev.text === ':');
  // A title, motto or saying may be long; "sogenannte" goes with a short term.
  if ((titleCue && (isCapitalised(cue) || words <= 6)) || (prev && nameHead(prev))) return null;
  if (!endsLikeSentence && gloss(work, openTok, closeTok)) return null;
  // A capitalised phrase without a sentence's end is an utterance only with a cue: "„Keine Chance“, sagte er" — not "Sein Werk: „Le Grand Macabre“."
  const named = nameShaped(work, openTok + 1, closeTok);
  if (atStart && isCapitalised(first) && (endsLikeSentence || cueAfter || (words >= 3 && (!named || headline(work, openTok))))) return 'direct';
  if (cueAfter && isCapitalised(first) && words >= 2 && (atStart || prev?.kind !== 'word')) return 'direct';
  if (words >= 5 && endsLikeSentence && isCapitalised(first)) return 'direct';

  // A list takes the kind of its first member: "von „Kapitalismuskritik“ und „Sozialismus“".
  const before = listDepth < MAX_LIST ? previousInList(work, openTok) : -1;
  if (before >= 0) return kindOf(work, before, openTok - 2, listDepth + 1) === null ? null : 'partial';
  // Slogans are words people shout or write: "Parolen wie „Thaksin raus!“"; "als „Feinde Gottes“, so die Anklage" is attributed.
  if (slogan(tokens, openTok) || (next?.text === ',' && soSpeaker(tokens, closeTok + 2))) return 'partial';
  if (looksLikeName(work, openTok, closeTok, words)) return null;
  // A capitalised phrase is a name or a term unless the words around quote it as speech:
  //   die „Kampagne für ein Freies Tibet“, von „Ärzte ohne Grenzen“ — but: nannte den Bericht eine „Zeitungsente“.
  if (named) return !namePosition(work, openTok, closeTok) && spokenInClause(work, openTok, closeTok) ? 'partial' : null;
  if (words <= 6 && namingClause(work, openTok, closeTok)) return null;
  const speech = speechContext(work, openTok, closeTok) || (prev?.text === 'als' && framedAsSpeech(work, openTok)) || prev?.text === 'von';
  if (words <= 4 && !speech) return null;
  return 'partial';
}

/** "„…“, so Peskow", "„…“, so der Sprecher" — not "„…“, so lautet der Titel". */
function soSpeaker(tokens: Token[], i: number): boolean {
  const after = tokens[i + 1];
  return tokens[i]?.text === 'so' && after !== undefined && (isCapitalised(after) || DETERMINERS.has(after.text));
}

const BRACKETS = new Set(['(', '[']);

/** A translation or abbreviation in brackets, or the name they gloss:
 *    die Operation „Cast Lead“ („gegossenes Blei“), (etwa: „Partei der Volksmacht“), „Мемориал Михаила Таля“ [auf Deutsch: …] */
function gloss(work: Work, openTok: number, closeTok: number): boolean {
  const { tokens } = work;
  let j = openTok - 1;
  while (j >= openTok - 4 && j >= 0 && (tokens[j].kind === 'word' || tokens[j].text === ':' || tokens[j].text === '.')) j--;
  if (j >= 0 && BRACKETS.has(tokens[j].text) && (j === openTok - 1 || tokens[openTok - 1].text === ':')) {
    const outside = tokens[j - 1];
    if (outside && (outside.kind === 'quote' || isCapitalised(outside))) return true;
  }
  const after = tokens[closeTok + 1];
  const inside = tokens[closeTok + 2];
  if (!after || !BRACKETS.has(after.text) || !inside) return false;
  if (inside.kind === 'quote' || tokens[closeTok + 3]?.text === ':' || /^\p{Lu}{2,}$/u.test(inside.text)) return true;
  // A translated name: „Woche des verbotenen Buches“ (Banned Books Week).
  let k = closeTok + 2;
  while (k < tokens.length && k < closeTok + 10 && tokens[k].kind === 'word' && (isCapitalised(tokens[k]) || FOREIGN_FUNCTION_WORDS.has(tokens[k].text))) k++;
  return k - closeTok - 2 >= 2 && tokens[k]?.text === ')';
}

const LIST_JOINS = new Set([',', 'und', 'oder', 'sowie']);

/** The opening mark of the quotation before this one in a list ("„A“ und „B“"), or -1. */
function previousInList(work: Work, openTok: number): number {
  const { tokens, quoteSpans } = work;
  const join = tokens[openTok - 1];
  const close = tokens[openTok - 2];
  if (!join || !close || close.kind !== 'quote' || !LIST_JOINS.has(join.text)) return -1;
  let k = firstAtOrAfter(quoteSpans, close.start) - 1;
  for (let steps = 0; k >= 0 && steps < MAX_LIST && quoteSpans[k].close !== close.start; steps++) k--;
  if (k < 0 || quoteSpans[k].close !== close.start || quoteSpans[k].depth > 0) return -1;
  const open = firstAtOrAfter(tokens, quoteSpans[k].open);
  return tokens[open]?.start === quoteSpans[k].open ? open : -1;
}

const DEFINITE = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'Der', 'Die', 'Das']);
const INDEFINITE = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine', 'keinen', 'keinem', 'keiner']);

/** A name or title rather than words someone said:
 *   die „New York Times“ (a capitalised word before), der Film „2001: Odyssee im Weltraum“, „Bild“-Zeitung,
 *   auch „BD-Live“ genannt — but not ein „Schutzschild“, als „unrealistisch“. */
function looksLikeName(work: Work, openTok: number, closeTok: number, words: number): boolean {
  const { tokens } = work;
  const prev = tokens[openTok - 1];
  const next = tokens[closeTok + 1];
  if (next && next.start === tokens[closeTok].end && next.text === '-') return true;
  if (next && NAMING_AFTER.has(next.text)) return true;
  // "die „Fédération Internationale de Football Association“, kurz FIFA".
  if (next?.text === ',' && tokens[closeTok + 2]?.text === 'kurz') return true;
  if (words > 8) return false;
  // A source: "laut „tagesschau.de“", "dem „Figaro“ zufolge", "Wie „heise online“ berichtet".
  if ((prev && ACCORDING_MARKERS.has(prev.text)) || (next && ACCORDING_MARKERS.has(next.text))) return true;
  // The speaker itself: "Ein Vertreter der „con energy ag“ bezeichnet …" (but an object in "hat die „Reform“ gelobt").
  if (next && isCueVerb(next) && prev && DEFINITE.has(prev.text) && mainClauseBefore(work, openTok)) return true;
  if (prev && (prev.text === 'Wie' || (DETERMINERS.has(prev.text) && tokens[openTok - 2]?.text === 'Wie')) && cueEndsClause(work, closeTok)) return true;
  const framed = prev && (prev.text === 'als' || prev.text === 'von' || INDEFINITE.has(prev.text.toLowerCase()));
  if (framed) return false;
  return isCapitalised(tokens[openTok + 1]) && prev && prev.kind === 'word' && isCapitalised(prev) && !DETERMINERS.has(prev.text) && prev.sentence === tokens[openTok].sentence && openTok - 1 > work.sentences[prev.sentence].tokenStart;
}

const HEAD_ENDINGS = ['es', 's', 'n', 'en', ''];

/** A noun that heads a named work or medium: "Film", "Wochenmagazines", "Fernsehserie". */
function nameHead(t: Token): boolean {
  if (!isCapitalised(t)) return false;
  const w = t.text.toLowerCase();
  for (const ending of HEAD_ENDINGS) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, w.length - ending.length);
    for (let n = 2; n <= Math.min(stem.length, 12); n++) if (NAME_HEADS.has(stem.slice(stem.length - n))) return true;
  }
  return false;
}

/** "… heute mitteilte," — a cue verb ends the clause after the quotation. */
function cueEndsClause(work: Work, closeTok: number): boolean {
  const { tokens } = work;
  let j = closeTok + 1;
  while (j < tokens.length && j < closeTok + 8 && tokens[j].kind === 'word') j++;
  return isCueVerb(tokens[j - 1]);
}

const AUXILIARIES = new Set(['hat', 'haben', 'hatte', 'hatten', 'habe', 'ist', 'sind', 'war', 'waren', 'sei', 'wird', 'werden', 'wurde', 'wurden', 'kann', 'können', 'konnte', 'muss', 'musste', 'soll', 'sollte', 'will', 'wollte']);

/** No auxiliary and no subordinator between the clause's start and the quotation: a verb after it is finite. */
function mainClauseBefore(work: Work, openTok: number): boolean {
  const { tokens, sentences } = work;
  const s = sentences[tokens[openTok].sentence];
  for (let j = openTok - 1; j >= Math.max(s.tokenStart, openTok - 25) && !CLAUSE_ENDS.has(tokens[j].text); j--) {
    if (AUXILIARIES.has(tokens[j].text) || SUBORDINATORS.has(tokens[j].text)) return false;
  }
  return true;
}

/** "Sprüche wie „…“", "mit der Aufschrift „…“", "Parolen wie zum Beispiel „…“". */
function slogan(tokens: Token[], openTok: number): boolean {
  for (let j = openTok - 1; j >= Math.max(0, openTok - 5) && !CLAUSE_ENDS.has(tokens[j].text) && tokens[j].kind !== 'quote'; j--) {
    if (SLOGAN_NOUNS.has(tokens[j].text)) return true;
  }
  return false;
}

/** "als" and "von" frame speech only with a verb of judging or speaking:
 *   bezeichnete ihn als „…“, sprach von „…“ — but: galt als „…“, die Sektion von „…“. */
function framedAsSpeech(work: Work, openTok: number, word = work.tokens[openTok - 1]?.text): boolean {
  const { tokens, sentences } = work;
  if (headline(work, openTok)) return true;
  const verbs = word === 'als' ? JUDGING_VERBS : VON_VERBS;
  const s = sentences[tokens[openTok].sentence];
  for (let j = openTok - 1; j >= Math.max(s.tokenStart, openTok - 25) && !CLAUSE_ENDS.has(tokens[j].text); j--) if (verbs.has(tokens[j].text)) return true;
  let j = openTok + 1;
  while (j < s.tokenEnd && tokens[j].kind !== 'quote') j++; // past the quotation
  for (j++; j < Math.min(s.tokenEnd, openTok + 40) && !CLAUSE_ENDS.has(tokens[j].text); j++) if (verbs.has(tokens[j].text)) return true;
  return false;
}

/** Does the sentence around the quotation speak of speech (a cue verb, "laut", "zufolge", "mit den Worten")? */
function speechContext(work: Work, openTok: number, closeTok: number): boolean {
  const { tokens, sentences } = work;
  const s = sentences[tokens[openTok].sentence];
  const e = sentences[tokens[closeTok].sentence];
  if (headline(work, openTok)) return true;
  for (let j = Math.max(s.tokenStart, openTok - 80); j < Math.min(e.tokenEnd, closeTok + 80); j++) {
    if (j > openTok && j < closeTok) continue;
    const t = tokens[j];
    if (cueWord(t) || ACCORDING_MARKERS.has(t.text) || CUE_NOUNS.has(t.text) || ACCORDING_NOUNS.has(t.text)) return true;
  }
  return false;
}

/** Headline style, a speaker and a colon first: "Trump: Rückkehr … „unwahrscheinlich“", "Nagl: „Traurigster Tag für Graz“". */
function headline(work: Work, openTok: number): boolean {
  const { tokens, sentences } = work;
  const s = sentences[tokens[openTok].sentence];
  let colon = -1;
  for (let j = openTok - 1; j >= Math.max(s.tokenStart, openTok - 25) && colon < 0; j--) if (tokens[j].text === ':') colon = j;
  if (colon < 0) return false;
  // The speaker stands between the sentence's start (or a dash) and the colon, in one to three words.
  let j = colon - 1;
  while (j >= s.tokenStart && j >= colon - 4 && tokens[j].text !== '–' && tokens[j].text !== '—') j--;
  return colon - j >= 2 && colon - j <= 4 && (j < s.tokenStart || tokens[j].text === '–' || tokens[j].text === '—');
}

// Prepositions with the article in them.
const CONTRACTED = new Set(['zum', 'zur', 'im', 'Im', 'beim', 'vom', 'am']);
const CLAUSE_ENDS = new Set([',', ';', ':', '(', ')', '–', '—']);
const ADJECTIVE_END = /[a-zäöüß](e|en|er|es|em)$/;

/** Does a quotation stand where a name stands: the speaker, medium or addressee of a cue, a genitive, a noun's attribute?
 *    schreibt die „Computerwoche“, Ein Sprecher der „Polizei von DeLand“ sagte, die liberale „El Mundo“, Dann nennt sie sich „documenta 12“ */
function namePosition(work: Work, openTok: number, closeTok: number): boolean {
  const { tokens, sentences } = work;
  const s = sentences[tokens[openTok].sentence];
  const e = sentences[tokens[closeTok].sentence];
  const prev = tokens[openTok - 1];
  const next = tokens[closeTok + 1];
  if (!prev) return true;
  for (let j = openTok + 1; j < closeTok; j++) if (FOREIGN_FUNCTION_WORDS.has(tokens[j].text)) return true;
  const det = DETERMINERS.has(prev.text);
  const b = det ? openTok - 2 : openTok - 1;
  const before = tokens[b];
  if (before && (before.text === 'als' || before.text === 'von' || before.text === 'vom')) return !framedAsSpeech(work, openTok, before.text);
  // (but not a cue's own preposition: "argumentieren mit „Geschichtsfälschung“")
  const source = before !== undefined && SOURCE_PREPOSITIONS.has(before.text) && (det || CONTRACTED.has(before.text) || !isCueVerb(tokens[b - 1]));
  if (before && (source || isCueVerb(before) || before.text === 'wie' || before.text === 'Wie')) return true;
  // The subject of a sentence or of a cue, a source: "Die „Süddeutsche Zeitung“ hatte berichtet", "„heise online“ berichtet", "dem „Figaro“ zufolge".
  if (openTok === s.tokenStart || (det && openTok - 1 === s.tokenStart)) return true;
  if (next && isCueVerb(next) && mainClauseBefore(work, openTok)) return true;
  // A genitive after a noun, an attribute before: "der Chefredakteur der „New York Times“", "die liberale „El Mundo“".
  if (det && (prev.text === 'der' || prev.text === 'des') && isCapitalised(before) && openTok - 2 > s.tokenStart) return true;
  if (!det && prev.kind === 'word' && !isCapitalised(prev) && ADJECTIVE_END.test(prev.text) && !NAME_FUNCTION_WORDS.has(prev.text) && !PREPOSITIONS.has(tokens[openTok - 2]?.text ?? '') && !cueWord(prev)) return true;
  return namingClause(work, openTok, closeTok);
}

/** A verb that gives a name: "hieß das Lokal noch „Zur Post“", "Dies nennt man einen „Aktiensplit“", "die sich selbst „…“ nennt". */
function namingClause(work: Work, openTok: number, closeTok: number): boolean {
  const { tokens, sentences } = work;
  const s = sentences[tokens[openTok].sentence];
  const e = sentences[tokens[closeTok].sentence];
  let reflexive = false;
  let naming = false;
  for (let j = openTok - 1; j >= Math.max(s.tokenStart, openTok - 25) && !CLAUSE_ENDS.has(tokens[j].text); j--) {
    reflexive ||= tokens[j].text === 'sich' || tokens[j].text === 'man';
    naming ||= SELF_NAMING_VERBS.has(tokens[j].text);
    if (NAMING_VERBS.has(tokens[j].text) && tokens[j + 1]?.text !== 'es') return true;
  }
  for (let j = closeTok + 1; j < Math.min(e.tokenEnd, closeTok + 25) && !CLAUSE_ENDS.has(tokens[j].text); j++) {
    naming ||= SELF_NAMING_VERBS.has(tokens[j].text);
    if (NAMING_VERBS.has(tokens[j].text) && tokens[j + 1]?.text !== 'es') return true;
  }
  return reflexive && naming;
}

/** Does the clause around the quotation hold a cue (verb, Konjunktiv), or does a cue verb open it?
 *    warfen der Regierung „Wortbruch“ vor, sei es der „Normalfall“ gewesen, Er sagte, „No-Go-Areas“ dürfe es nicht geben */
function spokenInClause(work: Work, openTok: number, closeTok: number): boolean {
  const { tokens, sentences } = work;
  const s = sentences[tokens[openTok].sentence];
  const e = sentences[tokens[closeTok].sentence];
  if (headline(work, openTok)) return true;
  let j = openTok - 1;
  for (; j >= Math.max(s.tokenStart, openTok - 25) && !CLAUSE_ENDS.has(tokens[j].text); j--) if (cueWord(tokens[j])) return true;
  // "Ihm wurde vorgeworfen, einen „Schmusekurs“ zu fahren".
  if (tokens[j]?.text === ',' && isCueVerb(tokens[j - 1]) && openTok - j <= 3 && !SUBORDINATORS.has(tokens[j + 1].text)) return true;
  for (let k = closeTok + 1; k < Math.min(e.tokenEnd, closeTok + 25) && !CLAUSE_ENDS.has(tokens[k].text); k++) if (cueWord(tokens[k])) return true;
  return false;
}

function cueWord(t: Token): boolean {
  return isCueVerb(t) || KONJUNKTIV.has(t.text) || JUDGING_VERBS.has(t.text) || VON_VERBS.has(t.text);
}

/** A name by its shape: capitalised, with no lower-case word but the small words names contain,
 *  and no clause punctuation: „Rat für nationale Sicherheit“ no, „Ärzte ohne Grenzen“ yes. */
function nameShaped(work: Work, from: number, to: number): boolean {
  const { tokens } = work;
  const first = tokens[from];
  if (!isCapitalised(first) && first.kind !== 'number') return false;
  for (let j = from; j < to; j++) {
    const t = tokens[j];
    if (t.kind === 'punct' && (t.text === ',' || t.text === ';' || t.text === '!' || t.text === '?')) return false;
    if (t.kind === 'word' && !isCapitalised(t) && !NAME_FUNCTION_WORDS.has(t.text)) return false;
  }
  return true;
}

function countWords(work: Work, from: number, to: number): number {
  let n = 0;
  for (let j = from; j < to; j++) if (work.tokens[j].kind === 'word' || work.tokens[j].kind === 'number') n++;
  return n;
}
