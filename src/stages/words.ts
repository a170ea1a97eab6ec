// Word tests shared by the stages: what a token can be in a noun phrase.
import { GIVEN_NAMES, NOT_NAMES, ORG_HEADS, ORG_SUFFIXES, ROLE_SUFFIXES } from '../lexicon/index.js';
import type { Token } from '../types.js';

// A token's word classes are decided once, on first use, and kept in its `flags`.
const SEEN = 1;
const CAPITALISED = 2;
const ROLE = 4;
const ORG = 8;
const GIVEN = 16;

function flagsOf(t: Token): number {
  let f = t.flags;
  if (f === 0) {
    f = classify(t);
    t.flags = f;
  }
  return f;
}

function classify(t: Token): number {
  if (t.kind !== 'word') return SEEN;
  // A word starts with a letter: in ASCII, A–Z are the capitals.
  const code = t.text.charCodeAt(0);
  const capital = code < 128 ? code <= 90 : t.text[0] !== t.text[0].toLowerCase();
  if (!capital) return LOWER_ORG_HEADS.includes(t.text) ? SEEN | ORG : SEEN; // "dpa", "afp"
  let f = capitalFlags.get(t.text);
  if (f === undefined) {
    f = SEEN | CAPITALISED | (roleEnding(t.text.toLowerCase()) !== null ? ROLE : 0) | (orgWord(t.text) ? ORG : 0) | (isGivenNameText(t.text) ? GIVEN : 0);
    if (capitalFlags.size > 50_000) capitalFlags.clear();
    capitalFlags.set(t.text, f);
  }
  return f;
}

/** A given name, or two joined by a hyphen: "Anna", "Hans-Peter". */
function isGivenNameText(text: string): boolean {
  if (GIVEN_NAMES.has(text)) return true;
  const dash = text.indexOf('-');
  return dash > 0 && GIVEN_NAMES.has(text.slice(0, dash)) && GIVEN_NAMES.has(text.slice(dash + 1));
}

/** The few organisations written in lower case. */
const LOWER_ORG_HEADS: readonly string[] = [...ORG_HEADS].filter((h) => h[0] === h[0].toLowerCase());

// Words repeat: remember the classes of capitalised words (bounded, so memory stays flat over a corpus).
const capitalFlags = new Map<string, number>();

export function isCapitalised(t: Token): boolean {
  return (flagsOf(t) & CAPITALISED) !== 0;
}

/**
 * Word endings, stored back to front: a word is read from its last letter towards its first,
 * without making a string for each ending tried.
 */
class Endings {
  private readonly root = new Map<number, Node>();

  constructor(endings: readonly string[]) {
    for (const e of endings) {
      let level = this.root;
      let node: Node | undefined;
      for (let i = e.length - 1; i >= 0; i--) {
        const c = e.charCodeAt(i);
        node = level.get(c);
        if (!node) {
          node = { next: new Map(), end: false };
          level.set(c, node);
        }
        level = node.next;
      }
      if (node) node.end = true;
    }
  }

  /** Length of the longest ending of `word.slice(0, to)` in the set (0: none); `max` caps it. */
  longest(word: string, to: number, max = to): number {
    let level = this.root;
    let found = 0;
    for (let i = to - 1, depth = 1; i >= 0 && depth <= max; i--, depth++) {
      const node = level.get(word.charCodeAt(i));
      if (!node) break;
      if (node.end) found = depth;
      level = node.next;
    }
    return found;
  }
}

interface Node {
  next: Map<number, Node>;
  end: boolean;
}

const ROLE_ENDINGS = new Endings(ROLE_SUFFIXES);
const ORG_ENDINGS = new Endings(ORG_SUFFIXES);
const INFLECTIONS = ['', 's', 'n', 'en'];

// Words repeat: remember the answer (bounded, so memory stays flat over a corpus).
const roleCache = new Map<string, string | null>();

/** The longest role ending of `lower` less an inflection ending ("ministerin", "ministers" → "minister"), or null. */
function roleEnding(lower: string): string | null {
  for (const ending of INFLECTIONS) {
    if (ending && !lower.endsWith(ending)) continue;
    const stem = lower.length - ending.length;
    const n = ROLE_ENDINGS.longest(lower, stem);
    if (n > 0) return lower.slice(stem - n, stem);
  }
  return null;
}

/** The role suffix a word ends in ("US-Verteidigungsminister" → "minister"), or null. */
export function roleOf(word: string): string | null {
  let r = roleCache.get(word);
  if (r !== undefined) return r;
  r = roleEnding(word.toLowerCase());
  if (roleCache.size > 50_000) roleCache.clear();
  roleCache.set(word, r);
  return r;
}

export function isRoleWord(t: Token): boolean {
  return (flagsOf(t) & ROLE) !== 0;
}

/** "Kreml", "Bundesregierung", "Außenministerium", "Tass"; lower case only the known ones ("dpa"). */
export function isOrgWord(t: Token): boolean {
  return (flagsOf(t) & ORG) !== 0;
}

/** A capitalised word that names an organisation by itself or by its ending. */
function orgWord(text: string): boolean {
  if (ORG_HEADS.has(text) || (text.endsWith('s') && ORG_HEADS.has(text.slice(0, -1)))) return true;
  // an ending of an organisation with at least three letters before it: "Außenministerium", not "Amt"
  const lower = text.toLowerCase();
  return ORG_ENDINGS.longest(lower, lower.length, lower.length - 3) > 0;
}

/** Could this capitalised word be part of a person's name? */
export function isNameWord(t: Token): boolean {
  if (!isCapitalised(t) || NOT_NAMES.has(t.text)) return false;
  if (isGivenName(t)) return true;
  return !isRoleWord(t) && !ORG_HEADS.has(t.text);
}

export function isGivenName(t: Token): boolean {
  return (flagsOf(t) & GIVEN) !== 0;
}

/** Initials like "J." in "J. D. Vance" or "J.D. Vance". */
export function isInitial(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const n = tokens[i + 1];
  return t !== undefined && t.kind === 'word' && t.text.length === 1 && isCapitalised(t) && n !== undefined && n.text === '.' && n.start === t.end;
}
