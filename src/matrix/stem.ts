// A light German stemmer after the Snowball German algorithm: inflection
// suffixes come off inside the regions R1/R2, umlauts fold to their vowels.
//   "unrealistisches", "unrealistisch"      → "unrealist"
//   "Beseitigung", "beseitigen"             → "beseit"
//   "langes", "lang"; "produktives"         → "lang"; "produktiv"
//   "Grenzen", "Grenze"                     → "grenz"
//   "informieren", "informiert"             → "informi"
// The result is a matching key, not a word: it is never shown to a user.

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö', 'ü']);
const S_ENDING = new Set(['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'r', 't']);
const ST_ENDING = new Set(['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 't']);

const isVowel = (c: string | undefined) => c !== undefined && VOWELS.has(c);

/** Start of the region after the first non-vowel that follows a vowel, from `from`. */
function regionStart(w: string, from: number): number {
  for (let i = from + 1; i < w.length; i++) {
    if (!isVowel(w[i]) && isVowel(w[i - 1])) return i + 1;
  }
  return w.length;
}

const cache = new Map<string, string>();

/** The stem of one lower- or upper-case German word. */
export function stem(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const result = stemUncached(word);
  if (cache.size > 200_000) cache.clear();
  cache.set(word, result);
  return result;
}

function stemUncached(word: string): string {
  let w = word.toLowerCase().replace(/ß/g, 'ss');
  if (w.length < 4) return fold(w);
  // Participles and past forms of "-ieren" verbs: "informiert", "informierte" → "informier".
  w = w.replace(/(ier)(t|te|ten|tes|ter|tem|st)$/, '$1');
  // u and y between vowels act as consonants ("bauen", "Bayern").
  let marked = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    if ((c === 'u' || c === 'y') && i > 0 && i < w.length - 1 && isVowel(w[i - 1]) && isVowel(w[i + 1])) marked += c.toUpperCase();
    else marked += c;
  }
  w = marked;
  const r1 = Math.max(3, regionStart(w, 0));
  const r2 = regionStart(w, r1);
  const inR1 = (suffixLength: number) => w.length - suffixLength >= r1;
  const inR2 = (suffixLength: number) => w.length - suffixLength >= r2;

  // Step 1: em ern er | e en es | s (after a valid s-ending).
  const step1 = ['ern', 'em', 'er', 'en', 'es', 'e', 's'].find((s) => w.endsWith(s));
  if (step1 && inR1(step1.length)) {
    if (step1 === 's') {
      if (S_ENDING.has(w[w.length - 2])) w = w.slice(0, -1);
    } else {
      w = w.slice(0, -step1.length);
      if ((step1 === 'e' || step1 === 'en' || step1 === 'es') && w.endsWith('niss')) w = w.slice(0, -1);
    }
  }

  // Step 2: en er est | st (after a valid st-ending, itself after 3 letters).
  const step2 = ['est', 'en', 'er', 'st'].find((s) => w.endsWith(s));
  if (step2 && inR1(step2.length)) {
    if (step2 === 'st') {
      if (ST_ENDING.has(w[w.length - 3]) && w.length - 3 >= 3) w = w.slice(0, -2);
    } else {
      w = w.slice(0, -step2.length);
    }
  }

  // Step 3: derivational suffixes inside R2.
  const step3 = ['isch', 'lich', 'heit', 'keit', 'end', 'ung', 'ig', 'ik'].find((s) => w.endsWith(s));
  if (step3 && inR2(step3.length)) {
    const before = w.slice(0, -step3.length);
    if (step3 === 'end' || step3 === 'ung') {
      w = before;
      if (w.endsWith('ig') && inR2(2) && w[w.length - 3] !== 'e') w = w.slice(0, -2);
    } else if (step3 === 'ig' || step3 === 'ik' || step3 === 'isch') {
      if (!before.endsWith('e')) w = before;
    } else if (step3 === 'lich' || step3 === 'heit') {
      w = before;
      if ((w.endsWith('er') || w.endsWith('en')) && inR1(2)) w = w.slice(0, -2);
    } else {
      w = before;
      if (w.endsWith('lich') && inR2(4)) w = w.slice(0, -4);
      else if (w.endsWith('ig') && inR2(2)) w = w.slice(0, -2);
    }
  }
  return fold(w);
}

function fold(w: string): string {
  return w.replace(/[UY]/g, (c) => c.toLowerCase()).replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');
}
