// Is a quotation a statement, and of which kind?
//   „Manchmal muss man auch Wahlen haben.“                      direct: a whole utterance
//   bezeichnete den Beitritt als „praktisch ausgeschlossen“      partial: words inside the reporter's sentence
//   die Oper „Rigoletto“, laut „tagesschau.de“, die „Kampagne für ein Freies Tibet“   a name or title: no statement
// The tests, in order:
//   1. a title by the word before it: die sogenannte „…“, der Film „…“, die Weisheit, „…“; a translation in brackets
//   2. an utterance: at a sentence's start, after a colon or a dash, or with its cue after it
//   3. a list member takes the kind of the list's first: „A“, „B“ und „C“
//   4. slogans ("Parolen wie „…“") and attributed words ("…, so die Anklage") are statements
//   5. a name by its place: a source, a speaker, „Bild“-Zeitung, auch „…“ genannt
//   6. a capitalised phrase is a name unless its clause speaks of speech and it stands where words stand
//   7. any other short fragment needs a sentence that speaks of speech
import { DETERMINERS, NAME_FUNCTION_WORDS, TITLE_CUES } from '../lexicon/index.js';
import type { QuoteKind } from '../schema/document.js';
import type { QuoteSpan, Token, Work } from '../types.js';
import { framedAsSpeech, gloss, headline, looksLikeName, nameHead, namePosition, namingClause, slogan, speechContext, spokenInClause } from './quote-frame.js';
import { firstAtOrAfter } from './search.js';
import { isCueVerb } from './subject.js';
import { isCapitalised } from './words.js';

export function quoteKind(work: Work, _q: QuoteSpan, openTok: number, closeTok: number): QuoteKind | null {
  return kindOf(work, openTok, closeTok, 0);
}

// How many quotations back a list ("„A“, „B“ und „C“") is followed.
const MAX_LIST = 8;

function kindOf(work: Work, openTok: number, closeTok: number, listDepth: number): QuoteKind | null {
  const { tokens, sentences } = work;
  if (closeTok - openTok - 1 <= 0) return null;
  const first = tokens[openTok + 1];
  const prev = tokens[openTok - 1];
  const next = tokens[closeTok + 1];
  const words = countWords(tokens, openTok + 1, closeTok);

  const sOpen = sentences[tokens[openTok].sentence];
  const sClose = sentences[tokens[closeTok].sentence];
  const atStart = openTok === sOpen.tokenStart || prev?.text === ':' || prev?.text === '–' || prev?.text === '-';
  const endsLikeSentence = /[.!?…]/.test(tokens[closeTok - 1].text) || sOpen.index !== sClose.index;
  const cueAfter = next?.text === ',' && (isCueVerb(tokens[closeTok + 2]) || soSpeaker(tokens, closeTok + 2));

  if (titled(tokens, openTok, words) || (!endsLikeSentence && gloss(work, openTok, closeTok))) return null;
  // A capitalised phrase without a sentence's end is an utterance only with a cue:
  //   „Keine Chance“, sagte er.  /  Nagl: „Traurigster Tag für Graz“  — not: Sein Werk entstand 1970: „Le Grand Macabre“.
  const named = nameShaped(tokens, openTok + 1, closeTok);
  if (atStart && isCapitalised(first) && (endsLikeSentence || cueAfter || (words >= 3 && (!named || headline(work, openTok))))) return 'direct';
  if (cueAfter && isCapitalised(first) && words >= 2 && (atStart || prev?.kind !== 'word')) return 'direct';
  if (words >= 5 && endsLikeSentence && isCapitalised(first)) return 'direct';

  const before = listDepth < MAX_LIST ? previousInList(work, openTok) : -1;
  if (before >= 0) return kindOf(work, before, openTok - 2, listDepth + 1) === null ? null : 'partial';
  if (slogan(tokens, openTok) || (next?.text === ',' && soSpeaker(tokens, closeTok + 2))) return 'partial';
  if (looksLikeName(work, openTok, closeTok, words)) return null;
  //   warfen der Regierung „Wortbruch“ vor  — but: Ein Sprecher der „Deutschen Bahn“ sagte
  if (named) return !namePosition(work, openTok, closeTok) && spokenInClause(work, openTok, closeTok) ? 'partial' : null;
  if (words <= 6 && namingClause(work, openTok, closeTok)) return null;
  const als = prev?.text === 'als' || (prev !== undefined && DETERMINERS.has(prev.text) && tokens[openTok - 2]?.text === 'als');
  const speech = speechContext(work, openTok, closeTok) || (als && framedAsSpeech(work, openTok, closeTok, 'als')) || prev?.text === 'von';
  if (words <= 4 && !speech) return null;
  return 'partial';
}

/** A title by the word before it: "die sogenannte „Sauerlandlinie“", "unter dem Motto „…“", "die Weisheit, „…“", "Kubricks Film „…“".
 *  A noun cue holds for a title of any length; "sogenannte" goes with a short term. */
function titled(tokens: Token[], openTok: number, words: number): boolean {
  const prev = tokens[openTok - 1];
  if (!prev) return false;
  if (nameHead(prev)) return true;
  const cue = TITLE_CUES.has(prev.text) ? prev : tokens[openTok - 2];
  if (cue === undefined || !TITLE_CUES.has(cue.text)) return false;
  return (cue === prev || prev.text === ',' || prev.text === ':') && (isCapitalised(cue) || words <= 6);
}

/** "„…“, so Peskow", "„…“, so der Sprecher" — not "„…“, so lautet der Titel". */
function soSpeaker(tokens: Token[], i: number): boolean {
  const after = tokens[i + 1];
  return tokens[i]?.text === 'so' && after !== undefined && (isCapitalised(after) || DETERMINERS.has(after.text));
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

/** A name by its shape: capitalised, with no lower-case word but the small words names contain,
 *  and no clause punctuation: „Ärzte ohne Grenzen“ yes, „Rat für nationale Sicherheit“ no. */
function nameShaped(tokens: Token[], from: number, to: number): boolean {
  if (!isCapitalised(tokens[from]) && tokens[from].kind !== 'number') return false;
  for (let j = from; j < to; j++) {
    const t = tokens[j];
    if (t.kind === 'punct' && (t.text === ',' || t.text === ';' || t.text === '!' || t.text === '?')) return false;
    if (t.kind === 'word' && !isCapitalised(t) && !NAME_FUNCTION_WORDS.has(t.text)) return false;
  }
  return true;
}

function countWords(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let j = from; j < to; j++) if (tokens[j].kind === 'word' || tokens[j].kind === 'number') n++;
  return n;
}
