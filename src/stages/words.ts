// Word tests shared by the stages: what a token can be in a noun phrase.
import { GIVEN_NAMES, NOT_NAMES, ORG_HEADS, ORG_SUFFIXES, ROLE_SUFFIXES } from '../lexicon/index.js';
import type { Token } from '../types.js';

export function isCapitalised(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const c = t.text[0];
  return c !== c.toLowerCase();
}

/** The role suffix a word ends in ("US-Verteidigungsminister" → "minister"), or null. */
export function roleOf(word: string): string | null {
  const lower = word.toLowerCase();
  for (const s of ROLE_SUFFIXES) {
    if (lower.endsWith(s) || lower.endsWith(s + 's') || lower.endsWith(s + 'n') || lower.endsWith(s + 'en')) return s;
  }
  return null;
}

export function isRoleWord(t: Token): boolean {
  return isCapitalised(t) && roleOf(t.text) !== null;
}

/** "Kreml", "Bundesregierung", "Außenministerium", "Tass". */
export function isOrgWord(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (ORG_HEADS.has(t.text) || (t.text.endsWith('s') && ORG_HEADS.has(t.text.slice(0, -1)))) return true;
  if (!isCapitalised(t)) return false;
  const lower = t.text.toLowerCase();
  for (const s of ORG_SUFFIXES) if (lower.endsWith(s) && lower.length > s.length + 2) return true;
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
