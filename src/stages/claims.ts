// Reported speech: what is attributed without (only) quotation marks.
//   indirect       "Der Kreml erklärte, Putin sei bereit, …"  /  "Trump versicherte, dass …"
//   according-to   "Laut Bessent soll ein Abkommen …"  /  "…, wie das Weiße Haus mitteilte."
//   free-indirect  "Zudem habe Putin Trump nach Moskau eingeladen."  (Konjunktiv, no cue: the last speaker goes on)
//   reported       "Der Kreml bestätigte das Telefonat."  (a speech act without its content)
// The claim's text is the reported content, not its frame; its speaker is found
// like a quotation's (src/stages/subject.ts).
import { ACCORDING_NOUNS, CUE_VERBS, KONJUNKTIV_I, KONJUNKTIV_II } from '../lexicon/index.js';
import type { Claim, ClaimKind, Cue, Speaker } from '../schema/document.js';
import type { Sentence, Token, Work } from '../types.js';
import { inBoilerplate, sentenceRef } from './document.js';
import { firstAtOrAfter } from './search.js';
import { isCapitalised } from './words.js';
import { type Found, isCueVerb, mentionIndex, phraseAfter, phraseBefore, subjectOf, toSpeaker } from './subject.js';

const STOP_AT = new Set(['.', '!', '?', ';']);
// How far rules look around a cue, in tokens: keeps run-on text linear.
const WINDOW = 80;
// Verbs of saying proper: their clause is reported content whatever its mood
// ("sagte, die Lage ist ernst"); other cues need a Konjunktiv, "dass" or "zu".
const SAYING = /^(ge)?(sag|erklär|beton|bericht|mein|schrieb|schreib|versicher|bekräftig|warn|behaupt|antwort|ergänz|unterstrich|äußer|mitteil|teilte|hinzufüg|fügte|räumte|stellte|schätz|glaub|hoff|fürcht|befürcht)/;

interface Draft {
  kind: ClaimKind;
  from: number; // content token range
  to: number;
  cue: number;
  who: Found | null;
  how: 'explicit' | 'context';
}

export function findClaims(work: Work): Work {
  const { tokens, sentences } = work;
  const mi = mentionIndex(work);
  const claims: Claim[] = [];
  let last: { speaker: Speaker | null; sentence: number; reported: boolean; subjunctive?: boolean } | null = null;
  let qi = 0;

  for (const s of sentences) {
    // Quotations of this sentence keep the chain of speakers going.
    while (qi < work.quotes.length && work.quotes[qi].sentence.index <= s.index) {
      const q = work.quotes[qi++];
      if (q.speaker) last = { speaker: q.speaker, sentence: q.sentence.index, reported: true };
    }
    if (s.heading || inBoilerplate(work, s.start)) continue;
    const draft = reportIn(work, mi, s);
    let speaker: Speaker | null = null;
    if (draft) {
      speaker = draft.who ? toSpeaker(work, mi, draft.who, draft.how) : null;
    } else if (last && s.index - last.sentence <= 2 && last.reported && konjunktivClause(work, s, last.sentence === s.index - 1 && last.subjunctive === true)) {
      const to = trimEnd(tokens, s.tokenStart, s.tokenEnd);
      if (to > s.tokenStart && !work.inQuote[s.tokenStart]) {
        speaker = last.speaker ? { ...last.speaker, resolvedBy: 'context' } : null;
        claims.push(makeClaim(work, claims.length, 'free-indirect', s.tokenStart, to, null, speaker, s));
        last = { speaker, sentence: s.index, reported: true, subjunctive: true };
      }
      continue;
    }
    if (!draft) continue;
    if (draft.to <= draft.from) continue;
    if (!speaker) work.warnings.push({ code: 'no-speaker', message: `no speaker found for the ${draft.kind} claim in sentence ${s.index + 1}`, start: s.start, end: s.end });
    claims.push(makeClaim(work, claims.length, draft.kind, draft.from, draft.to, draft.cue, speaker, s));
    last = { speaker, sentence: s.index, reported: draft.kind !== 'reported', subjunctive: hasKonjunktiv(work, draft.from, draft.to) };
  }
  return { ...work, claims };
}

/** The report a sentence makes, if any: its kind, content and speaker phrase. */
function reportIn(work: Work, mi: Int32Array, s: Sentence): Draft | null {
  const { tokens } = work;
  const end = trimEnd(tokens, s.tokenStart, s.tokenEnd);
  for (let j = s.tokenStart; j < end; j++) {
    if (work.inQuote[j]) continue;
    const t = tokens[j];
    // Laut X … / Nach Angaben von X … / Nach Darstellung des Kremls …
    // (one adjective may stand between: "Nach offiziellen Angaben")
    const noun = ACCORDING_NOUNS.has(tokens[j + 1]?.text ?? '') ? j + 1 : ACCORDING_NOUNS.has(tokens[j + 2]?.text ?? '') && !isCapitalised(tokens[j + 1]) ? j + 2 : -1;
    if (t.text === 'laut' || t.text === 'Laut' || ((t.text === 'nach' || t.text === 'Nach') && noun > 0)) {
      const at = t.text.toLowerCase() === 'laut' ? j + 1 : noun + 1;
      const who = phraseAfter(work, mi, at, Math.min(at + 8, end));
      if (!who) continue;
      const after = skipGenitive(tokens, who.to, end);
      const [from, to] = j === s.tokenStart ? [after, end] : [s.tokenStart, j > s.tokenStart && tokens[j - 1].text === ',' ? j - 1 : j];
      return { kind: 'according-to', from: j === s.tokenStart ? from : s.tokenStart, to: j === s.tokenStart ? end : to, cue: j, who, how: 'explicit' };
    }
    // X zufolge …
    if (t.text === 'zufolge') {
      const who = phraseBefore(work, mi, j, s.tokenStart);
      if (who) return { kind: 'according-to', from: who.from === s.tokenStart ? j + 1 : s.tokenStart, to: end, cue: j, who, how: 'explicit' };
    }
    // …, wie das Weiße Haus mitteilte.  /  …, so Peskow.
    if (t.text === ',' && (tokens[j + 1]?.text === 'wie' || tokens[j + 1]?.text === 'so') && j > s.tokenStart + 2) {
      const verb = tokens[j + 1].text === 'wie' ? lastCue(work, j + 2, end) : -1;
      if (verb >= 0 || tokens[j + 1].text === 'so') {
        const who = phraseAfter(work, mi, j + 2, verb >= 0 ? verb : end);
        if (who && !work.inQuote[j - 1]) return { kind: 'according-to', from: s.tokenStart, to: j, cue: verb >= 0 ? verb : j + 1, who, how: 'explicit' };
      }
    }
    if (!isCueVerb(t)) continue;
    const needs = CUE_VERBS.get(t.text)!;
    // Content first, cue after: "Putin sei bereit, …, sagte Peskow."
    if (tokens[j - 1]?.text === ',' && j - 1 > s.tokenStart + 2 && !work.inQuote[j - 2] && hasKonjunktiv(work, Math.max(s.tokenStart, j - WINDOW), j - 1)) {
      const who = phraseAfter(work, mi, j + 1, end);
      return { kind: 'indirect', from: s.tokenStart, to: j - 1, cue: j, who, how: 'explicit' };
    }
    // Cue, then a comma and the reported clause: "erklärte, Putin sei bereit" / "betonte, dass …".
    const comma = nextComma(work, j + 1, end, 8);
    const particleOk = needs.some((v) => !v.particle || hasParticle(tokens, j + 1, comma >= 0 ? comma : end, v.particle));
    if (!particleOk) continue;
    const clauseFirst = clauseStartOf(tokens, j, s.tokenStart);
    if (comma >= 0 && !work.inQuote[comma + 1]) {
      let from = comma + 1;
      if (tokens[from]?.text === 'dass' || tokens[from]?.text === 'ob') from++;
      const to = clauseEnd(work, from, end);
      // "…, sagte Kremlsprecher Dmitri Peskow" at the end names the speaker; "Aus dem Kreml hieß es" the source.
      const who =
        (to < end ? phraseAfter(work, mi, to + 2, end) : null) ??
        (t.text === 'hieß' || t.text === 'heißt' ? mentionIn(work, mi, clauseFirst, j) : subjectOf(work, mi, j, clauseFirst, comma));
      if (to - from >= 3 && (SAYING.test(t.text) || reportedClause(work, comma + 1, to))) return { kind: 'indirect', from, to, cue: j, who, how: 'explicit' };
    }
    // A speech act with an object and no clause: "Der Kreml bestätigte das Telefonat."
    if (comma < 0 && !hasQuote(work, s) && j + 2 < end && tokens[j + 1].kind === 'word' && needs.every((v) => !v.particle)) {
      const who = subjectOf(work, mi, j, clauseFirst, end);
      if (who && (who.mention || who.pronoun) && who.from < j) return { kind: 'reported', from: j + 1, to: end, cue: j, who, how: 'explicit' };
    }
  }
  return null;
}

/** Does a clause after a cue carry reported content: "dass …", "ob …", a
 *  Konjunktiv ("Putin sei bereit"), or an infinitive ("Selenskyj … zu informieren")? */
function reportedClause(work: Work, from: number, to: number): boolean {
  const first = work.tokens[from].text;
  if (first === 'dass' || first === 'ob' || first === 'wie' || first === 'warum') return true;
  for (let j = from; j < to; j++) {
    const w = work.tokens[j].text;
    if (work.inQuote[j]) return true;
    if (KONJUNKTIV_I.has(w) || KONJUNKTIV_II.has(w) || w === 'zu') return true;
  }
  return false;
}

/** A finite Konjunktiv I outside quotations (II only where it continues a report). */
function konjunktivClause(work: Work, s: Sentence, continuing: boolean): boolean {
  for (let j = s.tokenStart; j < s.tokenEnd; j++) {
    if (work.inQuote[j]) continue;
    const w = work.tokens[j].text;
    if (KONJUNKTIV_I.has(w) || (continuing && KONJUNKTIV_II.has(w))) return true;
  }
  return false;
}

function hasKonjunktiv(work: Work, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (!work.inQuote[j] && (KONJUNKTIV_I.has(work.tokens[j].text) || KONJUNKTIV_II.has(work.tokens[j].text))) return true;
  return false;
}

function hasQuote(work: Work, s: Sentence): boolean {
  for (let j = s.tokenStart; j < s.tokenEnd; j++) if (work.inQuote[j]) return true;
  return false;
}

function hasParticle(tokens: Token[], from: number, to: number, particle: string): boolean {
  const first = particle.split(' ')[0];
  for (let j = from; j < to; j++) if (tokens[j].text === first) return true;
  return false;
}

/** The first comma within `max` tokens after a cue, outside quotations. */
function nextComma(work: Work, from: number, to: number, max: number): number {
  for (let j = from; j < to && j < from + max; j++) {
    if (work.tokens[j].text === ',' && !work.inQuote[j]) return j;
    if (work.tokens[j].text === ':' || work.inQuote[j]) return -1;
  }
  return -1;
}

/** The reported clause ends at the sentence's end or before a trailing ", sagte X". */
function clauseEnd(work: Work, from: number, end: number): number {
  for (let j = from; j < end; j++) if (work.tokens[j].text === ',' && !work.inQuote[j] && isCueVerb(work.tokens[j + 1])) return j;
  return end;
}

function mentionIn(work: Work, mi: Int32Array, from: number, to: number): Found | null {
  for (let j = from; j < to; j++) if (mi[j] >= 0) return phraseAfter(work, mi, j, to);
  return null;
}

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

/** The last content token: drop the final stop and closing marks. */
function trimEnd(tokens: Token[], from: number, to: number): number {
  while (to > from && (STOP_AT.has(tokens[to - 1].text) || tokens[to - 1].text === ',')) to--;
  return to;
}

function makeClaim(work: Work, n: number, kind: ClaimKind, from: number, to: number, cue: number | null, speaker: Speaker | null, s: Sentence): Claim {
  const { tokens, text } = work;
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  const cueSpan: Cue | null = cue === null ? null : { text: tokens[cue].text, start: tokens[cue].start, end: tokens[cue].end };
  return {
    id: `c${n + 1}`,
    kind,
    text: text.slice(start, end),
    start,
    end,
    sentence: sentenceRef(work, s.index),
    speaker,
    cue: cueSpan,
    quoteIds: quotesWithin(work, start, end),
  };
}

/** Ids of the quotations inside start..end (quotes are sorted by offset). */
function quotesWithin(work: Work, start: number, end: number): string[] {
  const qs = work.quotes;
  const ids: string[] = [];
  for (let k = firstAtOrAfter(qs, start); k < qs.length && qs[k].start < end; k++) if (qs[k].end <= end) ids.push(qs[k].id);
  return ids;
}
