// The frames of reported speech, each tried at one token of a sentence:
//   "Laut X …" / "Nach Angaben von X …" / "nach Polizeiangaben"   according-to, the frame cut out
//   "X zufolge …" / "…, wie X mitteilte." / "…, so X."           according-to
//   "Demnach …"                                                  according-to, the last source goes on
//   "Berichte, wonach …"                                         indirect
//   "die Forderung des Ministers, …" / "mit der Begründung, dass …"   indirect, a noun frame
//   "legten Wert darauf, dass …"                                 indirect, an adverb announcing the clause
//   "erklärte, Putin sei bereit" / "…, sagte Peskow"              indirect, a cue verb
//   "… . Dies bestätigte X." / "… . Das wurde von X bestätigt."     indirect, the sentence before
//   "Der Kreml bestätigte das Telefonat."                         reported
//   "Die Gewerkschaft sieht in dem Plan eine Gefahr."             reported, a view
import { ACCORDING_ADVERBS, ANNOUNCING_NOUNS, ANNOUNCING_VERBS, ACCORDING_NOUNS, ACCORDING_SUFFIXES, CONSEQUENCE_ADVERBS, CONTENT_ADVERBS, CUE_VERBS, type CueVerb, DETERMINERS, FRAME_NOUNS, FRONTED, GENITIVE_POSSESSIVES, NOMINATIVE_ARTICLES, HOLD_VERBS, INTENT_NOUNS, OBLIQUE, PASSIVE_AUXILIARIES, PERSONAL_PRONOUNS, POSSESSIVES, REPORT_RELATIVES, REPORTED_VERBS, STANCE_VERBS, SUBORDINATORS, VIEW_ARTICLES, VIEW_NOUN_ENDINGS, VIEW_NOUNS } from '../lexicon/index.js';
import type { ClaimKind } from '../schema/document.js';
import type { Sentence, Token, Work } from '../types.js';
import { hearsay, isKonjunktiv, isZuInfinitive, opensSubordinate, reportedClause } from './mood.js';
import { attributive, type Found, IN_TEXT, isCueVerb, isPassive, passiveAgent, phraseAfter, phraseBefore, subjectOf } from './subject.js';
import { isAdjective } from './phrase.js';
import { isCapitalised, isOrgWord, isRoleWord } from './words.js';

export interface Draft {
  kind: ClaimKind;
  from: number; // content token range
  to: number;
  cue: number;
  who: Found | null;
  /** 'context': no speaker in the sentence, the last one goes on ("Demnach …"). */
  how: 'explicit' | 'context';
  /** The sentence of the content when it is not the frame's own ("Dies bestätigte …"). */
  sentence?: number;
}

const STOP_AT = new Set(['.', '!', '?', ';']);
// Words inside a source's noun phrase: "Nach Angaben der Ärzte ohne Grenzen", "laut dem Direktor der Behörde".
const FRAME_LINKS: ReadonlySet<string> = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'von', 'vom', 'für', 'am', 'im', 'in', 'aus', 'zu', 'zur', 'zum', 'und', 'ohne', 'bei', 'beim', 'auf', 'über', 'of', 'the', 'for', '-', '/', '&']);
// The words a frame other than a cue verb starts with.
const TRIGGERS: ReadonlySet<string> = new Set(['laut', 'Laut', 'nach', 'Nach', 'gemäß', 'Gemäß', 'zufolge', 'zu', 'Dies', 'Das', 'Dieses', ',', 'bekannt', ...ACCORDING_ADVERBS, ...FRAME_NOUNS, ...STANCE_VERBS, ...CONTENT_ADVERBS]);
/** Every word that may open a frame: one lookup for most tokens, which open none. */
const OPENERS: ReadonlySet<string> = new Set([...TRIGGERS, ...CUE_VERBS.keys()]);
// Possessives that own an opinion: "Seiner Meinung nach".

/** The last content token: drop the final stop and closing commas. */
export function trimEnd(tokens: Token[], from: number, to: number): number {
  while (to > from && (STOP_AT.has(tokens[to - 1].text) || tokens[to - 1].text === ',')) to--;
  return to;
}

// How far rules look back from a cue for a Konjunktiv, in tokens: keeps run-on text linear.
const WINDOW = 80;
// Verbs of saying proper: their clause is reported content whatever its mood
// ("sagte, die Lage ist ernst"); other cues need a Konjunktiv, "dass" or "zu".
const SAYING = /^(ge)?(sag|erklär|beton|bericht|mein|schrieb|schreib|versicher|bekräftig|warn|behaupt|antwort|ergänz|unterstrich|äußer|mitteil|teilte|hinzufüg|fügte|räumte|stellte|schätz|glaub|hoff|fürcht|befürcht|kritisier|argumentier|bemängel|beklag|vorgeworfen|vorwarf|warf|wirft|werfen|bekund|versprach|versprich|versprochen|meld)/;

// Subordinate clauses that are content: "dass …", "ob …", "wie …", "warum …".
const CONTENT_OPENERS: ReadonlySet<string> = new Set(['dass', 'ob', 'wie', 'warum', 'weshalb', 'wieso', 'wer', 'was', 'wann', 'wo', 'welche', 'welcher', 'welches']);
// An object that stands for content said elsewhere: "Trump teilte dies mit", "bestätigte das am Abend".
const ANAPHORS: ReadonlySet<string> = new Set(['dies', 'das', 'es', 'dieses', 'diese']);

function isAnaphor(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !ANAPHORS.has(t.text)) return false;
  if (t.text === 'dies' || t.text === 'es' || t.text === 'dieses') return true;
  const n = tokens[k + 1];
  // "das Telefonat", "das neue Abkommen" are objects of their own
  return n === undefined || n.kind !== 'word' || (!isCapitalised(n) && !/(?:e|en|er|es|em)$/.test(n.text));
}

/** "erklärte seine Bereitschaft, … zu empfangen": the infinitive belongs to a noun of intent, not to the cue. */
function aboutIntent(tokens: Token[], cue: number, comma: number, from: number, to: number): boolean {
  const t = tokens[from].text;
  if (t === 'dass' || t === 'ob') return false;
  let infinitive = false;
  for (let k = from; k < to; k++) {
    if (isKonjunktiv(tokens[k].text, true)) return false;
    if (isZuInfinitive(tokens[k].text)) infinitive = true;
  }
  return infinitive && INTENT_NOUNS.has(tokens[comma - 1].text) || (cue > 0 && INTENT_NOUNS.has(tokens[cue - 1].text));
}

/** The report whose frame starts at token `j`, if any. */
export function reportAt(work: Work, mi: Int32Array, s: Sentence, j: number, end: number): Draft | null {
  const { tokens, inQuote } = work;
  if (inQuote[j]) return null;
  const t = tokens[j];
  const w = t.text;
  // most tokens open no frame: one lookup each
  if (!OPENERS.has(w)) return null;
  const nach = w === 'nach' || w === 'Nach';
  if (nach && j > s.tokenStart && ACCORDING_NOUNS.has(tokens[j - 1].text)) return postposed(work, mi, s, j, end);
  if (nach || w === 'laut' || w === 'Laut' || w === 'gemäß' || w === 'Gemäß') return according(work, mi, s, j, end);
  // "Die FDP schließt eine Ampel aus. Dies bestätigte Becker am Abend.": the content is the sentence before.
  if (j === s.tokenStart && (w === 'Dies' || w === 'Das' || w === 'Dieses')) {
    if (isCueVerb(tokens[j + 1])) return previousSentence(work, mi, s, j, end);
    // "Das wurde vom Presseamt am Montag bekannt gegeben."
    const passive = PASSIVE_AUXILIARIES.has(tokens[j + 1]?.text ?? '') ? previousPassive(work, mi, s, j, end) : null;
    if (passive) return passive;
  }
  // X zufolge … / Angaben zu Folge
  if (w === 'zufolge' || (w === 'zu' && tokens[j + 1]?.text === 'Folge')) {
    // the word before is the source, whatever its case ("der Website worldreferee.com zufolge")
    const who = phraseBefore(work, mi, j, s.tokenStart) ?? (j > s.tokenStart && tokens[j - 1].kind === 'word' ? { from: j - 1, to: j, mention: null, pronoun: false } : null);
    if (!who) return null;
    const framed = j - s.tokenStart <= 6 && !hasComma(tokens, s.tokenStart, j);
    return { kind: 'according-to', from: framed ? j + (w === 'zu' ? 2 : 1) : s.tokenStart, to: end, cue: j, who, how: 'explicit' };
  }
  // Demnach seien …
  if (j === s.tokenStart && ACCORDING_ADVERBS.has(w)) return { kind: 'according-to', from: j + 1, to: end, cue: j, who: null, how: 'context' };
  // …, wie das Weiße Haus mitteilte.  /  …, so Peskow.  /  Berichte, wonach …
  if (w === ',' && j > s.tokenStart + 2 && !inQuote[s.tokenStart]) {
    const next = tokens[j + 1]?.text;
    if (next === 'wie') {
      const verb = lastCue(work, j + 2, end);
      const who = verb >= 0 ? phraseAfter(work, mi, j + 2, verb) : null;
      if (who) return { kind: 'according-to', from: s.tokenStart, to: j, cue: verb, who, how: 'explicit' };
    }
    // "…, so Peskow." / "…, so der Sprecher weiter." — not "so dass", "so zum Beispiel", "so wurde …"
    const after = tokens[j + 2];
    if (next === 'so' && after !== undefined && (isCapitalised(after) || DETERMINERS.has(after.text)) && !isCueVerb(after)) {
      const who = phraseAfter(work, mi, j + 2, end);
      if (who && who.from <= j + 4) return { kind: 'according-to', from: s.tokenStart, to: j, cue: j + 1, who, how: 'explicit' };
    }
    if (next !== undefined && REPORT_RELATIVES.has(next)) {
      const to = clauseEnd(work, j + 2, end);
      if (to - j >= 4) return { kind: 'indirect', from: j + 2, to, cue: j + 1, who: phraseBefore(work, mi, j, s.tokenStart), how: 'explicit' };
    }
    // "Es gibt Gerüchte, nach denen …", "Umfragen, nach welchen …": a noun of what is said, then "nach" and a relative
    if (next === 'nach' && relativeAt(tokens, j + 2) && (FRAME_NOUNS.has(tokens[j - 1].text) || isAccordingNoun(tokens[j - 1].text))) {
      const to = clauseEnd(work, j + 3, end);
      // the relative pronoun is the mention, what it takes up the source: "Gerüchte, nach denen …"
      const antecedent = phraseBefore(work, mi, j, s.tokenStart);
      const who: Found | null = antecedent ? { from: j + 2, to: j + 3, mention: null, pronoun: false, refersTo: antecedent } : antecedent;
      if (to - j >= 5) return { kind: 'indirect', from: j + 3, to, cue: j + 1, who, how: 'explicit' };
    }
    return null;
  }
  if (FRAME_NOUNS.has(w)) return nounFrame(work, mi, s, j, end);
  if (STANCE_VERBS.has(w)) return stance(work, mi, s, j, end);
  if (w === 'bekannt') return madeKnown(work, mi, s, j, end);
  if (CONTENT_ADVERBS.has(w)) return announced(work, mi, s, j, end);
  if (isCueVerb(t)) return cueVerb(work, mi, s, j, end);
  return null;
}

/** "Beide Seiten legten Wert darauf, dass …", "Die Bank beruft sich darauf, dass …": the adverb announces
 *  the content clause of a verb that says or insists; the clause's subject holds it. Not "Die Stadt wartet
 *  darauf, dass …", "Die Polizei achtete darauf, dass …". */
function announced(work: Work, mi: Int32Array, s: Sentence, j: number, end: number): Draft | null {
  const { tokens, inQuote } = work;
  const opener = tokens[j + 2]?.text;
  if (tokens[j + 1]?.text !== ',' || (opener !== 'dass' && opener !== 'ob') || inQuote[j + 2]) return null;
  const first = clauseStartOf(tokens, j, s.tokenStart);
  if (!announcing(tokens, first, j)) return null;
  const from = j + 2;
  const to = clauseEnd(work, from, end);
  if (to - from < 3) return null;
  return { kind: 'indirect', from, to, cue: j, who: phraseAfter(work, mi, first, j, true), how: 'explicit' };
}

/** A verb or noun of saying before the adverb in its clause: "pochte", "beruft sich", "legten Wert". */
function announcing(tokens: Token[], first: number, j: number): boolean {
  for (let k = Math.max(first, j - REACH); k < j; k++) {
    const w = tokens[k].text;
    if (ANNOUNCING_NOUNS.has(w)) return true;
    if (!isCapitalised(tokens[k])) for (const v of ANNOUNCING_VERBS) if (w.startsWith(v)) return true;
  }
  return false;
}

/** "Seiner Meinung nach …", "Nach Ansicht Trumps": the noun before the postposition, its owner before it. */
function postposed(work: Work, mi: Int32Array, s: Sentence, j: number, end: number): Draft | null {
  const { tokens } = work;
  const owner = j - 2;
  if (owner < s.tokenStart) return null;
  const o = tokens[owner];
  // "Seiner Meinung": the possessive and its noun are the mention; "sein" stands for the person named before
  const his = o.text.toLowerCase().startsWith('sein');
  const who: Found | null = POSSESSIVES.has(o.text) ? { from: owner, to: j, mention: null, pronoun: his } : phraseBefore(work, mi, j - 1, s.tokenStart);
  if (!who) return null;
  return cutOut(s, who.from === s.tokenStart ? s.tokenStart : j, j + 1, end, who, tokens, who.from);
}

/** "Dies bestätigte der Parteivorsitzende": the sentence before, unless it is already a report or a quotation. */
function previousSentence(work: Work, mi: Int32Array, s: Sentence, j: number, end: number): Draft | null {
  const { tokens } = work;
  const prev = work.sentences[s.index - 1];
  if (!prev || prev.paragraph !== s.paragraph || prev.heading || hasQuote(work, prev)) return null;
  const needs = CUE_VERBS.get(tokens[j + 1].text)!;
  if (!needs.some((v) => !v.particle || hasParticle(tokens, j + 2, end, v.particle))) return null;
  const who = phraseAfter(work, mi, j + 2, end);
  const to = trimEnd(tokens, prev.tokenStart, prev.tokenEnd);
  if (!who || to - prev.tokenStart < 4) return null;
  return { kind: 'indirect', from: prev.tokenStart, to, cue: j + 1, who, how: 'explicit', sentence: prev.index };
}

/** "Die Firma schließt das Werk. Dies wurde von einem Sprecher am Montag bestätigt.": the passive of a cue
 *  closing the sentence, its "von" agent the speaker, the sentence before the content. */
function previousPassive(work: Work, mi: Int32Array, s: Sentence, j: number, end: number): Draft | null {
  const { tokens } = work;
  const prev = work.sentences[s.index - 1];
  if (!prev || prev.paragraph !== s.paragraph || prev.heading || hasQuote(work, prev)) return null;
  const k = tokens[end - 1]?.text === 'worden' ? end - 2 : end - 1;
  const t = tokens[k];
  const cue = k > j + 2 && (isCueVerb(t) || (t.text === 'gegeben' && tokens[k - 1].text === 'bekannt')) ? k : -1;
  if (cue < 0) return null;
  // the agent right after the auxiliary, whatever apposition follows it ("von X am Montag, dem 3. Mai, bestätigt")
  const von = tokens[j + 2].text === 'von' || tokens[j + 2].text === 'vom';
  const who = von ? phraseAfter(work, mi, j + 3, cue) : passiveAgent(work, mi, j, cue);
  const to = trimEnd(tokens, prev.tokenStart, prev.tokenEnd);
  if (!who || to - prev.tokenStart < 4) return null;
  return { kind: 'indirect', from: prev.tokenStart, to, cue, who, how: 'explicit', sentence: prev.index };
}

/** Words that open the source after an according-to noun: "Angaben der Polizei", "Angaben von X". */
const NAMED_SOURCE_STARTS = new Set(['des', 'der', 'dem', 'den', 'eines', 'einer', 'von', 'vom', 'aus', 'zufolge']);

/** "Laut X …", "Nach Angaben von X …", "nach eigenen Angaben", "nach Polizeiangaben". */
function according(work: Work, mi: Int32Array, s: Sentence, j: number, end: number): Draft | null {
  const { tokens } = work;
  let at = j + 1;
  let compound = false;
  // "laut X", "gemäß X": the source right after the preposition; "nach" needs a noun of saying first
  if (tokens[j].text.toLowerCase() !== 'laut' && tokens[j].text.toLowerCase() !== 'gemäß') {
    // one or two adjectives or a determiner may stand between: "Nach offiziellen Angaben", "nach einer neuen Studie"
    let noun = -1;
    for (let k = j + 1; k < Math.min(j + 4, end); k++) {
      const x = tokens[k];
      if (isAccordingNoun(x.text)) {
        noun = k;
        compound = !ACCORDING_NOUNS.has(x.text);
        break;
      }
      if (x.kind !== 'word' || isCapitalised(x)) return null;
    }
    if (noun < 0) return null;
    at = noun + 1;
    if (compound || tokens[noun - 1].text === 'eigenen') {
      // the source is in the word ("Polizeiangaben") or the clause's subject ("nach eigenen Angaben")
      const who: Found = compound ? { from: noun, to: noun + 1, mention: null, pronoun: false } : (firstMention(work, mi, s.tokenStart, j) ?? { from: noun, to: noun + 1, mention: null, pronoun: false });
      return cutOut(s, j, at, end, who, tokens);
    }
    // "Nach ersten Informationen wurden …": no source named, the statements themselves are the source.
    const next = tokens[at];
    if (next && !NAMED_SOURCE_STARTS.has(next.text) && next.kind !== 'quote' && !isCapitalised(next) && !genitiveAhead(tokens, at, end)) {
      return cutOut(s, j, at, end, { from: noun, to: noun + 1, mention: null, pronoun: false }, tokens);
    }
  }
  const who = phraseAfter(work, mi, at, Math.min(at + 8, end)) ?? titleAt(tokens, at, end);
  if (!who) return null;
  return cutOut(s, j, skipGenitive(tokens, who.to, end), end, who, tokens);
}

/** A genitive without an article names the source: "nach Angaben libanesischer Sicherheitskreise",
 *  "nach Meinung vieler Experten", "nach Angaben seines Anwalts". */
function genitiveAhead(tokens: Token[], at: number, end: number): boolean {
  const t = tokens[at];
  const n = tokens[at + 1];
  if (n === undefined || at + 1 >= end || !isCapitalised(n)) return false;
  return GENITIVE_POSSESSIVES.has(t.text) || (t.kind === 'word' && t.text.length > 4 && t.text.endsWith('er') && !isCueVerb(t) && !DETERMINERS.has(t.text));
}

/** A source the phrase rules do not take: a title in quotation marks ("laut „Welt“") or a domain ("laut bildblog.de"). */
function titleAt(tokens: Token[], at: number, end: number): Found | null {
  const t = tokens[at];
  if (!t) return null;
  if (t.kind === 'word' && t.text.includes('.') && at + 1 < end) return { from: at, to: at + 1, mention: null, pronoun: false };
  if (t.kind !== 'quote') return null;
  for (let k = at + 1; k < Math.min(at + 6, end); k++) if (tokens[k].kind === 'quote') return k > at + 1 ? { from: at + 1, to: k, mention: null, pronoun: false } : null;
  return null;
}

/** The content around an according-to frame at j..after: after it, before it, or both. */
function cutOut(s: Sentence, j: number, after: number, end: number, who: Found, tokens: Token[], frame = j): Draft {
  const first = s.tokenStart;
  if (frame === first) return { kind: 'according-to', from: verbAfterFrame(tokens, after, end), to: end, cue: j, who, how: 'explicit' };
  // "Die Stadtverwaltung hat nach eigenen Angaben alle Brücken geprüft": the content goes round the frame.
  if (end - after >= 2) return { kind: 'according-to', from: first, to: end, cue: j, who, how: 'explicit' };
  return { kind: 'according-to', from: first, to: tokens[frame - 1].text === ',' ? frame - 1 : frame, cue: j, who, how: 'explicit' };
}

/** Where the content starts after a fronted frame: the rest of the source's noun phrase
 *  ("Laut Angaben des WFP der Vereinten Nationen wurden …") and an apposition in commas
 *  ("Nach Angaben von X, Professor am Institut, könnte …") belong to the frame. */
function verbAfterFrame(tokens: Token[], k: number, end: number): number {
  let depth = 0;
  for (; k < end; k++) {
    const t = tokens[k];
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || t.text === ')' || t.kind === 'quote') continue;
    if (t.text === ',') {
      // an apposition closes with a second comma before any verb-like word
      const close = apposition(tokens, k + 1, end);
      if (close < 0) return k + 1;
      k = close;
      continue;
    }
    if (t.kind !== 'word') return k;
    if (isCapitalised(t) || FRAME_LINKS.has(t.text)) continue;
    // an adjective before its noun: "der italienischen Luftfahrtbehörde"
    if (/(?:e|en|er|es|em)$/.test(t.text) && tokens[k + 1] !== undefined && isCapitalised(tokens[k + 1])) continue;
    return k;
  }
  return end;
}

/** The comma that closes an apposition starting at `from` ("Professor am Institut,"), or -1. */
function apposition(tokens: Token[], from: number, end: number): number {
  const first = tokens[from];
  if (!first || !(isCapitalised(first) || DETERMINERS.has(first.text))) return -1;
  for (let k = from + 1; k < Math.min(from + 10, end); k++) {
    if (tokens[k].text === ',') return k;
    if (isCueVerb(tokens[k]) || isKonjunktiv(tokens[k].text, true)) return -1;
  }
  return -1;
}

function isAccordingNoun(w: string): boolean {
  if (ACCORDING_NOUNS.has(w)) return true;
  const c = w.charAt(0);
  if (w.length < 10 || c === c.toLowerCase()) return false;
  const lower = w.toLowerCase();
  for (const suffix of ACCORDING_SUFFIXES) if (lower.endsWith(suffix) && lower.length > suffix.length + 3) return true;
  return false;
}

/** "die Forderung des CSU-Vorsitzenden, …", "mit der Begründung ab, dass …". */
function nounFrame(work: Work, mi: Int32Array, s: Sentence, j: number, end: number): Draft | null {
  const { tokens, inQuote } = work;
  const comma = nextComma(work, j + 1, end, 7);
  if (comma < 0 || inQuote[comma + 1] || comma + 1 >= end) return null;
  for (let k = j + 1; k < comma; k++) if (isCueVerb(tokens[k]) || isKonjunktiv(tokens[k].text, true)) return null;
  const to = embeddedEnd(tokens, comma + 1, clauseEnd(work, comma + 1, end));
  if (to - comma < 4 || !contentClause(work, comma + 1, to) || !reportedClause(tokens, inQuote, comma + 1, to)) return null;
  const first = clauseStartOf(tokens, j, s.tokenStart);
  // "die Forderung des Ministers, …" names its owner; "Die Reederei zeigte sich zuversichtlich, …" its subject
  // "sei sie zu dem Schluss gelangt, …": a participle after the noun, its holder before it
  // — not a prepositional phrase after the noun: "begründete die Absage mit dem Argument, …" is the subject's
  const link = tokens[j + 1].text;
  const prepositional = OBLIQUE.has(link) && !DETERMINERS.has(link) && link !== 'von' && link !== 'vom';
  const owner = comma > j + 1 && !prepositional ? phraseAfter(work, mi, j + 1, comma) : null;
  // "Inzwischen werden Vorwürfe laut, dass …": a bare plural with no owner speaks for itself
  const before = tokens[j - 1];
  const bare = isCapitalised(tokens[j]) && (j === s.tokenStart || (before.kind === 'word' && !DETERMINERS.has(before.text) && !OBLIQUE.has(before.text) && !isAdjective(before) && !isCapitalised(before)));
  const itself: Found | null = bare ? { from: j, to: j + 1, mention: null, pronoun: false } : null;
  if (comma > j + 1 && !prepositional && (owner || !PARTICIPLE.test(tokens[comma - 1].text))) return { kind: 'indirect', from: comma + 1, to, cue: j, who: owner ?? itself, how: 'explicit' };
  const who = owner ?? firstMention(work, mi, first, j) ?? (isCapitalised(tokens[j]) ? holder(work, mi, first, j) : phraseAfter(work, mi, first, j)) ?? itself;
  return { kind: 'indirect', from: comma + 1, to, cue: j, who, how: 'explicit' };
}

const PARTICIPLE = /^\p{Ll}*ge\p{Ll}+(?:en|t)$/u;

/** "Die WHO hält es für unwahrscheinlich, dass …", "da sie es für nötig hielten, die Gäste zu
 *  warnen", "sah es das Gericht als erwiesen an, dass …": the clause spells out the view of "es". */
function stance(work: Work, mi: Int32Array, s: Sentence, j: number, end: number): Draft | null {
  const { tokens } = work;
  const comma = nextComma(work, j + 1, end, 8);
  if (comma < 0) return opinion(work, mi, s, j, end);
  // the object after the verb, or before it where the verb closes its clause
  const a = comma === j + 1 ? Math.max(s.tokenStart, j - 6) : j + 1;
  const b = comma === j + 1 ? j : comma;
  let es = -1;
  for (let k = a; k < b && es < 0; k++) if (tokens[k].text === 'es') es = k;
  // "hält es für möglich", "sah es als erwiesen an", or the "als" phrase put first: "Als ihre Aufgabe sieht es die Stadt an, …"
  const fronted = es === j + 1 && (tokens[s.tokenStart].text === 'Als' || tokens[s.tokenStart].text === 'als') && s.tokenStart < j;
  if (es < 0 || !(hasWord(tokens, es + 1, b, 'für') || hasWord(tokens, es + 1, b, 'als') || fronted)) return opinion(work, mi, s, j, end);
  const from = comma + 1;
  const to = clauseEnd(work, from, end);
  if (to - from < 3 || !contentClause(work, from, to) || !reportedClause(tokens, work.inQuote, from, to)) return null;
  const first = clauseStartOf(tokens, j, s.tokenStart);
  return { kind: 'indirect', from, to, cue: j, who: subjectOf(work, mi, j, first, comma), how: 'explicit' };
}

/**
 * A view stated without a clause, reported as a speech act of its holder:
 *   "Die Gewerkschaft sieht in dem Plan eine Gefahr für die Arbeitsplätze."   (sehen in … ein …)
 *   "Die Behörde hält den Betrieb der Anlage für sicher."                     (halten … für, an adjective closing the clause)
 * Not "Die Zuschauer sahen im Stadion die Niederlage", not "Dies hält er für unwahrscheinlich" (content said before).
 */
function opinion(work: Work, mi: Int32Array, s: Sentence, j: number, end: number): Draft | null {
  const { tokens } = work;
  const w = tokens[j].text;
  // a clause of at most REACH tokens either side keeps run-on text linear
  const comma = nextComma(work, j + 1, end, REACH);
  const clauseTo = comma >= 0 ? comma : end;
  const floor = Math.max(s.tokenStart, j - REACH);
  const first = clauseStartOf(tokens, j, floor);
  if (clauseTo - j > REACH || (first === floor && floor > s.tokenStart) || first === j || opensSubordinate(tokens, first) || ANAPHORS.has(tokens[first].text.toLowerCase()) || hasQuote(work, s)) return null;
  // "Die Partei hält den Weg laut ihrem Sprecher für gangbar": the source is the frame's
  if (hearsay(tokens, work.inQuote, first, clauseTo, false) || hasAccording(tokens, first, clauseTo)) return null;
  if (HOLD_VERBS.has(w)) {
    // "… für sicher." — "für" and a lower-case word closing the clause
    const adjective = tokens[clauseTo - 1];
    if (clauseTo - 2 <= j || tokens[clauseTo - 2].text !== 'für' || adjective.kind !== 'word' || isCapitalised(adjective) || DETERMINERS.has(adjective.text)) return null;
    if (isAnaphor(tokens, j + 1) || isAnaphor(tokens, j + 2) || tokens[j + 1].text === 'sich') return null;
  } else {
    // "in"/"im"/"darin" soon after the verb, an article of the view after it
    let at = -1;
    for (let k = j + 1; k < Math.min(j + 7, clauseTo) && at < 0; k++) {
      const x = tokens[k].text;
      if (x === 'und' || x === 'oder') return null;
      if (x === 'in' || x === 'im' || x === 'darin') at = k;
    }
    if (at < 0) return null;
    let view = -1;
    for (let k = at + 1; k < clauseTo - 1 && view < 0; k++) if (VIEW_ARTICLES.has(tokens[k].text) && (tokens[k].text !== 'den' || k > at + 2) && viewNounAfter(tokens, k, clauseTo)) view = k;
    if (view < 0) return null;
  }
  const who = subjectOf(work, mi, j, first, clauseTo);
  if (!who || !(who.mention || who.pronoun || isCapitalised(tokens[who.from])) || (who.from > j && who.from > j + 4)) return null;
  // "sah in dem Treffen eine Chance, den Streit beizulegen": the clause spells out the view,
  // when it ends within REACH tokens of the comma
  if (comma >= 0 && comma + 1 < end) {
    const limit = Math.min(end, comma + 1 + REACH);
    const to = clauseEnd(work, comma + 1, limit);
    if ((to < limit || limit === end) && to - comma > 3 && contentClause(work, comma + 1, to) && reportedClause(tokens, work.inQuote, comma + 1, to)) return { kind: 'indirect', from: comma + 1, to, cue: j, who, how: 'explicit' };
  }
  const from = Math.min(first, who.from);
  const to = clauseTo === end && end < s.tokenEnd && tokens[end].text === '.' ? end + 1 : clauseTo;
  return { kind: 'reported', from, to, cue: j, who, how: 'explicit' };
}

/** The noun after the article of a view, past its adjectives, is one a view sees: "eine Gefahr",
 *  "den ersten Schritt", "ein Sicherheitsrisiko"; not "einen verletzten Mann". */
function viewNounAfter(tokens: Token[], article: number, to: number): boolean {
  for (let k = article + 1; k < Math.min(article + 4, to); k++) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    if (isCapitalised(t)) return isViewNoun(t.text);
  }
  return false;
}

function isViewNoun(w: string): boolean {
  if (VIEW_NOUNS.has(w)) return true;
  const lower = w.toLowerCase();
  for (const ending of VIEW_NOUN_ENDINGS) if (lower.length > ending.length + 2 && lower.endsWith(ending)) return true;
  return false;
}

const REACH = 30;

function hasAccording(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k].text;
    if (w === 'laut' || w === 'Laut' || w === 'zufolge' || w === 'gemäß' || ((w === 'nach' || w === 'Nach') && isAccordingNoun(tokens[k + 1]?.text ?? ''))) return true;
  }
  return false;
}

const ACCORDING_RELATIVES: ReadonlySet<string> = new Set(['denen', 'dem', 'der', 'welchen', 'welchem', 'welcher']);

/** A relative pronoun at `k`; "dem" and "der" only when no noun follows them as their article
 *  ("Schätzungen, nach der Wahl werde …" is no relative clause). */
function relativeAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !ACCORDING_RELATIVES.has(t.text)) return false;
  if (t.text !== 'dem' && t.text !== 'der') return true;
  const n = tokens[k + 1];
  return n !== undefined && !isCapitalised(n) && !isAdjective(n);
}

const BECOME: ReadonlySet<string> = new Set(['wurde', 'wurden', 'wird', 'werden', 'geworden', 'worden']);

/** "Zuvor war bekannt geworden, dass …", "Wie heute bekannt wurde, sind …": what became known, told by
 *  nobody named, or by the place it came from ("Wie aus Regierungskreisen bekannt wurde"). */
function madeKnown(work: Work, mi: Int32Array, s: Sentence, j: number, end: number): Draft | null {
  const { tokens } = work;
  if (!BECOME.has(tokens[j + 1]?.text ?? '') && !BECOME.has(tokens[j - 1]?.text ?? '')) return null;
  const comma = nextComma(work, j + 1, end, 3);
  if (comma < 0 || comma + 1 >= end) return null;
  const from = comma + 1;
  const first = clauseStartOf(tokens, j, s.tokenStart);
  const asFrame = first === s.tokenStart && (tokens[first].text === 'Wie' || tokens[first].text === 'wie');
  const opener = tokens[from].text;
  if (!asFrame && opener !== 'dass' && opener !== 'ob') return null;
  const to = clauseEnd(work, from, end);
  if (to - from < 3) return null;
  return { kind: 'indirect', from, to, cue: j, who: placeSource(work, mi, first, j), how: 'explicit' };
}

/**
 * Who holds the view a frame noun names, when no known name does: the subject before the
 * verb that takes the noun ("Einige vertreten die Auffassung, …", "22 Prozent teilen die
 * Meinung, …"); after a copula only the genitive of opinion ("Der Verband ist der Ansicht, …",
 * not "Ein zentraler Punkt ist die Forderung, …").
 */
function holder(work: Work, mi: Int32Array, first: number, noun: number): Found | null {
  const { tokens } = work;
  let verb = noun - 1;
  while (verb > first && (DETERMINERS.has(tokens[verb].text) || isAdjective(tokens[verb]))) verb--;
  const v = tokens[verb];
  // "Seit August vertritt er die These, …": after a fronted adverbial the pronoun after the verb is the subject.
  if (verb > first + 1 && PERSONAL_PRONOUNS.has(v.text) && !isCapitalised(tokens[verb - 1])) return { from: verb, to: verb + 1, mention: null, pronoun: true };
  if (verb <= first || v.kind !== 'word' || isCapitalised(v)) return invertedHolder(work, mi, first, noun);
  if (COPULAS.has(v.text) && tokens[verb + 1].text !== 'der') return null;
  return phraseAfter(work, mi, first, verb, true);
}

/** "So fassten die Grünen am Abend den Beschluss, …": after one fronted word the verb, then its subject. */
function invertedHolder(work: Work, mi: Int32Array, first: number, noun: number): Found | null {
  const { tokens } = work;
  const verb = first + 1;
  if (verb + 1 >= noun || !(FRONTED.has(tokens[first].text.toLowerCase()) || tokens[first].text === 'Es')) return null;
  const v = tokens[verb];
  if (v.kind !== 'word' || isCapitalised(v) || DETERMINERS.has(v.text) || OBLIQUE.has(v.text)) return null;
  const who = phraseAfter(work, mi, verb + 1, noun, true);
  if (!who) return null;
  const opening = tokens[verb + 1];
  if (who.from === verb + 1) return who.mention || opening.kind === 'number' ? who : null;
  return who.from === verb + 2 && (NOMINATIVE_ARTICLES.has(opening.text) || opening.kind === 'number') ? who : null;
}

const COPULAS: ReadonlySet<string> = new Set(['ist', 'sind', 'war', 'waren', 'sei', 'seien', 'wäre', 'wären']);

/** A cue verb and its clause, before or after it, or its object alone. */
function cueVerb(work: Work, mi: Int32Array, s: Sentence, j: number, end: number): Draft | null {
  const { tokens, inQuote } = work;
  const t = tokens[j];
  const needs = CUE_VERBS.get(t.text)!;
  if (attributive(tokens, j)) return null;
  // Content first, cue after: "Putin sei bereit, …, sagte Peskow."
  // "…, das teilte die Nasa mit."  "…, heißt es in dem Bericht."
  const comma0 = tokens[j - 1]?.text === ',' ? j - 1 : tokens[j - 2]?.text === ',' && ANAPHORS.has(tokens[j - 1].text) ? j - 2 : -1;
  if (comma0 > s.tokenStart + 2 && !inQuote[comma0 - 1] && reportVerb(tokens, needs, j + 1, end) && !opensSubordinate(tokens, s.tokenStart) && !(comma0 === j - 2 && t.text === 'heißt') && !ownClause(work, j + 1, end) && !verbless(tokens, s.tokenStart, comma0)) {
    const impersonal = tokens[j + 1]?.text === 'es';
    const who = impersonal ? (firstMention(work, mi, j + 2, end) ?? (t.text === 'heißt' || t.text === 'hieß' ? placeSource(work, mi, j + 2, end) : null)) : phraseAfter(work, mi, j + 1, end);
    const konj = hasKonjunktiv(work, Math.max(s.tokenStart, comma0 - WINDOW), comma0);
    // "Die Lage ist ernst, sagte Peskow": the indicative only with the speaker right after the cue,
    // and not after an apposition ("Der NDR, der … verantwortlich ist, begründete …")
    const speakerNext = who !== null && who.from <= j + 3 && (who.mention !== null || who.pronoun || isRoleWord(tokens[who.to - 1]) || isOrgWord(tokens[who.to - 1]));
    if (konj || ((impersonal || speakerNext) && mainBefore(tokens, s.tokenStart, comma0))) {
      return { kind: 'indirect', from: contentStart(tokens, s.tokenStart, comma0), to: comma0, cue: j, who, how: 'explicit' };
    }
  }
  // Cue, then a comma and the reported clause: "erklärte, Putin sei bereit" / "betonte, dass …".
  const comma = nextComma(work, j + 1, end, 12);
  const clauseTo = comma >= 0 ? comma : end;
  const plain = needs.some((v) => !v.particle);
  const particled = needs.some((v) => v.particle !== undefined && (hasParticle(tokens, j + 1, clauseTo, v.particle) || tokens[j - 1]?.text === v.particle));
  // "gab am Freitag, dem 9. Mai, die Schließung bekannt": the particle after an apposition
  const late = !plain && !particled && comma >= 0 && needs.some((v) => v.particle !== undefined && hasParticle(tokens, comma + 1, end, v.particle));
  if (!plain && !particled && !late) return null;
  const clauseFirst = wieClause(tokens, s.tokenStart, j, comma) ?? clauseStartOf(tokens, j, s.tokenStart);
  if (!late && comma >= 0 && comma + 1 < end && (!inQuote[comma + 1] || goesOnAfterQuote(work, comma + 1, end)) && !afterQuotation(work, j, comma, end)) {
    const from = comma + 1;
    const to = clauseEnd(work, from, end);
    // "Wie die Bahn bekannt gab, wird …": after a "wie" frame the main clause is the content, whatever its mood
    const asFrame = tokens[clauseFirst].text === 'Wie' || tokens[clauseFirst].text === 'wie';
    if (contentClause(work, from, to) && to - from >= 3 && !aboutIntent(tokens, j, comma, from, to) && (asFrame || SAYING.test(t.text) || reportedClause(tokens, inQuote, from, to))) {
      // "…, sagte Kremlsprecher Dmitri Peskow" at the end names the speaker; "Aus dem Kreml hieß es" the source.
      const who =
        (to < end && tokens[to].text === ',' && isCueVerb(tokens[to + 1]) ? phraseAfter(work, mi, to + 2, end) : null) ??
        (t.text === 'hieß' || t.text === 'heißt'
          ? (firstMention(work, mi, clauseFirst, j) ?? placeSource(work, mi, j + 1, comma) ?? placeSource(work, mi, clauseFirst, j))
          : subjectOf(work, mi, j, clauseFirst, comma)) ??
        // "Ägypten wird aufgefordert, die Grenze zu öffnen, so der Parteichef.": a cue that names nobody, a source after the content
        (to < end && trailingSo(tokens, to, end) ? phraseAfter(work, mi, to + 2, end) : null);
      return { kind: 'indirect', from, to, cue: j, who, how: 'explicit' };
    }
  }
  return speechAct(work, mi, s, j, end, late ? end : clauseTo, late ? -1 : comma, clauseFirst);
}

/** "„…“, sagte Anna Roth, Sprecherin der Stadt.", "sagte Anna Roth, Sprecherin der Stadt: „…“": a cue that
 *  frames a quotation; what follows its comma is an apposition to the speaker, not content. */
function afterQuotation(work: Work, j: number, comma: number, end: number): boolean {
  const { tokens, inQuote } = work;
  const trailing = tokens[j - 1]?.text === ',' && (inQuote[j - 2] === 1 || tokens[j - 2]?.kind === 'quote');
  // a Konjunktiv says the words after the comma are reported after all ("…, schrieb sie, die den Auftritt kaum erwarten könne")
  for (let k = comma + 1; k < end - 1; k++) {
    if (inQuote[k] || isCueVerb(tokens[k]) || isKonjunktiv(tokens[k].text, true)) return false;
    if (tokens[k].text === ':' && (inQuote[k + 1] || tokens[k + 1].kind === 'quote')) return true;
  }
  return trailing;
}

/** "Anna Roth, die Sprecherin der Stadt, sagte am Abend, dass …": the cue opens a content clause of its own,
 *  so what stands before it is its subject, not its content. */
function ownClause(work: Work, from: number, end: number): boolean {
  const comma = nextComma(work, from, end, 12);
  const opener = comma >= 0 ? work.tokens[comma + 1]?.text : undefined;
  return opener === 'dass' || opener === 'ob';
}

/**
 * "Wie der Vorsitzende Richter, Peter Lorenz, ausführte, …", "Wie „heise online“ berichtet, …":
 * a sentence opened by a "wie" clause whose verb closes it; an apposition or a quoted name may stand
 * between, which the clause start of the verb would stop at.
 */
function wieClause(tokens: Token[], first: number, verb: number, comma: number): number | null {
  if (comma !== verb + 1) return null;
  const w = tokens[first].text === 'Wie' || tokens[first].text === 'wie' ? first : tokens[first + 1]?.text === 'wie' ? first + 1 : -1;
  if (w < 0 || verb - w > 20) return null;
  for (let k = w + 1; k < verb; k++) if (isCueVerb(tokens[k])) return null;
  return w;
}

/** A clause inside its sentence ends where the main clause goes on:
 *  "Die Forderung, die Löhne zu erhöhen, stößt auf Widerstand." */
function embeddedEnd(tokens: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to - 1; k++) {
    if (tokens[k].text !== ',') continue;
    const n = tokens[k + 1];
    if (n.kind === 'word' && !isCapitalised(n) && !opensSubordinate(tokens, k + 1) && !DETERMINERS.has(n.text) && n.text !== 'und' && n.text !== 'aber' && n.text !== 'sondern') return k;
  }
  return to;
}

/** A speech act with an object and no clause: "Der Kreml bestätigte das Telefonat."
 *  "Seit Monaten fordert der Betriebsrat die Nachzahlung."  "Die Pläne wurden von Lena Vogt als überzogen bezeichnet." */
function speechAct(work: Work, mi: Int32Array, s: Sentence, j: number, end: number, clauseTo: number, comma: number, clauseFirst: number): Draft | null {
  const { tokens } = work;
  const t = tokens[j];
  const passive = passiveAgentOf(work, mi, j, clauseFirst);
  if (passive === null || !isReportedVerb(t.text) || hasQuote(work, s)) return null;
  // an object after the verb, or before it in a passive ("Die Pläne wurden von X kritisiert")
  // or in the perfect ("Er hat … und die Rückkehr als unrealistisch bezeichnet.")
  if (passive === undefined && (j + 2 > clauseTo || tokens[j + 1].kind !== 'word') && !perfectAtEnd(tokens, clauseFirst, j, clauseTo)) return null;
  // "Der Täter soll Geld verlangt haben" is hearsay, not the speaker's act
  if (hearsay(tokens, work.inQuote, clauseFirst, clauseTo, false)) return null;
  // not in a relative or adverbial clause ("…, der sich kritisch geäußert hatte"), not before a clause of its own
  // ("legte dar, wie …"), not with a pronoun for content said elsewhere ("Trump teilte dies mit")
  if (opensSubordinate(tokens, clauseFirst) || (comma >= 0 && CONTENT_OPENERS.has(tokens[comma + 1]?.text ?? ''))) return null;
  if (isAnaphor(tokens, j + 1) || isAnaphor(tokens, j + 2)) return null;
  // "sprach von einem Erfolg", not "sprach mit Journalisten"
  if (/^(ge)?spr[aio]ch/.test(t.text) && !hasWord(tokens, j + 1, clauseTo, 'von')) return null;
  // "äußerte seine Enttäuschung", not "äußerte sich zu dem Vorfall" (that someone spoke, not what)
  if (/^(ge)?äußer/.test(t.text) && hasWord(tokens, clauseFirst, clauseTo, 'sich')) return null;
  // "Damit bestätigte er die Befürchtungen": the narrator's conclusion about what was said before
  if (CONSEQUENCE_ADVERBS.has(tokens[clauseFirst].text)) return null;
  const who = passive ?? subjectOf(work, mi, j, clauseFirst, clauseTo);
  if (!who || !(who.mention || who.pronoun || isCapitalised(tokens[who.from])) || (who.from > j && (who.to >= clauseTo || who.from > j + 4))) return null;
  const from = Math.min(clauseFirst, who.from);
  const to = clauseTo === end && end < s.tokenEnd && tokens[end].text === '.' ? end + 1 : clauseTo;
  return { kind: 'reported', from, to, cue: j, who, how: 'explicit' };
}

const PERFECT: ReadonlySet<string> = new Set(['hat', 'haben']);

/** A participle closing its clause after "hat" and at least two words of object:
 *  "Der Minister hat die Pläne kritisiert." */
function perfectAtEnd(tokens: Token[], first: number, j: number, clauseTo: number): boolean {
  if (j + 1 < clauseTo && tokens[j + 1].kind === 'word') return false;
  if (!/^(?:\p{Ll}+ge\p{Ll}+t|(?:be|ver|er|ent|zer)\p{Ll}+t|\p{Ll}+iert)$/u.test(tokens[j].text)) return false;
  for (let k = Math.max(first, j - 25); k < j - 2; k++) if (PERFECT.has(tokens[k].text)) return true;
  return false;
}

/** Not an adverbial clause ("…, während der Kreml …"); a relative one only with a Konjunktiv. */
function contentClause(work: Work, from: number, to: number): boolean {
  const opener = work.tokens[from].text;
  return CONTENT_OPENERS.has(opener) || !opensSubordinate(work.tokens, from) || (!SUBORDINATORS.has(opener) && hasKonjunktiv(work, from, to));
}

/** Is the clause before a trailing cue a main clause, not an apposition or a subordinate clause?
 *    "Die Lage ist ernst, sagte Peskow"  yes   "Der NDR, der … verantwortlich ist, begründete …"  no */
function mainBefore(tokens: Token[], first: number, comma: number): boolean {
  if (opensSubordinate(tokens, first)) return false;
  let k = comma - 1;
  while (k > first && tokens[k].text !== ',') k--;
  return k === first || !opensSubordinate(tokens, k + 1);
}

/** A lower-case word that is no article, adjective or linking word (a preposition, by default): in the
 *  short clauses these rules read, a verb ("warf", "bestätigte"). */
export function verbLike(t: Token, links: ReadonlySet<string> = OBLIQUE): boolean {
  return t.kind === 'word' && !isCapitalised(t) && !DETERMINERS.has(t.text) && !isAdjective(t) && !links.has(t.text);
}

/** No verb before the comma, only a noun phrase and its apposition: the subject ("Tom Kern, Kassenwart
 *  des Vereins, warf …") or a time ("Am Montag, dem 3. Mai, sagte …"), not content said. */
function verbless(tokens: Token[], from: number, to: number): boolean {
  if (to - from > WINDOW) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind === 'quote' || verbLike(t, OBLIQUE)) return false;
  }
  return true;
}

/** Content before a trailing cue starts at the sentence or after a colon ("Er meinte: Die Lage sei ernst, sagte er"). */
function contentStart(tokens: Token[], first: number, comma: number): number {
  for (let k = comma - 1; k > first; k--) if (tokens[k].text === ':' ) return k + 1;
  return first;
}

/** "sagte, „Denkverbote“ dürfe es nicht geben": a partial quotation the clause goes on after. */
function goesOnAfterQuote(work: Work, from: number, end: number): boolean {
  let k = from;
  while (k < end && work.inQuote[k]) k++;
  return end - k >= 2 && work.tokens[k].kind === 'word';
}

export function hasKonjunktiv(work: Work, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (!work.inQuote[j] && isKonjunktiv(work.tokens[j].text, true)) return true;
  return false;
}

/** Does the sentence hold a quotation? Asked once for every frame of a long sentence, so answered
 *  from a running count of quoted tokens, built once for each text. */
export function hasQuote(work: Work, s: Sentence): boolean {
  const counts = quotedCounts(work.inQuote);
  return counts[s.tokenEnd] > counts[s.tokenStart];
}

const QUOTED_COUNTS = new WeakMap<Uint8Array, Int32Array>();

/** counts[k]: the quoted tokens before token k. */
function quotedCounts(inQuote: Uint8Array): Int32Array {
  let counts = QUOTED_COUNTS.get(inQuote);
  if (counts) return counts;
  counts = new Int32Array(inQuote.length + 1);
  for (let j = 0; j < inQuote.length; j++) counts[j + 1] = counts[j] + inQuote[j];
  QUOTED_COUNTS.set(inQuote, counts);
  return counts;
}

/** In a passive clause ("wurden von Keller als unrealistisch bezeichnet") the "von" agent speaks:
 *  its phrase, null when there is none (no claim), undefined when the clause is active. */
function passiveAgentOf(work: Work, mi: Int32Array, j: number, first: number): Found | null | undefined {
  // "war Widerspruch geäußert worden": the auxiliary after the participle
  return isPassive(work.tokens, first, j) || work.tokens[j + 1]?.text === 'worden' ? passiveAgent(work, mi, first, j) : undefined;
}

/** The cue stands alone or with its particle closing the clause. */
function reportVerb(tokens: Token[], needs: CueVerb[], from: number, to: number): boolean {
  return needs.some((v) => !v.particle || hasParticle(tokens, from, to, v.particle));
}

function isReportedVerb(w: string): boolean {
  for (const v of REPORTED_VERBS) if (w.startsWith(v)) return true;
  return false;
}

function hasWord(tokens: Token[], from: number, to: number, w: string): boolean {
  for (let j = from; j < to; j++) if (tokens[j].text === w) return true;
  return false;
}

function hasComma(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (tokens[j].text === ',') return true;
  return false;
}

/** The separable particle closes the verb's clause: "teilte … mit.", "stellte … in Aussicht, …". */
function hasParticle(tokens: Token[], from: number, to: number, particle: string): boolean {
  const words = particle.split(' ');
  for (let j = from; j + words.length <= to; j++) {
    if (tokens[j].text !== words[0]) continue;
    let k = 1;
    while (k < words.length && tokens[j + k].text === words[k]) k++;
    const after = tokens[j + k];
    if (k === words.length && (j + k === to || after === undefined || after.kind === 'punct' || after.kind === 'quote' || isCueVerb(after))) return true;
  }
  return false;
}

/** The first comma within `max` tokens after a cue, outside quotations. */
function nextComma(work: Work, from: number, to: number, max: number): number {
  for (let j = from; j < to && j < from + max; j++) {
    if (work.tokens[j].text === ',' && !work.inQuote[j]) return j;
    if (work.tokens[j].text === ':' || work.tokens[j].text === ';') return -1;
  }
  return -1;
}

/** The reported clause ends at the sentence's end, before a trailing ", sagte X",
 *  or before a second cue joined by "und": "…, dass A gelte, und erklärte, …". */
function clauseEnd(work: Work, from: number, end: number): number {
  const { tokens, inQuote } = work;
  let konj = false;
  for (let j = from; j < end; j++) {
    if (inQuote[j]) continue;
    const w = tokens[j].text;
    if (w === ',' && isCueVerb(tokens[j + 1]) && !isCueVerb(tokens[j + 2])) return j;
    if (w === ',' && trailingSo(tokens, j, end)) return j;
    if ((w === 'und' || w === 'sowie') && isCueVerb(tokens[j + 1]) && j > from + 2) return tokens[j - 1].text === ',' ? j - 1 : j;
    // "er sei unschuldig, erkannte das Gericht nicht an": after a Konjunktiv, a verb in the past is the narrator again
    if (konj && (w === ',' || w === 'und' || w === 'aber') && isPastVerb(tokens[j + 1])) return tokens[j - 1].text === ',' ? j - 1 : j;
    // "Annabi sei tot, doch ein Sprecher widersprach": a contrast in the indicative is the narrator's
    if (konj && w === ',' && CONTRAST.has(tokens[j + 1]?.text ?? '') && !konjunktivUntilComma(work, j + 2, end)) return j;
    if (!konj && isKonjunktiv(w, true)) konj = true;
  }
  return end;
}

/** "…, so der Minister." closing the sentence: a source named after the content, nothing else after it. */
function trailingSo(tokens: Token[], comma: number, end: number): boolean {
  const so = tokens[comma + 1];
  if (so?.text !== 'so' || end - comma - 2 < 1 || end - comma - 2 > 8) return false;
  if (!(isCapitalised(tokens[comma + 2]) || DETERMINERS.has(tokens[comma + 2].text))) return false;
  for (let k = comma + 2; k < end; k++) {
    const t = tokens[k];
    if (t.kind === 'quote' || isCueVerb(t) || (verbLike(t, FRAME_LINKS) && t.text !== 'weiter')) return false;
  }
  return true;
}

const CONTRAST: ReadonlySet<string> = new Set(['doch', 'aber', 'während', 'jedoch', 'wobei']);

function konjunktivUntilComma(work: Work, from: number, end: number): boolean {
  for (let k = from; k < end && work.tokens[k].text !== ','; k++) if (isKonjunktiv(work.tokens[k].text, true)) return true;
  return false;
}

/** A lower-case verb form in the simple past: "erkannte", "bemühte", "weigerten". */
function isPastVerb(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.text.length < 5 || isCapitalised(t)) return false;
  return (t.text.endsWith('te') || t.text.endsWith('ten')) && !DETERMINERS.has(t.text);
}

function firstMention(work: Work, mi: Int32Array, from: number, to: number): Found | null {
  for (let j = from; j < to; j++) if (mi[j] >= 0) return phraseAfter(work, mi, j, to);
  return null;
}

/** "heißt es in dem Bericht", "Im Abschlussbericht heißt es": the text it is said in is the source. */
function placeSource(work: Work, mi: Int32Array, from: number, to: number): Found | null {
  const { tokens } = work;
  for (let j = from; j < to && tokens[j].text !== ','; j++) {
    if (SOURCE_PLACES.has(tokens[j].text)) return phraseAfter(work, mi, j + 1, to);
  }
  return null;
}

const SOURCE_PLACES: ReadonlySet<string> = new Set([...IN_TEXT, 'aus', 'Aus']);

function lastCue(work: Work, from: number, to: number): number {
  for (let j = to - 1; j >= from; j--) if (isCueVerb(work.tokens[j])) return j;
  return -1;
}

function skipGenitive(tokens: Token[], j: number, end: number): number {
  while (j < end && (tokens[j].text === ',' || tokens[j].text === 'von')) j++;
  return j;
}

function clauseStartOf(tokens: Token[], i: number, floor: number): number {
  for (let j = i - 1; j >= floor; j--) if (tokens[j].text === ',' || tokens[j].text === ':' || tokens[j].kind === 'quote') return j + 1;
  return floor;
}
