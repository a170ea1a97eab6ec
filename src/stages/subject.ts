// Who is speaking: the noun phrase next to a cue verb, a pronoun followed back
// to the person it stands for, or a role resolved to the person in it.
//   "sagte der demokratische Senator Chris Murphy"   the phrase after the verb
//   "Trump erklärte dazu: …"                          the phrase before it
//   "…, erklärte er"                                  er → the person last in subject position
import { CUE_VERBS, DETERMINERS, METONYMS, FRONTED, NOT_NAMES, PERSONAL_PRONOUNS, SKIP_ADVERBS, SUBORDINATORS } from '../lexicon/index.js';
import type { Entity, ResolvedBy, Speaker } from '../schema/document.js';
import type { Mention, Token, Work } from '../types.js';
import { isCapitalised, isOrgWord, isRoleWord, roleOf } from './words.js';

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

export interface Found {
  from: number; // token range of the speaker mention
  to: number;
  mention: Mention | null;
  pronoun: boolean;
}

/** The speaker phrase starting at or shortly after token `i` (up to `limit`): "der US-Präsident", "Trump", "er". */
export function phraseAfter(work: Work, mi: Int32Array, i: number, limit: number): Found | null {
  const { tokens } = work;
  const stop = Math.min(limit, i + 8);
  for (let j = i; j < stop; j++) {
    const t = tokens[j];
    if (t.kind === 'punct' && t.text !== '-' ) return null;
    if (t.kind === 'quote') return null;
    if (mi[j] >= 0) return mentionFound(work, mi, j);
    if (PERSONAL_PRONOUNS.has(t.text)) return { from: j, to: j + 1, mention: null, pronoun: true };
    if (DETERMINERS.has(t.text) || SKIP_ADVERBS.has(t.text) || !isCapitalised(t) || NOT_NAMES.has(t.text)) continue;
    // An unknown capitalised word: a name the article did not introduce
    // ("sagte Müller"), or a noun phrase ("sagte der Student").
    let k = j;
    while (k < stop && isCapitalised(tokens[k]) && !isCueVerb(tokens[k])) {
      if (mi[k] >= 0) return mentionFound(work, mi, k);
      k++;
    }
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
  while (first < verb && (tokens[first].kind === 'quote' || tokens[first].kind === 'punct')) first++;
  if (first >= verb) return phraseAfter(work, mi, verb + 1, limit);
  const t = tokens[first];
  const lower = t.text.toLowerCase();
  // A verb-final clause ("wie das Weiße Haus mitteilte") against a fronted "Als Begründung sagte …".
  const next = tokens[verb + 1];
  const verbFinal = !next || next.kind === 'punct' || next.sentence !== t.sentence;
  if (SUBORDINATORS.has(lower) && verbFinal) return phraseAfter(work, mi, first + 1, verb) ?? phraseAfter(work, mi, verb + 1, limit);
  if (FRONTED.has(lower) || (t.kind !== 'word' && !PERSONAL_PRONOUNS.has(t.text))) return phraseAfter(work, mi, verb + 1, limit);
  if (isCueVerb(t)) return phraseAfter(work, mi, first + 1, limit);
  // "Dies ist …, wird Mike Downey zitiert": an unknown noun opening the clause
  // yields to a known speaker after the verb.
  const opening = phraseAfter(work, mi, first, verb);
  if (opening && !opening.mention && !opening.pronoun && !isRoleWord(tokens[opening.to - 1]) && !isOrgWord(tokens[opening.to - 1])) {
    const after = phraseAfter(work, mi, verb + 1, limit);
    if (after && (after.mention || after.pronoun)) return after;
  }
  return opening ?? phraseAfter(work, mi, verb + 1, limit);
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
      return { from: k, to: j + 1, mention: null, pronoun: false };
    }
    if (isCueVerb(t)) return null;
  }
  return null;
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
  const start = tokens[f.from].start;
  const end = tokens[f.to - 1].end;
  const mentionText = text.slice(start, end);
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
    return { text: mentionText, name: mentionText, role, type: role ? 'person' : 'unknown', resolvedBy: how, start, end, affiliation: null, entity: null };
  }
  return {
    text: mentionText,
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

/** The person a pronoun at token `i` stands for: the first person named in its
 *  sentence before it, else in the nearest sentence before that names one. */
export function antecedent(work: Work, mi: Int32Array, i: number): Entity | null {
  const { tokens, sentences } = work;
  const s = tokens[i].sentence;
  for (let k = s; k >= 0 && k >= s - 4; k--) {
    const sent = sentences[k];
    const end = k === s ? i : sent.tokenEnd;
    for (let j = Math.max(sent.tokenStart, i - 400); j < end; j++) {
      if (work.inQuote[j]) continue;
      const m = mi[j] >= 0 ? work.mentions[mi[j]] : null;
      if (m && m.entity >= 0 && work.entities[m.entity].type === 'person') return work.entities[m.entity];
    }
  }
  return null;
}

/** The entity a capitalised phrase names, added to the article's entities if new. */
function entityFor(work: Work, phrase: string): Entity {
  const words = phrase.split(/\s+/);
  const last = words[words.length - 1];
  const found = work.entities.find((e) => e.name === phrase || e.name.split(/\s+/).pop() === last);
  if (found) return found;
  const e: Entity = { id: `e${work.entities.length + 1}`, name: phrase, type: isOrgWord({ kind: 'word', text: last, start: 0, end: 0, sentence: 0 }) ? 'organization' : 'unknown', roles: [], affiliation: null, mentions: [] };
  work.entities.push(e);
  return e;
}
