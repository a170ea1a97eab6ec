// The token scanner: where the token starting at a visible character ends.
// A hand-written reading of this expression, which is several times slower
// in the regular-expression engine because of its Unicode classes:
//
//   [\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*(?:\.(?:de|com|…)(?![\p{L}\p{N}]))?
//   | \p{N}+(?:[.,:]\p{N}+)*
//   | \S
//
// Words (with inner hyphens and apostrophes: "US-Präsident", "Trump's"; a web
// address as one word: "t-online.de", "faz.net"), numbers ("1.000", "3,5",
// "2014"), or any other single visible character (a code point).

const LETTER = 1; // \p{L} or \p{M}
const NUMBER = 2; // \p{N}
const OTHER = 3;

/** Classes of the UTF-16 units of the Basic Multilingual Plane, filled in as they are met (0: not yet). */
const BMP = new Uint8Array(0x10000);
/** Classes of code points beyond it. */
const ASTRAL = new Map<number, number>();

const IS_LETTER = /^[\p{L}\p{M}]$/u;
const IS_NUMBER = /^\p{N}$/u;

function classify(ch: string): number {
  return IS_LETTER.test(ch) ? LETTER : IS_NUMBER.test(ch) ? NUMBER : OTHER;
}

for (let c = 0; c < 128; c++) BMP[c] = classify(String.fromCharCode(c));

/** Class of the code point at `i`; its length in UTF-16 units is 2 for a surrogate pair. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let k = ASTRAL.get(cp);
      if (k === undefined) {
        k = classify(String.fromCodePoint(cp));
        ASTRAL.set(cp, k);
      }
      return k;
    }
  }
  let k = BMP[c];
  if (k === 0) {
    k = c >= 0xd800 && c <= 0xdfff ? OTHER : classify(String.fromCharCode(c)); // a lone surrogate
    BMP[c] = k;
  }
  return k;
}

/** UTF-16 length of the code point at `i`. */
function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** What `\s` matches (white space and line terminators). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// Top-level domains that keep a web address one word.
const DOMAINS = ['de', 'com', 'net', 'org', 'at', 'ch', 'eu', 'info', 'tv'];

/** End of the run of letters, marks and digits from `i`. */
function alnumRun(text: string, i: number): number {
  while (i < text.length) {
    const k = classAt(text, i);
    if (k === OTHER) break;
    i += widthAt(text, i);
  }
  return i;
}

/** End of the token that starts at `i`, a visible (non-space) character. */
export function tokenEnd(text: string, i: number): number {
  const k = classAt(text, i);
  if (k === LETTER) {
    let j = alnumRun(text, i + widthAt(text, i));
    // inner hyphens and apostrophes: "US-Präsident", "Trump's"
    for (;;) {
      const c = text.charCodeAt(j);
      if ((c === 45 || c === 39 || c === 0x2019) && j + 1 < text.length && classAt(text, j + 1) !== OTHER) j = alnumRun(text, j + 1);
      else break;
    }
    // ".de", ".com", …: not followed by a letter or digit ("t-online.de", not "faz.deutsch")
    if (text.charCodeAt(j) === 46) {
      for (const d of DOMAINS) {
        if (!text.startsWith(d, j + 1)) continue;
        const after = j + 1 + d.length;
        const n = after < text.length ? classAt(text, after) : OTHER;
        if (n === OTHER || (n === LETTER && isMark(text, after))) return after;
        break;
      }
    }
    return j;
  }
  if (k === NUMBER) {
    let j = numberRun(text, i);
    // "1.000", "3,5", "12:30"
    for (;;) {
      const c = text.charCodeAt(j);
      if ((c === 46 || c === 44 || c === 58) && j + 1 < text.length && classAt(text, j + 1) === NUMBER) j = numberRun(text, j + 1);
      else break;
    }
    return j;
  }
  return i + widthAt(text, i);
}

function numberRun(text: string, i: number): number {
  while (i < text.length && classAt(text, i) === NUMBER) i += widthAt(text, i);
  return i;
}

const IS_MARK = /^\p{M}$/u;

/** A combining mark may follow a domain (the lookahead excludes letters and digits only). */
function isMark(text: string, i: number): boolean {
  return IS_MARK.test(text.slice(i, i + widthAt(text, i)));
}
