// Word tests shared by the stages: what a token can be in a noun phrase.
import { GIVEN_NAMES, NOT_NAMES, ORG_HEADS, ORG_SUFFIXES, ROLE_SUFFIXES } from '../lexicon/index.js';
import type { Token } from '../types.js';

export function isCapitalised(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const c = t.text[0];
  return c !== c.toLowerCase();
}

const ROLE_SET: ReadonlySet<string> = new Set(ROLE_SUFFIXES);
const ROLE_LENGTHS = [...new Set(ROLE_SUFFIXES.map((s) => s.length))].sort((a, b) => b - a);
const ORG_SET: ReadonlySet<string> = new Set(ORG_SUFFIXES);
const ORG_LENGTHS = [...new Set(ORG_SUFFIXES.map((s) => s.length))].sort((a, b) => b - a);
const INFLECTIONS = ['', 's', 'n', 'en'];

// Words repeat: remember the answer (bounded, so memory stays flat over a corpus).
const roleCache = new Map<string, string | null>();

/** The longest suffix of `lower` (less an inflection ending) in `set`, or null. */
function suffixIn(lower: string, set: ReadonlySet<string>, lengths: number[]): string | null {
  for (const ending of INFLECTIONS) {
    if (ending && !lower.endsWith(ending)) continue;
    const stem = ending ? lower.slice(0, -ending.length) : lower;
    for (const n of lengths) {
      if (n > stem.length) continue;
      const tail = stem.slice(stem.length - n);
      if (set.has(tail)) return tail;
    }
  }
  return null;
}

/** The role suffix a word ends in ("US-Verteidigungsminister" → "minister"), or null. */
export function roleOf(word: string): string | null {
  let r = roleCache.get(word);
  if (r !== undefined) return r;
  r = suffixIn(word.toLowerCase(), ROLE_SET, ROLE_LENGTHS);
  if (roleCache.size > 50_000) roleCache.clear();
  roleCache.set(word, r);
  return r;
}

export function isRoleWord(t: Token): boolean {
  return isCapitalised(t) && roleOf(t.text) !== null;
}

const orgCache = new Map<string, boolean>();

/** "Kreml", "Bundesregierung", "Außenministerium", "Tass". */
export function isOrgWord(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (!isCapitalised(t)) return ORG_HEADS.has(t.text); // "dpa", "afp"
  let r = orgCache.get(t.text);
  if (r !== undefined) return r;
  r = orgWord(t);
  if (orgCache.size > 50_000) orgCache.clear();
  orgCache.set(t.text, r);
  return r;
}

function orgWord(t: Token): boolean {
  if (ORG_HEADS.has(t.text) || (t.text.endsWith('s') && ORG_HEADS.has(t.text.slice(0, -1)))) return true;
  if (!isCapitalised(t)) return false;
  const lower = t.text.toLowerCase();
  for (const n of ORG_LENGTHS) if (lower.length > n + 2 && ORG_SET.has(lower.slice(lower.length - n))) return true;
  return false;
}

/** Could this capitalised word be part of a person's name? */
export function isNameWord(t: Token): boolean {
  if (!isCapitalised(t) || NOT_NAMES.has(t.text)) return false;
  if (GIVEN_NAMES.has(t.text)) return true;
  return roleOf(t.text) === null && !ORG_HEADS.has(t.text);
}

export function isGivenName(t: Token): boolean {
  return t.kind === 'word' && GIVEN_NAMES.has(t.text);
}

/** Initials like "J." in "J. D. Vance" or "J.D. Vance". */
export function isInitial(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const n = tokens[i + 1];
  return t.kind === 'word' && t.text.length === 1 && isCapitalised(t) && n !== undefined && n.text === '.' && n.start === t.end;
}
