// Reported speech: what is attributed without (only) quotation marks.
//   indirect       "Der Kreml erklärte, Putin sei bereit, …"  /  "Trump versicherte, dass …"  /  "die Forderung, …"
//   according-to   "Laut Bessent soll ein Abkommen …"  /  "…, wie das Weiße Haus mitteilte."  /  "Demnach …"
//   free-indirect  "Zudem habe Putin Trump nach Moskau eingeladen."  (Konjunktiv, no cue: the last speaker goes on)
//                  "Er soll Geld erhalten haben."  (hearsay)
//   reported       "Der Kreml bestätigte das Telefonat."  (a speech act without its content)
// The claim's text is the reported content, not its frame ("dass" stays: it opens
// the content); a speech act without content and a sentence of free indirect
// speech are claims as a whole, one claim a sentence; a free indirect sentence right
// after another of the same speaker (or, with no speaker found, another with none) in
// its paragraph `continues` it, so a passage of reported speech can be read as one.
// Its speaker is found like a quotation's
// (src/stages/subject.ts). A sentence may hold several claims:
//   "Sie pochte darauf, dass …, und erklärte, es sei …"
import { HEARSAY_MODALS, KONJUNKTIV, TAKEN_UP } from '../lexicon/index.js';
import type { Claim, ClaimKind, Cue, Speaker } from '../schema/document.js';
import type { Sentence, Token, Work } from '../types.js';
import { inBoilerplate, sentenceRef } from './document.js';
import { hearsay, isKonjunktiv, mainKonjunktiv, mainKonjunktivII } from './mood.js';
import { type Draft, hasKonjunktiv, hasQuote, reportAt, trimEnd, verbLike } from './report.js';
import { firstAtOrAfter } from './search.js';
import { onlyModifiers } from './phrase.js';
import { type Found, isCueVerb, lastNamed, mentionIndex, phraseAfter, toSpeaker } from './subject.js';
import { isOrgWord, isRoleWord } from './words.js';

const MOOD_WORDS: ReadonlySet<string> = new Set([...KONJUNKTIV, ...HEARSAY_MODALS]);

interface Last {
  speaker: Speaker | null;
  sentence: number;
  /** A report whose Konjunktiv the next sentences may go on in. */
  reported: boolean;
  subjunctive: boolean;
}

export function findClaims(work: Work): Work {
  const { tokens, sentences } = work;
  const mi = mentionIndex(work);
  const claims: Claim[] = [];
  let last: Last | null = null;
  // The last sentence that reported nothing: the Konjunktiv right after it may be its subject's view.
  let quiet: { s: Sentence; end: number } | null = null;
  let qi = 0;

  for (const s of sentences) {
    // Quotations of this sentence keep the chain of speakers going.
    while (qi < work.quotes.length && work.quotes[qi].sentence.index <= s.index) {
      const q = work.quotes[qi++];
      if (!q.speaker) continue;
      // A quotation between two Konjunktiv sentences of one speaker does not break the report.
      const same: boolean = last !== null && last.subjunctive && last.speaker?.entity != null && last.speaker.entity === q.speaker.entity && q.sentence.index - last.sentence <= 1;
      last = { speaker: q.speaker, sentence: q.sentence.index, reported: true, subjunctive: same };
    }
    if (s.heading || inBoilerplate(work, s.start)) continue;
    const end = trimEnd(tokens, s.tokenStart, s.tokenEnd);
    const drafts = reportsIn(work, mi, s, end);
    if (drafts.length === 0) {
      const fi = freeIndirect(work, s, end, last);
      if (fi) {
        // "Die Deichverwaltung sieht keine Gefahr. Die Deiche seien hoch genug.": a Konjunktiv I right after a
        // sentence that reports nothing gives the view of that sentence's subject, not of an older report.
        const taken = quiet !== null && quiet.s.index === s.index - 1 && mainKonjunktiv(tokens, work.inQuote, s.tokenStart, end, false) ? narrator(work, mi, quiet.s, quiet.end, last) : null;
        // the speaker going on is marked where the article last names them, in this sentence too:
        // "Obwohl Kern mit Mehreinnahmen rechne, sei man …", "Zwar sei es ein Anfang – so Kern –, doch …"
        const speaker = taken ?? (fi.speaker && lastNamed(work, mi, fi.speaker, tokens[fi.to - 1].end));
        const prev = claims[claims.length - 1];
        const c = makeClaim(work, claims.length, 'free-indirect', s.tokenStart, fi.to, null, speaker, s);
        claims.push(goesOn(work, prev, s, speaker) ? { ...c, continues: prev.id } : c);
        last = { speaker, sentence: s.index, reported: true, subjunctive: true };
      } else {
        quiet = { s, end };
      }
      continue;
    }
    for (const d of drafts) {
      const at = d.sentence === undefined ? s : sentences[d.sentence];
      // the sentence before may already hold a claim of its own
      if (at !== s && claims.length > 0 && claims[claims.length - 1].end > tokens[d.from].start) continue;
      let speaker = d.who ? toSpeaker(work, mi, d.who, d.how) : null;
      const near = last && s.index - last.sentence <= 2 ? last.speaker : null;
      if (!d.who && d.how === 'context') speaker = adverbSpeaker(work, d.cue, near);
      if (!speaker) work.warnings.push({ code: 'no-speaker', message: `no speaker found for the ${d.kind} claim in sentence ${s.index + 1}`, start: s.start, end: s.end });
      claims.push(makeClaim(work, claims.length, d.kind, d.from, d.to, d.cue, speaker, at));
      // "Demnach …" stands for the source; the sentences after it go on with the source as named
      const goesOn = !d.who && d.how === 'context' && near ? near : speaker;
      last = { speaker: goesOn, sentence: s.index, reported: true, subjunctive: reportMood(work, d) };
    }
  }
  return { ...work, claims };
}

/** Does a report speak in the Konjunktiv the next sentence may go on in? A main clause
 *  ("Putin sei bereit") or its content clause ("erklärte, dass die Lage ernst sei"). */
function reportMood(work: Work, d: Draft): boolean {
  const { tokens, inQuote } = work;
  if (mainKonjunktiv(tokens, inQuote, d.from, d.to, true)) return true;
  const first = tokens[d.from].text;
  return d.kind === 'indirect' && (first === 'dass' || first === 'ob') && hasKonjunktiv(work, d.from + 1, d.to);
}

/** Every report a sentence makes, left to right; each search goes on after the last content. */
function reportsIn(work: Work, mi: Int32Array, s: Sentence, end: number): Draft[] {
  const drafts: Draft[] = [];
  let j = s.tokenStart;
  while (j < end) {
    const d = reportAt(work, mi, s, j, end);
    if (!d) {
      j++;
      continue;
    }
    // "…, und erklärte, …": a second cue joined by "und" shares the first one's subject
    const prev = drafts[drafts.length - 1];
    if (prev && (work.tokens[d.cue - 1]?.text === 'und' || work.tokens[d.cue - 1]?.text === 'sowie') && d.cue > prev.cue && prev.who) d.who = prev.who;
    if (d.to > d.from && !overlapsLast(drafts, d)) drafts.push(d);
    j = Math.max(d.to, d.cue + 1, j + 1);
  }
  return drafts;
}

function overlapsLast(drafts: Draft[], d: Draft): boolean {
  const p = drafts[drafts.length - 1];
  return p !== undefined && d.from < p.to && p.from < d.to;
}

/**
 * "Demnach …": the adverb stands for the last source as a pronoun does, so it
 * is the mention and that source the name; with none near, the adverb alone.
 */
function adverbSpeaker(work: Work, at: number, near: Speaker | null): Speaker {
  const t = work.tokens[at];
  const place = { text: t.text, start: t.start, end: t.end };
  if (near) return { ...near, ...place, resolvedBy: 'context' };
  return { ...place, name: t.text, role: null, type: 'unknown', resolvedBy: 'context', affiliation: null, entity: null };
}

/** A sentence of Konjunktiv that goes on with the last report, or hearsay ("soll … haben"). */
function freeIndirect(work: Work, s: Sentence, end: number, last: Last | null): { to: number; speaker: Speaker | null } | null {
  const { tokens, inQuote } = work;
  if (end <= s.tokenStart || inQuote[s.tokenStart] || !moodMarked(work, s.tokenStart, end) || firstPerson(work, s.tokenStart, end)) return null;
  const near = last !== null && last.reported && s.index - last.sentence <= 2;
  const continuing = near && last!.sentence === s.index - 1 && last!.subjunctive;
  const to = withStop(tokens, end, s.tokenEnd);
  const speaker = near && last!.speaker ? { ...last!.speaker, resolvedBy: 'context' as const } : null;
  if (near && mainKonjunktiv(tokens, inQuote, s.tokenStart, end, continuing)) return { to, speaker };
  // "Die Regierung warnt vor weiteren Fluten. Die Dämme befänden sich an der Grenze.": after a report whose
  // mood was not the Konjunktiv, within a sentence of narration, a Konjunktiv II that is no modal goes on with it
  if (near && mainKonjunktivII(tokens, inQuote, s.tokenStart, end)) return { to, speaker };
  // A Konjunktiv I in a main clause is reported speech even where the report it goes on with was not found.
  if (mainKonjunktiv(tokens, inQuote, s.tokenStart, end, false)) return { to, speaker: last !== null && s.index - last.sentence <= 4 && last.speaker ? { ...last.speaker, resolvedBy: 'context' } : null };
  if (hearsay(tokens, inQuote, s.tokenStart, end, near && last!.sentence === s.index - 1)) return { to, speaker };
  return null;
}

/** "Die Studie … Viele Kliniken seien überfüllt. Es fehle an Personal.": a sentence of free indirect speech
 *  right after another of the same speaker in its paragraph goes on with the same report. With no speaker
 *  found for either, the two are still one passage of the same unnamed source. */
function goesOn(work: Work, prev: Claim | undefined, s: Sentence, speaker: Speaker | null): prev is Claim {
  const before = work.sentences[s.index - 1];
  if (prev === undefined || prev.kind !== 'free-indirect' || before === undefined || before.paragraph !== s.paragraph) return false;
  // the claim reaches into the sentence before
  if (prev.end <= work.tokens[before.tokenStart].start) return false;
  return prev.speaker?.name === speaker?.name && prev.speaker?.entity === speaker?.entity;
}

/**
 * Whose view a Konjunktiv right after sentence `s`, which reports nothing, gives: its subject, when
 * no report goes on from the sentence before it, or when `s` answers what was said ("Das Land
 * bestreitet dies."). Asked only when such a Konjunktiv follows.
 */
function narrator(work: Work, mi: Int32Array, s: Sentence, end: number, last: Last | null): Speaker | null {
  if (hasQuote(work, s)) return null;
  const speaks = takesUp(work, s, end);
  if (!(last === null || last.sentence < s.index || speaks)) return null;
  const who = sentenceSubject(work, mi, s, end) ?? (speaks ? phraseAfter(work, mi, s.tokenStart, s.tokenStart + 4, true) : null);
  return who ? toSpeaker(work, mi, who, 'context') : null;
}

/**
 * Who a sentence without a report is about, when that may be a source: a person, an organisation
 * or a role as the subject of its main clause.
 *   Die Deichverwaltung sieht keine Gefahr. Die Deiche seien hoch genug.  → die Deichverwaltung
 */
function sentenceSubject(work: Work, mi: Int32Array, s: Sentence, end: number): Found | null {
  const { tokens } = work;
  const reach = Math.min(end, s.tokenStart + SUBJECT_REACH);
  const who = phraseAfter(work, mi, s.tokenStart, reach, true);
  if (who && !who.pronoun) {
    const m = who.mention;
    const source = m ? m.entity >= 0 || m.kind === 'role' : isRoleWord(tokens[who.to - 1]) || isOrgWord(tokens[who.to - 1]);
    if (source) return who;
  }
  // "Mit Kritik an dem Plan hält sich Ministerin Roth zurück": after a fronted phrase, a name right after the verb
  let verb = s.tokenStart + 1;
  // the finite verb of the main clause: the first word like a verb
  while (verb < reach && !verbLike(tokens[verb])) verb++;
  const after = verb < reach ? phraseAfter(work, mi, verb + 1, reach, true) : null;
  const known = after?.mention && after.mention.entity >= 0 && after.from <= verb + 2 && onlyModifiers(tokens, verb + 1, after.from);
  return known ? after : null;
}

/** "Der Verband bestreitet dies.": a cue verb whose object stands for what was said before; its subject answers. */
function takesUp(work: Work, s: Sentence, end: number): boolean {
  const { tokens } = work;
  for (let j = s.tokenStart + 1; j < end - 1; j++) {
    if (isCueVerb(tokens[j]) && TAKEN_UP.has(tokens[j + 1].text)) return true;
  }
  return false;
}

// How far into a sentence its subject is looked for, in tokens.
const SUBJECT_REACH = 12;

/** Any Konjunktiv or modal of hearsay outside quotations: most sentences have none. */
function moodMarked(work: Work, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (!work.inQuote[j] && (MOOD_WORDS.has(work.tokens[j].text) || isKonjunktiv(work.tokens[j].text, false))) return true;
  return false;
}

/** "Ich war gerade in Nordkorea und habe …": an interview answer, not reported speech. */
function firstPerson(work: Work, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const w = work.tokens[j].text;
    if (!work.inQuote[j] && (w === 'ich' || w === 'Ich' || w === 'wir' || w === 'Wir')) return true;
  }
  return false;
}

/** A whole sentence as a claim keeps its final stop. */
function withStop(tokens: Token[], end: number, sentenceEnd: number): number {
  return end < sentenceEnd && (tokens[end].text === '.' || tokens[end].text === '!' || tokens[end].text === '?') ? end + 1 : end;
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
    continues: null,
  };
}

/** Ids of the quotations inside start..end (quotes are sorted by offset). */
function quotesWithin(work: Work, start: number, end: number): string[] {
  const qs = work.quotes;
  const ids: string[] = [];
  for (let k = firstAtOrAfter(qs, start); k < qs.length && qs[k].start < end; k++) if (qs[k].end <= end) ids.push(qs[k].id);
  return ids;
}
