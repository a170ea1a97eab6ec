// What marks a clause as reported content: its verb's mood and shape.
//   "Putin sei bereit"                       a finite Konjunktiv I
//   "…, Selenskyj zu informieren" / "anzusprechen"   a zu-infinitive
//   "Er soll Geld erhalten haben"            hearsay: sollen/wollen with a perfect infinitive
// Main clauses are told from subordinate ones by the word that opens them:
//   "Personen, die Umgang mit Geflügel hätten, seien gefährdet"   "hätten" subordinate, "seien" main
import { CONDITIONS, DETERMINERS, HEARSAY_MODALS, KONJUNKTIV_I, KONJUNKTIV_I_SUFFIXES, KONJUNKTIV_II, KONJUNKTIV_SUFFIX_EXCEPTIONS, NARRATOR_MODALS, PREPOSITIONS, SEPARABLE_PREFIXES, SUBORDINATORS } from '../lexicon/index.js';
import type { Token } from '../types.js';

const PREFIXES: ReadonlySet<string> = new Set(SEPARABLE_PREFIXES);
const RELATIVES: ReadonlySet<string> = new Set(['der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'denen', 'welcher', 'welche', 'welches', 'welchem', 'welchen', 'was', 'wo', 'wer', 'worauf', 'womit', 'wodurch', 'wonach']);
/** Words that open an infinitive clause of purpose, not reported content: "um … zu". */
const PURPOSE: ReadonlySet<string> = new Set(['um', 'ohne', 'statt', 'anstatt', 'anstelle']);
const CLAUSE_BREAK: ReadonlySet<string> = new Set([',', ';', ':', '–', '—', '(', ')']);

/** The last letters of those endings: most words end otherwise and are done with at once. */
const SUFFIX_LAST: ReadonlySet<number> = new Set(KONJUNKTIV_I_SUFFIXES.map((x) => x.charCodeAt(x.length - 1)));

export function isKonjunktiv(w: string, second: boolean): boolean {
  return KONJUNKTIV_I.has(w) || (second && KONJUNKTIV_II.has(w)) || bySuffix(w);
}

/** "funktioniere", "akzeptiere": a lower-case word with a Konjunktiv I ending and a stem before it. */
function bySuffix(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 97 || c > 122 || !SUFFIX_LAST.has(w.charCodeAt(w.length - 1)) || KONJUNKTIV_SUFFIX_EXCEPTIONS.has(w)) return false;
  for (const x of KONJUNKTIV_I_SUFFIXES) if (w.length >= x.length + 3 && w.endsWith(x)) return true;
  return false;
}

/** "zu", or a zu-infinitive in one word: "anzusprechen", "zurückzutreten", "zuzustimmen". */
export function isZuInfinitive(w: string): boolean {
  if (w === 'zu') return true;
  if (w.length < 7 || !w.endsWith('n')) return false;
  const at = w.indexOf('zu', 2);
  if (at < 2 || w.length - at - 2 < 3) return false;
  const c = w.charCodeAt(0);
  if (c < 97 || c > 122) return false; // lower-case ASCII start: a verb, not a noun
  return PREFIXES.has(w.slice(0, at)) && /(?:en|ern|eln)$/.test(w);
}

/** Does the clause starting at token `i` open with a subordinator or a relative pronoun? */
export function opensSubordinate(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return false;
  const w = t.text;
  if (SUBORDINATORS.has(w) || PURPOSE.has(w)) return true;
  if (openingSubordinator(tokens, i)) return true;
  if (!RELATIVES.has(w)) {
    // "mit denen", "in dem": a preposition and a relative pronoun
    const n = tokens[i + 1];
    const n2 = tokens[i + 2];
    return n !== undefined && (n.text === 'denen' || n.text === 'dem' || n.text === 'der' || n.text === 'deren' || n.text === 'dessen' || n.text === 'welchem' || n.text === 'welcher') && w.length <= 5 && w === w.toLowerCase() && n2?.kind === 'word' && !isCapital(n2.text) && (n.text === 'denen' || !/(?:e|en|er|es|em)$/.test(n2.text));
  }
  // "die sich …" is a relative pronoun; "die Ukraine …" and "die neuen Gespräche …" an article.
  const n = tokens[i + 1];
  return !DETERMINERS.has(w) || w === 'deren' || w === 'dessen' || (n !== undefined && n.kind === 'word' && !isCapital(n.text) && !/(?:e|en|er|es|em)$/.test(n.text));
}

// Subordinators that open a sentence as a capital word; "Wie", "Als", "Seit" and "Damit" often open no clause
// ("Wie berichtet", "Als Grund nannte er", "Seit Jahren", "Damit seien …").
const OPENING: ReadonlySet<string> = new Set([...SUBORDINATORS].filter((w) => !['wie', 'als', 'seit', 'damit', 'dass', 'ob'].includes(w)).map((w) => w.charAt(0).toUpperCase() + w.slice(1)));
// What may follow the subordinator in its clause: an article, a pronoun, a preposition ("Da er …", "Obwohl bei dem …").
const CLAUSE_STARTS: ReadonlySet<string> = new Set([...DETERMINERS, ...PREPOSITIONS, 'er', 'sie', 'es', 'man', 'sich', 'wir', 'ich', 'nun', 'auch', 'noch', 'jedoch']);

/** "Da ein Rückflug nicht möglich war, …", "Obwohl er …": a capital subordinator opening the sentence; not an
 *  adverb before its verb ("Da gab die Polizei bekannt"), not "Während des Spiels", a preposition. */
function openingSubordinator(tokens: Token[], i: number): boolean {
  const w = tokens[i].text;
  if (!OPENING.has(w)) return false;
  const n = tokens[i + 1];
  if (n === undefined || n.kind !== 'word') return false;
  if (w === 'Während' && (n.text === 'des' || n.text === 'der' || n.text === 'eines' || n.text === 'einer')) return false;
  return isCapital(n.text) || CLAUSE_STARTS.has(n.text);
}

/** Does `test` hold for some token of from..to that stands in a main clause, outside quotations? */
function inMainClause(tokens: Token[], inQuote: Uint8Array, from: number, to: number, test: (j: number) => boolean): boolean {
  let sub = opensSubordinate(tokens, from);
  for (let j = from; j < to; j++) {
    if (CLAUSE_BREAK.has(tokens[j].text)) sub = opensSubordinate(tokens, j + 1);
    else if (!sub && !inQuote[j] && test(j)) return true;
  }
  return false;
}

/** A finite Konjunktiv in a main clause of from..to (quotations skipped). */
export function mainKonjunktiv(tokens: Token[], inQuote: Uint8Array, from: number, to: number, second: boolean): boolean {
  // "lehne ich ab", "ich habe": the first person's indicative looks like a Konjunktiv I
  const firstPerson = (j: number) => tokens[j + 1]?.text === 'ich' || tokens[j - 1]?.text === 'ich' || tokens[j - 1]?.text === 'Ich';
  return inMainClause(tokens, inQuote, from, to, (j) => isKonjunktiv(tokens[j].text, second) && !firstPerson(j));
}

/** A Konjunktiv II in a main clause that is no modal ("hätten … gerettet", "würden … angegriffen", not "könnte",
 *  "müsste", which the narrator uses for what may be), and no condition in the sentence ("wenn", "falls"). */
export function mainKonjunktivII(tokens: Token[], inQuote: Uint8Array, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (!inQuote[j] && CONDITIONS.has(tokens[j].text)) return false;
  // "Hätte er …, so …": a condition put first; "Dass er … würde, hatte sich angekündigt": no main clause
  if (inQuote[from] === 0 && (KONJUNKTIV_II.has(tokens[from].text) || tokens[from].text === 'Dass')) return false;
  return inMainClause(tokens, inQuote, from, to, (j) => KONJUNKTIV_II.has(tokens[j].text) && !NARRATOR_MODALS.has(tokens[j].text) && tokens[j - 1]?.text !== 'ich');
}

/** A modal of hearsay in a main clause: "soll … haben", or any "soll"/"sollen" when `bare`. */
export function hearsay(tokens: Token[], inQuote: Uint8Array, from: number, to: number, bare: boolean): boolean {
  return inMainClause(tokens, inQuote, from, to, (j) => {
    const w = tokens[j].text;
    if (!HEARSAY_MODALS.has(w)) return false;
    if (bare && (w === 'soll' || w === 'sollen')) return true;
    // the clause's last two words: a participle and "haben"/"sein" ("geholfen haben", "worden sein")
    let k = j + 1;
    while (k < to && !CLAUSE_BREAK.has(tokens[k].text) && tokens[k].kind !== 'punct') k++;
    const aux = tokens[k - 1]?.text;
    const part = tokens[k - 2]?.text ?? '';
    return k - 2 > j && (aux === 'haben' || aux === 'sein') && /^[a-zäöü][a-zäöüß-]*(?:t|en)$/.test(part);
  });
}

/** Does a clause after a cue carry reported content: "dass …", "ob …", a
 *  Konjunktiv ("Putin sei bereit"), or an infinitive ("Selenskyj … zu informieren")? */
export function reportedClause(tokens: Token[], inQuote: Uint8Array, from: number, to: number): boolean {
  const first = tokens[from].text;
  if (first === 'dass' || first === 'ob') return true;
  if (PURPOSE.has(first)) return false;
  for (let j = from; j < to; j++) {
    const w = tokens[j].text;
    if (inQuote[j]) return true;
    if (isKonjunktiv(w, true) || isZuInfinitive(w)) return true;
  }
  return false;
}

function isCapital(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase();
}
