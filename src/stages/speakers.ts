// Attribute each quotation to its speaker and cue, trying the patterns news
// uses, nearest first:
//   „…“, sagte Trump.  /  „…“, so Peskow.          cue after the closing mark
//   Trump erklärte dazu: „…“                        cue before, with a colon
//   Er bezeichnete … als „praktisch ausgeschlossen“ cue in the same sentence
//   Trump: Rückkehr … „unwahrscheinlich“           headline "Speaker:" style
//   Erklärte er … . „Ich glaube, …“                  a quote alone continues the last speaker
import { ACCORDING_NOUNS, AUXILIARIES, CLAUSE_LINKS, CUE_VERBS, DETERMINERS, FRAME_NOUNS, GENITIVE_DETERMINERS, KONJUNKTIV, LIST_LINKS, MASCULINE_NOMINATIVE, OBLIQUE, PERSONAL_PRONOUNS, POSSESSIVES, RELATIVE_PRONOUNS, SUBORDINATORS, TAKE_UP, VOLITION } from '../lexicon/index.js';
import type { Cue, Quote, Speaker } from '../schema/document.js';
import type { Token, Work } from '../types.js';
import { inBoilerplate, sentenceRef } from './document.js';
import { mainKonjunktiv } from './mood.js';
import { quoteKind } from './quote-kind.js';
import { isAdjective, onlyModifiers } from './phrase.js';
import { attributive, type Found, isCueVerb, isPassive, lastNamed, mentionIndex, named, passiveAgent, phraseAfter, phraseBefore, subjectOf, toSpeaker } from './subject.js';
import { isCapitalised } from './words.js';

// How far rules look around a quotation, in tokens: keeps run-on text linear.
const WINDOW = 80;

export function attributeQuotes(work: Work): Work {
  const { tokens } = work;
  const mi = mentionIndex(work);
  const byStart = new Map<number, number>();
  tokens.forEach((t, i) => t.kind === 'quote' && byStart.set(t.start, i));
  const quotes: Quote[] = [];
  let last = null as { speaker: Speaker; sentence: number } | null;

  for (const q of work.quoteSpans) {
    if (q.depth > 0 || inBoilerplate(work, q.open)) continue;
    const openTok = byStart.get(q.open);
    const closeTok = byStart.get(q.close);
    if (openTok === undefined || closeTok === undefined) continue;
    const kind = quoteKind(work, q, openTok, closeTok);
    if (!kind) continue;
    const found = findSpeaker(work, mi, openTok, closeTok) ?? nextSpeaker(work, mi, openTok, closeTok);
    let speaker = found?.who ? toSpeaker(work, mi, found.who, found.how) : null;
    const sentence = tokens[openTok].sentence;
    const agentless = found !== null && found.who === null; // a passive cue names no speaker
    // A quotation alone: who the sentence before has speak, unless the last quotation's speaker
    // goes on from there ("X sagte: „…“ „…“"); else the last speaker, else whom that sentence names.
    if (!speaker && !agentless) {
      const cued = last !== null && last.sentence >= sentence - 1 ? null : cueSpeaker(work, mi, openTok);
      const goesOn = last !== null && (sentence - last.sentence <= 2 || reportedSince(work, last.sentence, sentence));
      // "„…“, sagte die Ministerin. Ihr Sprecher Tobias Kern war eingeweiht. „…“": a new person as the subject of the sentence between takes over.
      const taken = last && goesOn && last.sentence < sentence - 1 ? newSubject(work, mi, sentence - 1, last.speaker) : null;
      speaker = cued ?? taken ?? (last && goesOn ? lastNamed(work, mi, { ...last.speaker, resolvedBy: 'context' }, q.open) : contextSpeaker(work, mi, openTok));
    }
    if (speaker) last = { speaker, sentence: tokens[closeTok].sentence };
    const cue: Cue | null = found?.cue !== undefined ? span(work, found.cue) : null;
    quotes.push({
      id: `q${quotes.length + 1}`,
      kind,
      text: work.text.slice(q.start, q.end),
      start: q.start,
      end: q.end,
      sentence: sentenceRef(work, sentence),
      speaker,
      cue,
    });
  }
  return { ...work, quotes };
}

interface Attribution {
  /** null: the cue is passive and names nobody ("Ihm wurde vorgeworfen, …"). */
  who: Found | null;
  cue?: number;
  how: 'explicit' | 'context';
}

export function findSpeaker(work: Work, mi: Int32Array, openTok: number, closeTok: number): Attribution | null {
  const { tokens, sentences } = work;
  const sOpen = sentences[tokens[openTok].sentence];
  const sClose = sentences[tokens[closeTok].sentence];
  // man könne laut Klinikdirektor Prof. Dr. Eva M. Vogt „…“: the source right before the quotation.
  const source = lautBefore(work, mi, sOpen.tokenStart, openTok);
  if (source) return source;
  const framed = attributiveFrame(work, mi, sOpen.tokenStart, openTok, closeTok);
  if (framed) return framed;
  // „…“, sagte X  /  „…“, so X  /  „…“ – so X
  let k = closeTok + 1;
  if (tokens[k]?.text === ',' || (k < tokens.length && isDash(tokens, k))) k++;
  const t = tokens[k];
  if (t && t.sentence === sClose.index) {
    if (isCueVerb(t)) {
      const who = phraseAfter(work, mi, k + 1, sClose.tokenEnd, true);
      // „…“, zitiert die Zeitung den Minister: who is cited speaks.
      const cited = who && /^zitierte?n?$/.test(t.text) ? named(phraseAfter(work, mi, who.to, sClose.tokenEnd)) : null;
      if (cited && OBLIQUE.has(tokens[cited.from - 1]?.text ?? '')) return { who: cited, cue: k, how: 'explicit' };
      if (who) return { who, cue: k, how: 'explicit' };
    } else if (t.text === 'so' && (tokens[k - 1]?.text === ',' || isDash(tokens, k - 1))) {
      const who = phraseAfter(work, mi, k + 1, sClose.tokenEnd, true);
      if (who) return { who, cue: k, how: 'explicit' };
    } else if (tokens[k - 1]?.text === ',' && t.kind === 'word' && !isCapitalised(t) && !CLAUSE_LINKS.has(t.text) && !OBLIQUE.has(t.text)) {
      // „…“, strich Hartmann heraus / ließ ein Sprecher verlauten: a verb the lexicon lacks, then a known subject.
      const who = phraseAfter(work, mi, k + 1, sClose.tokenEnd, true);
      if (who && (named(who) || onlyModifiers(tokens, k + 1, who.from)) && who.from <= k + 3) return { who, cue: k, how: 'explicit' };
    }
  }
  // X sagte: „…“  /  Dazu sagte X: „…“  /  Trump: Rückkehr …
  const floor = sOpen.tokenStart;
  // …, Miriam Haddad („Mir fällt niemand ein …“), …: a quotation in brackets after a name.
  if (tokens[openTok - 1]?.text === '(') {
    const who = named(phraseBefore(work, mi, openTok - 1, floor));
    if (who) return { who, how: 'explicit' };
  }
  const headline = headlineSpeaker(work, mi, floor, openTok);
  if (headline) return headline;
  const near = Math.max(floor, openTok - WINDOW);
  const far = Math.min(sClose.tokenEnd, closeTok + WINDOW);
  const byVerb = verbSpeaker(work, mi, near, openTok, closeTok, far, floor, sClose.tokenEnd);
  // A named subject of a cue verb outranks a source: "Laut Teilnehmern sagte die Kanzlerin: „…“".
  if (named(byVerb?.who ?? null)) return byVerb;
  const holder = viewHolder(work, mi, floor, openTok);
  if (holder) return holder;
  // Laut Bessent … „…“  /  Bessent zufolge … „…“ — the source nearest the quotation, before it first:
  // "Nach Angaben der Polizei soll es …, die nach Bewertung der Staatsanwaltschaft „…“ hergibt".
  for (let step = 0; step < far - near; step++) {
    const j = step < openTok - near ? openTok - 1 - step : closeTok + 1 + step - (openTok - near);
    if (j >= far) break;
    const w = tokens[j].text;
    if (w === 'nach' && ACCORDING_NOUNS.has(tokens[j - 1]?.text ?? '') && POSSESSIVES.has(tokens[j - 2]?.text ?? '')) {
      // Seiner Ansicht nach „…“: the possessive and its noun are the mention, the possessive stands for the speaker.
      return { who: { from: j - 2, to: j, mention: null, pronoun: true }, cue: j - 1, how: 'explicit' };
    } else if (w === 'nach' || w === 'Nach') {
      // nach Angaben von X / nach den Worten des Ministers / nach eigenen Angaben
      let n = j + 1;
      while (n < j + 3 && (DETERMINERS.has(tokens[n]?.text ?? '') || isAdjective(tokens[n]))) n++;
      if (!ACCORDING_NOUNS.has(tokens[n]?.text ?? '')) continue;
      const who = phraseAfter(work, mi, n + 1, Math.min(n + 8, sClose.tokenEnd));
      if (who) return { who, cue: n, how: 'explicit' };
    } else if (w === 'so' && tokens[j - 1]?.text === ',') {
      const who = phraseAfter(work, mi, j + 1, Math.min(j + 8, sClose.tokenEnd));
      if (who && onlyModifiers(tokens, j + 1, who.from)) return { who, cue: j, how: 'explicit' };
    } else if (w === 'laut' || w === 'Laut') {
      const who = phraseAfter(work, mi, j + 1, Math.min(j + 6, sClose.tokenEnd));
      if (who) return { who, cue: j, how: 'explicit' };
    } else if (w === 'zufolge') {
      const who = phraseBefore(work, mi, j, floor);
      if (who) return { who, cue: j, how: 'explicit' };
    }
  }
  if (byVerb) return byVerb;
  // Zunächst wollte sie „einen Entwurf mit drei Varianten vorlegen“: who wants it says it.
  for (let j = openTok - 1; j >= floor && j >= openTok - 4 && tokens[j].kind === 'word'; j--) {
    if (!VOLITION.has(tokens[j].text)) continue;
    const who = named(subjectOf(work, mi, j, clauseStart(tokens, j, floor), openTok));
    if (who) return { who, cue: j, how: 'context' };
    break;
  }
  // Der Leiter der Studie sieht die Verantwortung beim Staat: „…“ — the subject of the clause before the colon.
  // Den Unmut brachte die Sprecherin der Fraktion, Sabine Roth-Albers, zum Ausdruck: „…“ — past an apposition.
  if (tokens[openTok - 1]?.text === ':') {
    const first = clauseStart(tokens, openTok - 1, floor);
    const owner = frameOwner(work, mi, first, openTok - 1);
    if (owner) return { who: owner, how: 'context' };
    const who = named(phraseAfter(work, mi, first, openTok - 1, true)) ?? (first > floor && !SUBORDINATORS.has(tokens[floor].text.toLowerCase()) ? named(phraseAfter(work, mi, floor, openTok - 1, true)) : null);
    if (who) return { who, how: 'context' };
    // Den Unmut der Partei brachte die Sprecherin der Fraktion zum Ausdruck: „…“ — an object opens the clause,
    // the person right after its verb is the subject.
    const fronted = subjectAfterVerb(work, mi, first, openTok - 1);
    if (fronted) return { who: fronted, how: 'context' };
    // Höhnisch veröffentlichte der Verfasser folgenden Kommentar: „…“ — the subject right after the verb.
    let comma = openTok - 2;
    while (comma > floor && comma > openTok - 20 && tokens[comma].text !== ',') comma--;
    const verb = tokens[comma + 1];
    const article = tokens[comma + 2]?.text ?? '';
    if (comma >= floor && tokens[comma].text === ',' && verb.kind === 'word' && !isCapitalised(verb) && !OBLIQUE.has(verb.text) && !CLAUSE_LINKS.has(verb.text) && MASCULINE_NOMINATIVE.has(article)) {
      const after = phraseAfter(work, mi, comma + 2, openTok - 1, true);
      if (after && after.from <= comma + 3) return { who: after, how: 'context' };
    }
  }
  // Er habe „nicht den Eindruck, …“: a Konjunktiv sentence speaks for its subject.
  for (let j = near; j < far; j++) {
    if (j >= openTok && j <= closeTok) continue;
    if (KONJUNKTIV.has(tokens[j].text)) {
      const who = subjectOf(work, mi, j, clauseStart(tokens, j, floor), openTok);
      // Only a personal pronoun: a named subject is what the sentence is about ("sei die Regierung in der
      // Lage"), and so is a thing taken up by "dieser" ("Dieser bestehe aus „…“ Maßnahmen").
      if (who?.pronoun && PERSONAL_PRONOUNS.has(tokens[who.from].text)) return { who, how: 'context' };
      break;
    }
  }
  return null;
}

/** The known person or pronoun right after the finite verb of a clause opened by an object:
 *  "Den Unmut der Partei brachte die Sprecherin zum Ausdruck". */
function subjectAfterVerb(work: Work, mi: Int32Array, first: number, end: number): Found | null {
  const { tokens } = work;
  if (!OBLIQUE.has(tokens[first].text)) return null;
  let verb = first + 1;
  while (verb < end && verb < first + 10 && tokens[verb].kind === 'word' && (isCapitalised(tokens[verb]) || DETERMINERS.has(tokens[verb].text) || (isAdjective(tokens[verb]) && attributive(tokens, verb)) || OBLIQUE.has(tokens[verb].text))) verb++;
  const v = tokens[verb];
  if (verb >= end || v.kind !== 'word' || isCapitalised(v) || AUXILIARIES.has(v.text)) return null;
  const who = named(phraseAfter(work, mi, verb + 1, end, true));
  return who && !who.pronoun && onlyModifiers(tokens, verb + 1, who.from) ? who : null;
}

/** "laut X „…“": a "laut" phrase that ends where the quotation opens. */
function lautBefore(work: Work, mi: Int32Array, floor: number, openTok: number): Attribution | null {
  const { tokens } = work;
  for (let j = openTok - 2; j >= floor && j >= openTok - 12; j--) {
    const w = tokens[j].text;
    if (w === 'laut' || w === 'Laut') {
      const who = named(phraseAfter(work, mi, j + 1, openTok));
      return who && who.to === openTok ? { who, cue: j, how: 'explicit' } : null;
    }
    if (tokens[j].kind !== 'word' && w !== '.') return null;
  }
  return null;
}

/** "Das Fazit von Petra Lindner überrascht nicht: „…“": the owner of a frame noun opening the clause. */
function frameOwner(work: Work, mi: Int32Array, first: number, end: number): Found | null {
  const { tokens } = work;
  const noun = phraseAfter(work, mi, first, end, true);
  if (!noun || noun.mention || !FRAME_NOUNS.has(tokens[noun.to - 1].text)) return null;
  const link = tokens[noun.to]?.text ?? '';
  if (link !== 'von' && link !== 'vom' && !GENITIVE_DETERMINERS.has(link)) return null;
  const owner = named(phraseAfter(work, mi, noun.to + 1, Math.min(end, noun.to + 6)));
  return owner && onlyModifiers(tokens, noun.to + 1, owner.from) ? owner : null;
}

/** "Für den Theologen Paul Ebner sei der Rücktritt „verständlich“": a person after "Für" opening the
 *  sentence, then its verb, holds the view the quotation gives. */
function viewHolder(work: Work, mi: Int32Array, floor: number, openTok: number): Attribution | null {
  const { tokens } = work;
  if (tokens[floor].text !== 'Für' || openTok - floor > WINDOW) return null;
  // "den Theologen Paul Ebner": determiners, adjectives and nouns up to a person's name or role
  let j = floor + 1;
  // (a noun only right before the name: not "Für die Kinder des Ministers")
  while (j < openTok && j < floor + 6 && mi[j] < 0 && (DETERMINERS.has(tokens[j].text) || isAdjective(tokens[j]) || (isCapitalised(tokens[j]) && mi[j + 1] >= 0))) j++;
  const who = mi[j] >= 0 ? phraseAfter(work, mi, j, openTok) : null;
  const m = who?.mention;
  if (!who || !m || !(m.kind === 'role' || work.entities[m.entity]?.type === 'person')) return null;
  let k = who.to;
  // "Für Bildungssenator Karl Brandt (SPD) ist …"
  if (tokens[k]?.text === '(') while (k < openTok && tokens[k].text !== ')') k++;
  if (tokens[k]?.text === ')') k++;
  const verb = tokens[k];
  return verb && k < openTok && verb.kind === 'word' && !isCapitalised(verb) && !DETERMINERS.has(verb.text) && !OBLIQUE.has(verb.text) ? { who, cue: floor, how: 'explicit' } : null;
}

/** "In dem als „lang und sehr produktiv“ beschriebenen Telefonat", "das von der Opposition als „Farce“
 *  bezeichnete Verfahren": a cue participle used as an adjective is a passive; its agent is a "von"
 *  phrase before "als", or nobody named. */
function attributiveFrame(work: Work, mi: Int32Array, floor: number, openTok: number, closeTok: number): Attribution | null {
  const { tokens } = work;
  const p = tokens[closeTok + 1];
  if (tokens[openTok - 1]?.text !== 'als' || !p || p.kind !== 'word' || !isCapitalised(tokens[closeTok + 2] ?? p)) return null;
  const stem = p.text.replace(/(?:en|er|es|em|e)$/, '');
  if (stem === p.text || !CUE_VERBS.has(stem) || !PARTICIPLE_FORM.test(stem)) return null;
  for (let k = openTok - 2; k >= floor && k >= openTok - 8 && tokens[k].kind === 'word'; k--) {
    if (tokens[k].text === 'von' || tokens[k].text === 'vom') return { who: phraseAfter(work, mi, k + 1, openTok - 1), cue: closeTok + 1, how: 'explicit' };
  }
  return { who: null, cue: closeTok + 1, how: 'explicit' };
}

// "bezeichnet", "beschrieben", "eingestuft", "kritisiert": the forms a participle adjective is built on.
const PARTICIPLE_FORM = /^\p{Ll}+(?:t|en)$/u;

/** The subject of the cue verb nearest the quotation (a passive cue's "von" agent, or nobody). */
function verbSpeaker(work: Work, mi: Int32Array, near: number, openTok: number, closeTok: number, far: number, floor: number, end: number): Attribution | null {
  const { tokens } = work;
  let verb = nearestCue(work, near, openTok, closeTok, far);
  if (verb < 0) return null;
  const before = verb < openTok;
  let first = clauseStart(tokens, before ? verb : openTok, floor);
  // "Er glaubt, dass das Team gestärkt hervorgegangen sei: „…“": a cue inside the content
  // of an earlier cue; who holds the whole speaks.
  if (before && tokens[openTok - 1]?.text === ':' && (tokens[first]?.text === 'dass' || tokens[first]?.text === 'ob')) {
    const outer = nearestCue(work, Math.max(floor, near), first - 1, first - 1, first - 1);
    if (outer >= 0) {
      verb = outer;
      first = clauseStart(tokens, outer, floor);
    }
  }
  // „…“, wie Bauer zitiert wird: a subordinate clause after the quotation.
  // „…“ sei, hatte Koch-Mehrin gesagt: the clause after the last comma.
  if (!before) {
    const c = clauseStart(tokens, verb, closeTok + 1);
    if (SUBORDINATORS.has(tokens[c]?.text ?? '')) first = c;
    else {
      let comma = verb - 1;
      while (comma > closeTok && tokens[comma].text !== ',') comma--;
      if (comma > closeTok) first = comma + 1;
    }
  }
  // Passive: "Trump wurde vorgeworfen, einen „Schmusekurs“ zu fahren" — the speaker is the
  // "von" agent, or nobody named.
  if (isPassive(tokens, first, verb)) return { who: passiveAgent(work, mi, first, verb), cue: verb, how: 'explicit' };
  const who = subjectOf(work, mi, verb, first, before ? openTok : end);
  // "Ein Sender zitierte Papandreou mit den Worten: …": who is cited speaks, not who cites.
  if (who && who.to <= verb && /^zitierte?n?$/.test(tokens[verb].text)) {
    const cited = phraseAfter(work, mi, verb + 1, before ? openTok : end);
    if (cited && (named(cited) || onlyModifiers(tokens, verb + 1, cited.from))) return { who: cited, cue: verb, how: 'explicit' };
  }
  return who ? { who, cue: verb, how: 'explicit' } : null;
}

/** "Trump: Rückkehr zu den Grenzen …": a speaker and a colon open the sentence. */
function headlineSpeaker(work: Work, mi: Int32Array, floor: number, openTok: number): Attribution | null {
  const { tokens } = work;
  for (let j = floor + 1; j < Math.min(floor + 5, openTok); j++) {
    if (tokens[j].text === ':') {
      for (let k = j + 1; k < openTok; k++) if (tokens[k].text === '-' || tokens[k].text === '–') return null;
      const who = phraseBefore(work, mi, j, floor);
      if (who && who.from === floor) return { who, cue: j, how: 'explicit' };
      break;
    }
    if (tokens[j].kind !== 'word') break;
  }
  return introSpeaker(work, mi, floor, openTok);
}

/** "Ein Beamter der Grenzpolizei: „…“", "Ein Hauptkommissar nach der Festnahme: „…“":
 *  a noun phrase without a verb introduces the quotation with a colon; so does the last of a
 *  list: "…, und die Kleinauer Bürgermeisterin Lena Vogt: „…“". */
function introSpeaker(work: Work, mi: Int32Array, floor: number, openTok: number): Attribution | null {
  const { tokens } = work;
  const colon = openTok - 1;
  if (colon <= floor || tokens[colon].text !== ':') return null;
  const whole = colon - floor <= 10 && nominal(tokens, floor, colon) ? phraseAfter(work, mi, floor, colon) : null;
  if (whole && whole.from <= floor + 2) return { who: whole, cue: colon, how: 'explicit' };
  let comma = colon - 1;
  while (comma > floor && comma > colon - 10 && tokens[comma].text !== ',') comma--;
  if (tokens[comma].text !== ',') return null;
  const first = comma + 2;
  if (!LIST_LINKS.has(tokens[comma + 1]?.text ?? '') || first >= colon || !nominal(tokens, first, colon)) return null;
  const who = phraseAfter(work, mi, first, colon);
  return who?.mention && who.from <= first + 2 ? { who, cue: colon, how: 'explicit' } : null;
}

/** Tokens `from`..`to` form a noun phrase: no verb, no cue. */
function nominal(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const t = tokens[j];
    const ok = isCapitalised(t) || DETERMINERS.has(t.text) || OBLIQUE.has(t.text) || isAdjective(t) || t.kind === 'number' || t.text === '(' || t.text === ')' || t.text === ',';
    if (!ok || isCueVerb(t)) return false;
  }
  return true;
}

/** A cue verb that needs its particle has it later in the sentence: "teilte … mit", not "teilen die Meinung". */
function cueWithParticle(work: Work, j: number): boolean {
  const { tokens } = work;
  const needs = CUE_VERBS.get(tokens[j].text);
  if (!needs || needs.some((v) => !v.particle)) return true;
  const end = Math.min(work.sentences[tokens[j].sentence].tokenEnd, j + WINDOW);
  for (const v of needs) {
    const first = v.particle!.split(' ')[0];
    for (let k = j + 1; k < end; k++) if (tokens[k].text === first && !work.inQuote[k]) return true;
  }
  return false;
}

/** The cue verb nearest the quotation in its sentence (before it preferred), not inside it. */
function nearestCue(work: Work, from: number, openTok: number, closeTok: number, to: number): number {
  const { tokens } = work;
  const isCue = (j: number) => isCueVerb(tokens[j]) && cueWithParticle(work, j);
  let comma = -1; // the nearest comma between a cue and the quotation
  for (let j = openTok - 1; j >= from; j--) {
    if (tokens[j].kind === 'quote') {
      // Pass over a short quoted name: erklärte der Verlag, der die „Ruhr Nachrichten“ verlegt, …
      let k = j - 1;
      while (k >= from && k > j - 6 && tokens[k].kind !== 'quote') k--;
      if (k < from || k <= j - 6 || tokens[k].kind !== 'quote' || !isCapitalised(tokens[k + 1])) break;
      j = k;
      continue;
    }
    if (isDash(tokens, j)) break;
    if (tokens[j].text === ',') comma = j;
    if (!isCue(j)) continue;
    // "kritisierte die Handlungsweise Petrows, der zum Sturm aufgerufen haben soll, als „…“":
    // a relative clause closed before the quotation is an aside.
    const c = comma > j ? relativeStart(tokens, j, from) : -1;
    if (c < 0) return j;
    j = c;
  }
  for (let j = closeTok + 1; j < to; j++) {
    // "Von „grober“ oder „fahrlässiger Planung“ sprechen Kritiker": past a second quotation joined by "oder"/"und".
    if (tokens[j].kind === 'quote' && j === closeTok + 2 && LIST_LINKS.has(tokens[j - 1].text)) {
      let close = j + 1;
      while (close < to && close < j + 12 && tokens[close].kind !== 'quote') close++;
      if (close < to && tokens[close].kind === 'quote') {
        j = close;
        continue;
      }
    }
    if (tokens[j].kind === 'quote' || isDash(tokens, j)) break;
    if (tokens[j].text === ',' && /^(und|aber|doch|sondern|während|weil|da|als)$/.test(tokens[j + 1]?.text ?? '')) break;
    if (isCue(j)) return j;
  }
  return -1;
}

/** The relative pronoun opening the clause of token `i` after a comma, or -1. */
function relativeStart(tokens: Token[], i: number, floor: number): number {
  for (let j = i - 1; j > floor; j--) {
    if (tokens[j].text !== ',') continue;
    return RELATIVE_PRONOUNS.has(tokens[j + 1]?.text ?? '') ? j + 1 : -1;
  }
  return -1;
}

/** Where the clause holding token `i` begins (after the last comma, colon or dash). */
function clauseStart(tokens: Token[], i: number, floor: number): number {
  let closed = -1; // the comma nearest `i`: a relative clause further back has ended
  let relative = false; // … and that comma closed a relative clause
  // "Auf die Frage, ob er zurücktrete, antwortete der Minister": a subordinate clause that ends in its
  // verb before that comma is over ("wie Trump, der Präsident, sagte" is one clause, and so is
  // "wie Peters, der dort war, feststellt").
  const over = () => closed >= 0 && !relative && tokens[closed - 1]?.kind === 'word' && !isCapitalised(tokens[closed - 1]);
  for (let j = i - 1; j >= floor; j--) {
    const t = tokens[j];
    if (t.kind === 'quote') {
      // "Wie die Lokalzeitung „Kleinauer Bote“ berichtete, soll Becker gesagt haben": a quoted name stays in its clause.
      const open = nameOpening(tokens, j, floor);
      if (open < 0) return j + 1;
      j = open;
      continue;
    }
    if (t.text === ';' || t.text === ':') return j + 1;
    if (t.text !== ',') continue;
    const next = tokens[j + 1]?.text ?? '';
    if (SUBORDINATORS.has(next)) return over() ? closed + 1 : j + 1;
    if (closed < 0 && RELATIVE_PRONOUNS.has(next)) return j + 1;
    if (closed >= 0 && RELATIVE_PRONOUNS.has(next)) relative = true;
    if (closed < 0) closed = j;
  }
  return SUBORDINATORS.has(tokens[floor]?.text.toLowerCase() ?? '') && over() ? closed + 1 : floor;
}

/** The opening mark of a short quoted name closed at token `close` ("die Zeitung „Le Monde“"), or -1. */
function nameOpening(tokens: Token[], close: number, floor: number): number {
  for (let k = close - 1; k >= floor && k >= close - 5; k--) {
    if (tokens[k].kind !== 'quote' && !/^[,;:!?]$/.test(tokens[k].text)) continue;
    if (tokens[k].kind !== 'quote' || k === close - 1 || !isCapitalised(tokens[k + 1])) return -1;
    const before = tokens[k - 1];
    return before && k > floor && (DETERMINERS.has(before.text) || (isCapitalised(before) && before.kind === 'word')) ? k : -1;
  }
  return -1;
}

/** A quotation alone in its sentence: who the sentence before has speak (its cue
 *  verb's subject), else the first person it names or refers to by pronoun. */
function contextSpeaker(work: Work, mi: Int32Array, openTok: number): Speaker | null {
  const { tokens, sentences } = work;
  const s = tokens[openTok].sentence;
  if (s === 0) return null;
  const cued = cueSpeaker(work, mi, openTok);
  if (cued) return cued;
  const prev = sentences[s - 1];
  for (let j = prev.tokenStart; j < prev.tokenEnd; j++) {
    if (work.inQuote[j]) continue;
    if (PERSONAL_PRONOUNS.has(tokens[j].text)) return toSpeaker(work, mi, { from: j, to: j + 1, mention: null, pronoun: true }, 'context');
    if (mi[j] < 0) continue;
    const run = personAt(work, mi, j, prev);
    if (!run.person) {
      j = run.to - 1;
      continue;
    }
    return toSpeaker(work, mi, { from: j, to: run.to, mention: work.mentions[mi[j]], pronoun: false }, 'context');
  }
  return null;
}

/** The person a sentence without quotations opens with as its subject, when it is not `last`. */
function newSubject(work: Work, mi: Int32Array, index: number, last: Speaker): Speaker | null {
  const { tokens } = work;
  const s = work.sentences[index];
  for (let j = s.tokenStart; j < s.tokenEnd && j < s.tokenStart + 12; j++) {
    const t = tokens[j];
    if (t.kind === 'quote') return null;
    if (mi[j] >= 0) {
      const run = personAt(work, mi, j, s);
      if (!run.person) {
        j = run.to - 1;
        continue;
      }
      for (let k = run.to; k < s.tokenEnd; k++) if (tokens[k].kind === 'quote') return null;
      const speaker = toSpeaker(work, mi, { from: j, to: run.to, mention: work.mentions[mi[j]], pronoun: false }, 'context');
      const same = speaker !== null && (speaker.entity != null && last.entity != null ? speaker.entity === last.entity : speaker.name === last.name);
      return speaker && !same ? speaker : null;
    }
    // only the subject's own words before the name: articles, adjectives, nouns, commas
    if (t.kind === 'word' && !isCapitalised(t) && !DETERMINERS.has(t.text) && !isAdjective(t)) return null;
  }
  return null;
}

/** The mention starting at token `j` of sentence `s`: where it ends, and whether it names a person who may
 *  speak — not one in a genitive after a noun ("Der Sprecher der Ministerin, Tobias Kern, …"). */
function personAt(work: Work, mi: Int32Array, j: number, s: { tokenStart: number; tokenEnd: number }): { to: number; person: boolean } {
  const m = work.mentions[mi[j]];
  let to = j;
  while (to < s.tokenEnd && mi[to] === mi[j]) to++;
  const person = m.entity >= 0 && work.entities[m.entity].type === 'person' && !genitiveAttribute(work.tokens, j, s.tokenStart);
  return { to, person };
}

/** A mention at `j` in the genitive after a noun: "der Bruder der Ministerin", "die Sprecherin der Grünen". */
function genitiveAttribute(tokens: Token[], j: number, lo: number): boolean {
  let k = j - 1;
  while (k > lo && isAdjective(tokens[k])) k--;
  const d = tokens[k]?.text;
  return k - 1 >= lo && (d === 'des' || d === 'der') && isCapitalised(tokens[k - 1]) && !DETERMINERS.has(tokens[k - 1].text) && !OBLIQUE.has(tokens[k - 1].text);
}

/** „Ja, wir haben Fehler gemacht.“ Das musste die Landrätin einräumen.  — a quotation that is a
 *  sentence of its own, taken up by the next sentence's cue verb. */
function nextSpeaker(work: Work, mi: Int32Array, openTok: number, closeTok: number): Attribution | null {
  const { tokens, sentences } = work;
  const own = sentences[tokens[closeTok].sentence];
  const next = sentences[own.index + 1];
  if (!next || !TAKE_UP.has(tokens[next.tokenStart].text)) return null;
  for (let k = sentences[tokens[openTok].sentence].tokenStart; k < openTok; k++) if (tokens[k].kind !== 'punct') return null;
  for (let k = closeTok + 1; k < own.tokenEnd; k++) if (tokens[k].kind !== 'punct') return null;
  const end = Math.min(next.tokenEnd, next.tokenStart + 25);
  // "Mit diesen Worten trat die Parteichefin vor die Presse": the phrase after the verb.
  if (tokens[next.tokenStart + 2]?.text === 'Worten' && tokens[next.tokenStart].text === 'Mit') {
    const who = named(phraseAfter(work, mi, next.tokenStart + 4, end, true));
    return who ? { who, cue: next.tokenStart + 2, how: 'explicit' } : null;
  }
  for (let j = next.tokenStart + 1; j < end; j++) {
    if (tokens[j].kind === 'quote' || tokens[j].text === ',') return null;
    if (!isCueVerb(tokens[j])) continue;
    const who = named(subjectOf(work, mi, j, next.tokenStart, next.tokenEnd));
    return who ? { who, cue: j, how: 'explicit' } : null;
  }
  return null;
}

// How many sentences of reported speech may stand between a speaker's quotation and the next.
const REPORT_RUN = 5;

/** Jonas Keller sagte: „…“ Die Gefahr sei real. Aktuell bestehe sie noch nicht. „Aber das Virus …“ —
 *  every sentence between the last quotation and this one goes on in the Konjunktiv of reported speech. */
function reportedSince(work: Work, from: number, to: number): boolean {
  if (to - from - 1 > REPORT_RUN) return false;
  const { tokens, sentences } = work;
  for (let k = from + 1; k < to; k++) {
    const s = sentences[k];
    if (!mainKonjunktiv(tokens, work.inQuote, s.tokenStart, s.tokenEnd, false)) return false;
  }
  return true;
}

/** The subject of the last cue verb in the sentence before the quotation's, if any. */
function cueSpeaker(work: Work, mi: Int32Array, openTok: number): Speaker | null {
  const { tokens, sentences } = work;
  const s = tokens[openTok].sentence;
  if (s === 0) return null;
  const prev = sentences[s - 1];
  for (let j = prev.tokenEnd - 1; j >= prev.tokenStart; j--) {
    // "Es war das erste bestätigte Gespräch.": a participle as an adjective is no cue.
    if (work.inQuote[j] || !isCueVerb(tokens[j]) || attributive(tokens, j) || !cueWithParticle(work, j)) continue;
    const first = clauseStart(tokens, j, prev.tokenStart);
    const who = isPassive(tokens, first, j)
      ? passiveAgent(work, mi, first, j)
      : // "…, sagte Kremlsprecher Dmitri Peskow."
        (tokens[j - 1]?.text === ',' ? named(phraseAfter(work, mi, j + 1, prev.tokenEnd, true)) : null) ?? subjectOf(work, mi, j, first, prev.tokenEnd);
    if (who) return toSpeaker(work, mi, who, 'context');
  }
  return null;
}


/** A dash between spaces: a parenthesis, not "Deutschland–Serbien". */
const isDash = (tokens: Token[], j: number): boolean =>
  (tokens[j].text === '-' || tokens[j].text === '–') && (j === 0 || tokens[j].start > tokens[j - 1].end || tokens[j + 1]?.start > tokens[j].end);



function span(work: Work, i: number): Cue {
  const t = work.tokens[i];
  return { text: t.text, start: t.start, end: t.end };
}
