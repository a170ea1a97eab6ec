// Find the people and organisations an article mentions and group them into
// entities:
//   "US-Verteidigungsminister Pete Hegseth" … "Hegseth" … "Hegseths"   one person
//   "Kremlsprecher Dmitri Peskow"        a person; affiliation "Kreml"
//   "die Nachrichtenagentur Tass", "das Weiße Haus", "der Kreml"     organisations
//   "der US-Präsident"                   a role: the person the article named in it
// Pronouns are left to attribution, which knows the sentence they stand in.
import { ACADEMIC_TITLES, DETERMINERS, GENITIVE_DETERMINERS, INFLECTED_ORGS, NAME_PARTICLES, NOT_NAMES, OBLIQUE, ORG_HEADS, ORG_NAMED_BY_NEXT, ROLE_ALIASES, SKIP_ADVERBS, SUBORDINATORS, SURNAME_PARTICLES } from '../lexicon/index.js';
import type { Entity } from '../schema/document.js';
import type { Mention, Token, Work } from '../types.js';
import { firstAtOrAfter } from './search.js';
import { isCapitalised, isGivenName, isInitial, isNameWord, isOrgWord, isRoleWord, roleOf } from './words.js';

export interface EntityDraft {
  name: string;
  key: string;
  type: 'person' | 'organization' | 'unknown';
  roles: string[];
  affiliation: string | null;
  mentions: { text: string; start: number; end: number }[];
}

export function findMentions(work: Work): Work {
  const { tokens, text } = work;
  const reg = new Registry();
  const mentions: Mention[] = [];
  const covered = new Uint8Array(tokens.length);

  // Pass 1: names introduced by a role or a given name, organisations.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (isRoleWord(t)) {
      const end = nameRun(tokens, i + 1, true);
      if (end > i + 1) {
        const name = text.slice(tokens[afterTitles(tokens, i + 1)].start, tokens[end - 1].end);
        const e = reg.person(name, t.text);
        mentions.push(mark(covered, tokens, i, end, text, e, 'name'));
        i = end - 1;
      } else {
        mentions.push(mark(covered, tokens, i, i + 1, text, -1, 'role'));
      }
      continue;
    }
    if (ACADEMIC_TITLES.has(t.text) && tokens[i + 1]?.text === '.') {
      // "Dr. Jens Albers"
      const end = nameRun(tokens, i);
      if (end > i + 2) {
        const e = reg.person(text.slice(tokens[afterTitles(tokens, i)].start, tokens[end - 1].end), null);
        mentions.push(mark(covered, tokens, i, end, text, e, 'name'));
        i = end - 1;
      }
      continue;
    }
    if (isGivenName(t) || isInitial(tokens, i)) {
      const end = nameRun(tokens, i);
      if (end > i + 1 && !(end === i + 2 && isInitial(tokens, i))) {
        const e = reg.person(text.slice(t.start, tokens[end - 1].end), null);
        mentions.push(mark(covered, tokens, i, end, text, e, 'name'));
        i = end - 1;
      }
      continue;
    }
    // "dem Weißen Haus": an inflected adjective and its noun name one organisation
    const inflected = INFLECTED_ORGS.get(t.text);
    if (inflected && tokens[i + 1]?.text.startsWith(inflected.noun)) {
      mentions.push(mark(covered, tokens, i, i + 2, text, reg.org(inflected.name), 'org'));
      i++;
      continue;
    }
    // "Ärzte ohne Grenzen", "Human Rights Watch": an organisation named in several words
    const long = longOrgName(tokens, i);
    if (long > i + 1) {
      mentions.push(mark(covered, tokens, i, long, text, reg.org(text.slice(t.start, tokens[long - 1].end)), 'org'));
      i = long - 1;
      continue;
    }
    if (isOrgWord(t)) {
      const next = tokens[i + 1];
      if (ORG_NAMED_BY_NEXT.has(t.text) && next && isCapitalised(next) && next.start === t.end + 1) {
        mentions.push(mark(covered, tokens, i, i + 2, text, reg.org(next.text), 'org'));
        i++;
      } else {
        mentions.push(mark(covered, tokens, i, i + 1, text, reg.org(orgName(t.text)), 'org'));
      }
    }
  }

  // Pass 2: surnames alone ("Hegseth", "Trumps") once the article has named them.
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || tokens[i].kind !== 'word' || !isCapitalised(tokens[i])) continue;
    const e = reg.bySurname(tokens[i].text);
    if (e >= 0) mentions.push(mark(covered, tokens, i, i + 1, text, e, 'name'));
  }
  mentions.sort((a, b) => a.start - b.start);

  // Pass 3: a role alone is the person last named in that role ("der US-Präsident").
  for (const m of mentions) if (m.kind === 'role') m.entity = reg.byRole(m.text, m.start, mentions);
  for (const m of mentions) if (m.entity >= 0) reg.list[m.entity].mentions.push({ text: m.text, start: m.start, end: m.end });

  return { ...work, mentions, entities: reg.toEntities() };
}

// The organisations whose names have several words, as lists of words by their first word.
const LONG_ORG_NAMES = new Map<string, string[][]>();
for (const head of ORG_HEADS) {
  const words = head.split(' ');
  if (words.length < 2 || INFLECTED_ORGS.has(words[0])) continue;
  LONG_ORG_NAMES.set(words[0], [...(LONG_ORG_NAMES.get(words[0]) ?? []), words]);
}

/** The end of an organisation's name of several words opening at `i`, or `i`. */
function longOrgName(tokens: Token[], i: number): number {
  const names = LONG_ORG_NAMES.get(tokens[i].text);
  if (names === undefined) return i;
  for (const words of names) {
    if (words.every((w, k) => tokens[i + k]?.text === w && (k === 0 || tokens[i + k].start - tokens[i + k - 1].end === 1))) return i + words.length;
  }
  return i;
}

/** Tokens from `i` that form a name: given names or initials, then one surname
 *  ("Donald Trump", "J.D. Vance", "José Manuel Albares", "Ursula von der Leyen");
 *  a surname alone after a role ("Verteidigungsminister Hegseth"). */
function afterTitles(tokens: Token[], i: number): number {
  while (ACADEMIC_TITLES.has(tokens[i]?.text) && tokens[i + 1]?.text === '.') i += 2;
  return i;
}

export function nameRun(tokens: Token[], i: number, afterRole = false): number {
  let j = i;
  // Academic titles stand inside a name: "Dr. Jens Albers", "Prof. Dr. Eva M. Vogt".
  j = afterTitles(tokens, j);
  if (j > i && !(tokens[j] && isNameWord(tokens[j]))) return i;
  const first = j;
  while (j < tokens.length) {
    if (isInitial(tokens, j)) j += 2;
    else if (isGivenName(tokens[j]) && tokens[j + 1] && isNameWord(tokens[j + 1]) && adjacent(tokens, j)) j++;
    else if (isGivenName(tokens[j]) && functionSurname(tokens, j + 1) && adjacent(tokens, j)) return j + 2;
    else break;
  }
  // "Karl-Heinz zu Berg": a given name, a particle, a surname; not "Anna zu Beginn der Sitzung", where a genitive
  // after the noun shows a prepositional phrase
  if (tokens[j] && isGivenName(tokens[j]) && SURNAME_PARTICLES.has(tokens[j + 1]?.text ?? '') && tokens[j + 2] && isNameWord(tokens[j + 2]) && !isOrgWord(tokens[j + 2]) && !GENITIVE_DETERMINERS.has(tokens[j + 3]?.text ?? '') && adjacent(tokens, j) && adjacent(tokens, j + 1)) j++;
  while (j > i && NAME_PARTICLES.has(tokens[j]?.text) && tokens[j + 1] && isCapitalised(tokens[j + 1])) j++;
  const t = tokens[j];
  if (t && (isNameWord(t) || (afterRole && j > first && isSurnameWithArticle(t))) && !isOrgWord(t) && (j === i || adjacent(tokens, j - 1))) {
    // After a role, an unknown given name and a surname: "Außenminister Radoslaw Sikorski versprach";
    // a surname with its article after a name: "Ölminister Ali Hassan al-Hadi" (but not
    // "US-Präsident Jonas Weber Telefonate", where a noun follows the name).
    const u = tokens[j + 1];
    const after = tokens[j + 2];
    const second = u !== undefined && ((j === first && isNameWord(u)) || (afterRole && isSurnameWithArticle(u))) && !isOrgWord(u);
    if (second && adjacent(tokens, j) && (!after || !isCapitalised(after))) return j + 2;
    return j + 1;
  }
  return j > i && !(j - 2 >= i && isInitial(tokens, j - 2)) ? j : i;
}

/** A surname with its article joined by a hyphen: "al-Hadi", "el-Masri". */
const isSurnameWithArticle = (t: Token): boolean => t.kind === 'word' && /^\p{Ll}{1,3}-\p{Lu}/u.test(t.text);

/** "Stephan Weil", "Olaf Ob": after a given name, a capitalised conjunction or adverb inside the
 *  sentence is a surname; it is capitalised for no other reason. */
function functionSurname(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (t === undefined || t.kind !== 'word' || !isCapitalised(t) || !NOT_NAMES.has(t.text)) return false;
  const lower = t.text.toLowerCase();
  if (DETERMINERS.has(lower) || OBLIQUE.has(lower)) return false; // "Der", "Im", "Laut" open a phrase
  return SUBORDINATORS.has(lower) || SKIP_ADVERBS.has(lower);
}

function adjacent(tokens: Token[], j: number): boolean {
  const a = tokens[j];
  const b = tokens[j + 1];
  return b !== undefined && b.start - a.end <= 1 && a.sentence === b.sentence;
}

function mark(covered: Uint8Array, tokens: Token[], from: number, to: number, text: string, entity: number, kind: Mention['kind']): Mention {
  for (let k = from; k < to; k++) covered[k] = 1;
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  return { start, end, text: text.slice(start, end), entity, kind };
}

function orgName(word: string): string {
  return INFLECTED_ORGS.get(word)?.name ?? word.replace(/s$/, (s) => (word.endsWith('Kremls') ? '' : s));
}

/** The entities of one article, found by surname, role or organisation name. */
export class Registry {
  readonly list: EntityDraft[] = [];
  private byKey = new Map<string, number>();
  /** People by surname, with and without a genitive -s: looked up for every capitalised word. */
  private surnames = new Map<string, number>();

  person(name: string, role: string | null): number {
    const words = name.split(/\s+/);
    const surname = words[words.length - 1];
    const stem = surname.replace(/s$/, '');
    let id = this.surnames.get(stem) ?? this.surnames.get(surname);
    if (id === undefined) {
      id = this.list.length;
      this.list.push({ name, key: 'p:' + stem, type: 'person', roles: [], affiliation: null, mentions: [] });
      this.surnames.set(stem, id);
      this.surnames.set(surname, id);
    }
    const e = this.list[id];
    if (name.length > e.name.length && !name.endsWith('s')) e.name = name;
    if (role && !e.roles.includes(role)) {
      e.roles.push(role);
      e.affiliation ??= affiliationOf(role);
    }
    return id;
  }

  org(name: string): number {
    const key = 'o:' + name;
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.list.length;
      this.list.push({ name, key, type: 'organization', roles: [], affiliation: null, mentions: [] });
      this.byKey.set(key, id);
    }
    return id;
  }

  bySurname(word: string): number {
    return this.surnames.get(word) ?? (word.endsWith('s') ? this.surnames.get(word.slice(0, -1)) : undefined) ?? -1;
  }

  /** The person named in the role `roleText`: the nearest before `pos` with the
   *  closest fit (same office, then an alias, then the bare suffix for "der Minister");
   *  in a headline the person named after it. */
  byRole(roleText: string, pos: number, mentions: Mention[]): number {
    const wanted = roleKeys(roleText);
    const bare = (roleOf(roleText) ?? '').length >= roleText.length - 1;
    const here = firstAtOrAfter(mentions, pos);
    let best = -1;
    let bestScore = 0;
    for (let k = here - 1; k >= 0 && k >= here - 300; k--) {
      const score = this.fit(mentions[k], wanted, bare);
      if (score > bestScore) {
        best = mentions[k].entity;
        bestScore = score;
      }
    }
    if (best >= 0) return best;
    for (let k = here; k < mentions.length && k < here + 300; k++) if (this.fit(mentions[k], wanted, bare) >= 2) return mentions[k].entity;
    return -1;
  }

  /** How well a mention's person fits a role: 3 same office, 2 an alias, 1 the bare suffix. */
  private fit(m: Mention, wanted: string[], bare: boolean): number {
    if (m.entity < 0 || this.list[m.entity].type !== 'person') return 0;
    let score = 0;
    for (const r of this.list[m.entity].roles) {
      const keys = roleKeys(r);
      if (keys[0] === wanted[0]) score = Math.max(score, 3);
      else if (keys.some((k) => wanted.slice(2).includes(k)) || wanted.slice(2).includes(keys[0]) || keys.slice(2).includes(wanted[0])) score = Math.max(score, 2);
      else if (bare && keys[1] === wanted[1]) score = Math.max(score, 1);
    }
    return score;
  }

  toEntities(): Entity[] {
    return this.list.map((e, i) => ({ id: `e${i + 1}`, name: e.name, type: e.type, roles: e.roles, affiliation: e.affiliation, mentions: e.mentions }));
  }
}

/** Comparable keys of a role word: its suffix and its aliases' ("Pentagon-Chef" → verteidigungsminister). */
function roleKeys(role: string): string[] {
  const lower = role.toLowerCase().replace(/^(us|eu|un)-/, '');
  const keys = [lower, roleOf(role) ?? lower, ...(ROLE_ALIASES.get(lower) ?? [])];
  return keys.map((k) => k.replace(/(in|en|s)$/, ''));
}

/** "Kremlsprecher" → "Kreml", "Regierungssprecher" → "Regierung". */
function affiliationOf(role: string): string | null {
  const m = /^(.+?)-?s?(sprecher|sprecherin)$/i.exec(role);
  if (!m || m[1].length < 2) return null;
  const org = m[1].replace(/-$/, '');
  return org.charAt(0).toUpperCase() + org.slice(1);
}
