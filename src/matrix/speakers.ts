// Speakers across articles. Each article names its speakers its own way:
//   "Trump" = "Donald Trump" = "US-Präsident Donald Trump"   (same surname, compatible first names)
//   "J.D. Vance" = "JD Vance"                                 (initials)
//   "Kreml" = "Kremls"; "Weißes Haus" = "Weißen Hauses"       (organisations by stems)
//   "Kremlsprecher Dmitri Peskow" ~ "Kreml"                   (a spokesperson and the body he speaks for)
import type { Speaker } from '../schema/document.js';
import { ROLE_WORD } from './lexicon.js';
import { stem } from './stem.js';

export interface SpeakerKey {
  /** Unique per distinct speaker description. */
  id: number;
  /** The name as given. */
  name: string;
  /** The name without leading role nouns: "Donald Trump". */
  display: string;
  /** Folded words of the name without leading role nouns. */
  tokens: string[];
  /** Stems of the name's words (for organisations). */
  stems: string[];
  person: boolean;
  /** Folded role and affiliation words: "kremlsprecher kreml". */
  ties: string;
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss');

const keyCache = new Map<string, SpeakerKey>();
let cleared = 0;

export function speakerKey(s: Pick<Speaker, 'name' | 'type'> & Partial<Pick<Speaker, 'role' | 'affiliation'>>): SpeakerKey {
  const cacheKey = `${s.name}\u0000${s.type}\u0000${s.role ?? ''}\u0000${s.affiliation ?? ''}`;
  const hit = keyCache.get(cacheKey);
  if (hit) return hit;
  let raw = s.name.split(/\s+/).filter(Boolean);
  // "US-Präsident Donald Trump" → "Donald Trump"; "der Senator Chris Murphy" → "Chris Murphy".
  while (raw.length > 1 && (/^\p{Ll}/u.test(raw[0]) || ROLE_WORD.test(raw[0]) || (s.role && s.role.includes(raw[0])))) raw = raw.slice(1);
  const tokens = raw.map((t) => fold(t).replace(/[^\p{L}\p{N}.-]/gu, '')).filter(Boolean);
  const person = s.type === 'person' || (s.type === 'unknown' && raw.length >= 2 && raw.every((t) => /^\p{Lu}/u.test(t)));
  const key: SpeakerKey = {
    id: keyCache.size + 1 + cleared * 100_000,
    name: s.name,
    display: raw.join(' '),
    tokens,
    stems: raw.map((t) => stem(t)),
    person,
    ties: fold(`${s.role ?? ''} ${s.affiliation ?? ''}`),
  };
  if (keyCache.size >= 100_000) {
    keyCache.clear();
    cleared++;
  }
  keyCache.set(cacheKey, key);
  return key;
}

/** How two speakers relate: the same one, one speaking for the other, or unrelated. */
export type Relation = 'same' | 'related' | 'different';

/**
 * `byTrade`: a spokesperson counts as related to any organisation (for
 * grouping statements); without it only a named tie does (for findings:
 * Kremlsprecher Peskow vs the agency Tass is worth a look).
 */
export function relate(a: SpeakerKey, b: SpeakerKey, byTrade = true): Relation {
  if (a === b) return 'same';
  const memoKey = `${byTrade ? 1 : 0}\u0000${a.id}\u0000${b.id}`;
  let r = relations.get(memoKey);
  if (r === undefined) {
    r = sameSpeaker(a, b) ? 'same' : speaksFor(a, b, byTrade) || speaksFor(b, a, byTrade) ? 'related' : 'different';
    if (relations.size > 500_000) relations.clear();
    relations.set(memoKey, r);
  }
  return r;
}

const relations = new Map<string, Relation>();

function sameSpeaker(a: SpeakerKey, b: SpeakerKey): boolean {
  if (a.tokens.length === 0 || b.tokens.length === 0) return false;
  if (a.person || b.person) {
    // A surname alone matches a full name ("Trump" = "Donald Trump"), first names must agree.
    if (a.tokens[a.tokens.length - 1] !== b.tokens[b.tokens.length - 1]) return false;
    const ga = a.tokens.slice(0, -1);
    const gb = b.tokens.slice(0, -1);
    if (ga.length === 0 || gb.length === 0) return true;
    return givenCompatible(ga[0], gb[0]);
  }
  // Organisations: the same stems, or one name inside the other ("Regierung" ⊂ "russische Regierung").
  const sa = new Set(a.stems);
  const sb = new Set(b.stems);
  const [small, big] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  for (const t of small) if (!big.has(t)) return false;
  return a.stems[a.stems.length - 1] === b.stems[b.stems.length - 1];
}

/** "J.D." ~ "JD" ~ "James"; "Wladimir" = "Wladimir". */
function givenCompatible(x: string, y: string): boolean {
  const cx = x.replace(/[.-]/g, '');
  const cy = y.replace(/[.-]/g, '');
  if (cx === cy) return true;
  const initials = (s: string, raw: string) => (raw.includes('.') || s.length <= 2 ? s : null);
  const ix = initials(cx, x);
  const iy = initials(cy, y);
  if (ix && cy.startsWith(ix[0])) return true;
  if (iy && cx.startsWith(iy[0])) return true;
  return false;
}

/**
 * A member whose role or affiliation names the organisation ("Kremlsprecher"
 * for "Kreml"), or a spokesperson, who speaks for some body by trade.
 */
function speaksFor(person: SpeakerKey, org: SpeakerKey, byTrade: boolean): boolean {
  if (org.person || !person.person || person.ties.trim() === '') return false;
  if (byTrade && /sprecher/.test(person.ties)) return true;
  return org.tokens.length > 0 && org.tokens.every((t) => t.length >= 3 && person.ties.includes(t.replace(/s$/, '')));
}
