// Is a quotation a statement, and of which kind?
//   „Manchmal muss man auch Wahlen haben.“        direct: a whole utterance
//   bezeichnete den Beitritt als „praktisch ausgeschlossen“   partial: words inside the reporter's sentence
//   die Oper „Rigoletto“, der Sender „Deutschlandfunk“, die sogenannte „Sauerlandlinie“   a name or title: no statement
import { ACCORDING_MARKERS, CUE_NOUNS, DETERMINERS, KONJUNKTIV } from '../lexicon/index.js';
import type { QuoteKind } from '../schema/document.js';
import type { QuoteSpan, Work } from '../types.js';
import { isCueVerb } from './subject.js';
import { isCapitalised } from './words.js';

// Words before a quotation that announce a name, title or term, not speech.
const TITLE_CUES = /^(sogenannte[nmrs]?|so|genannte[nmrs]?|namens|Titel|Motto|Begriff|Stichwort|Codename|Slogan|Schlagwort|Marke|Kategorie|Operation|Projekt|Programm|Kampagne|Aktion)$/;

export function quoteKind(work: Work, q: QuoteSpan, openTok: number, closeTok: number): QuoteKind | null {
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
  const cueAfter = next?.text === ',' && (isCueVerb(tokens[closeTok + 2]) || tokens[closeTok + 2]?.text === 'so');

  // Names and titles: "die Oper „Rigoletto“", "die sogenannte „Sauerlandlinie“".
  const titleCue = (prev && TITLE_CUES.test(prev.text)) || (tokens[openTok - 2] && TITLE_CUES.test(tokens[openTok - 2].text) && prev?.kind === 'word' && !isCapitalised(prev));
  if (titleCue && words <= 6) return null;
  if (atStart && isCapitalised(first) && (words >= 3 || endsLikeSentence || cueAfter)) return 'direct';
  if (cueAfter && isCapitalised(first) && words >= 2) return 'direct';
  if (words >= 5 && endsLikeSentence && isCapitalised(first)) return 'direct';

  if (looksLikeName(work, openTok, closeTok, words)) return null;
  const speech = speechContext(work, openTok, closeTok);
  if (words <= 4 && !speech) return null;
  return 'partial';
}

const INDEFINITE = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine', 'keinen', 'keinem', 'keiner']);
const NAMING_AFTER = new Set(['genannt', 'bekannt', 'benannt', 'getauft', 'heißt', 'hieß', 'betitelt', 'titulierte']);

/** A name or title rather than words someone said:
 *   die „New York Times“, der Film „2001: Odyssee im Weltraum“, „Bild“-Zeitung,
 *   auch „BD-Live“ genannt — but not ein „Schutzschild“, als „unrealistisch“. */
function looksLikeName(work: Work, openTok: number, closeTok: number, words: number): boolean {
  const { tokens } = work;
  const prev = tokens[openTok - 1];
  const next = tokens[closeTok + 1];
  if (next && next.start === tokens[closeTok].end && next.text === '-') return true;
  if (next && NAMING_AFTER.has(next.text)) return true;
  if (words > 8) return false;
  const framed = prev && (prev.text === 'als' || prev.text === 'von' || INDEFINITE.has(prev.text.toLowerCase()));
  if (framed) return false;
  if (isCapitalised(tokens[openTok + 1]) && prev && prev.kind === 'word' && isCapitalised(prev) && !DETERMINERS.has(prev.text) && prev.sentence === tokens[openTok].sentence && openTok - 1 > work.sentences[prev.sentence].tokenStart) return true;
  return titleCase(work, openTok + 1, closeTok) && words <= 6;
}

/** Does the sentence around the quotation speak of speech (a cue verb, "laut", "zufolge", "mit den Worten")? */
function speechContext(work: Work, openTok: number, closeTok: number): boolean {
  const { tokens, sentences } = work;
  const s = sentences[tokens[openTok].sentence];
  const e = sentences[tokens[closeTok].sentence];
  // Headline style: "Trump: Rückkehr … „unwahrscheinlich“".
  for (let j = s.tokenStart + 1; j < Math.min(s.tokenStart + 4, openTok); j++) if (tokens[j].text === ':') return true;
  for (let j = Math.max(s.tokenStart, openTok - 80); j < Math.min(e.tokenEnd, closeTok + 80); j++) {
    if (j > openTok && j < closeTok) continue;
    const t = tokens[j];
    if (isCueVerb(t) || ACCORDING_MARKERS.has(t.text) || CUE_NOUNS.has(t.text) || KONJUNKTIV.has(t.text)) return true;
    if ((t.text === 'als' || t.text === 'von') && j === openTok - 1) return true;
  }
  return false;
}

function countWords(work: Work, from: number, to: number): number {
  let n = 0;
  for (let j = from; j < to; j++) if (work.tokens[j].kind === 'word' || work.tokens[j].kind === 'number') n++;
  return n;
}

/** Every word capitalised: "New York Times", "The Great Gatsby". */
function titleCase(work: Work, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const t = work.tokens[j];
    if (t.kind === 'word' && !isCapitalised(t)) return false;
  }
  return true;
}
