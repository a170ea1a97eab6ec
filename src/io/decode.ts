// Bytes to text. What saved articles come as:
//   UTF-8, with or without a byte-order mark           read as is
//   UTF-16 LE/BE with a byte-order mark (Notepad, Word) read as UTF-16
//   Windows-1252 / Latin-1 ("Gr\xfc\xdfe" from old CMS exports)
//                                                      read as Windows-1252, with a warning
// Binary data (a PDF or image renamed .txt, an executable) is refused by its
// magic bytes, NUL bytes or a high share of control characters.
// Line endings stay as they are (CRLF, CR, LF): every offset refers to the
// decoded text exactly as read.
import type { Warning } from '../schema/document.js';

export type Decoded = { text: string; encoding: string; warnings: Warning[] } | { error: string };

const MAGIC: readonly [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]], // GIF8
  ['RIFF media (WebP, WAV, AVI)', [0x52, 0x49, 0x46, 0x46]],
  ['ZIP archive or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['Word 97-2003 document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['executable', [0x7f, 0x45, 0x4c, 0x46]], // ELF
];

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

/** The kind of binary file the bytes begin with, if any. */
export function magicKind(bytes: Uint8Array): string | null {
  for (const [kind, sig] of MAGIC) if (sig.every((b, i) => bytes[i] === b)) return kind;
  return null;
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { error: 'empty file' };
  const magic = magicKind(bytes);
  if (magic) return { error: `binary file (${magic}), not text` };

  let decoded: { text: string; encoding: string; warnings: Warning[] };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = fromUtf8(bytes.subarray(3));
  } else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    decoded = fromUtf16(bytes.subarray(2), bytes[0] === 0xff ? 'le' : 'be');
  } else {
    if (bytes.includes(0)) {
      const guessed = utf16WithoutBom(bytes);
      if (!guessed) return { error: 'binary file (NUL bytes), not text' };
      decoded = guessed;
    } else {
      decoded = fromUtf8(bytes);
    }
  }
  if (looksBinary(decoded.text)) return { error: 'binary file (control characters), not text' };
  return decoded;
}

/** UTF-8 when valid; otherwise Windows-1252 when that is plausible, else UTF-8 with replacements. */
function fromUtf8(bytes: Uint8Array): { text: string; encoding: string; warnings: Warning[] } {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    /* not valid UTF-8: see below */
  }
  const { valid, invalid, undefined1252 } = utf8Census(bytes);
  if (valid > invalid || undefined1252 > 0) {
    // Mostly UTF-8 with a few damaged bytes: keep it UTF-8.
    const text = utf8Lenient.decode(bytes);
    const at = text.indexOf('\ufffd');
    return {
      text,
      encoding: 'utf-8',
      warnings: [warn(`${invalid} invalid UTF-8 byte${invalid === 1 ? '' : 's'} replaced by U+FFFD`, at)],
    };
  }
  const text = decodeWindows1252(bytes);
  // Windows-1252 maps byte for byte, so the first non-ASCII byte is the first odd character.
  const at = bytes.findIndex((b) => b >= 0x80);
  return { text, encoding: 'windows-1252', warnings: [warn('not valid UTF-8; read as Windows-1252 (Latin-1)', at)] };
}

function fromUtf16(bytes: Uint8Array, order: 'le' | 'be'): { text: string; encoding: string; warnings: Warning[] } {
  const warnings: Warning[] = [];
  let body = bytes;
  if (body.length % 2 === 1) {
    body = body.subarray(0, body.length - 1);
    warnings.push(warn('UTF-16 file with an odd number of bytes; the last byte was dropped', null));
  }
  const text = (order === 'le' ? utf16le : utf16be).decode(body);
  return { text, encoding: `utf-16${order}`, warnings };
}

/** ASCII text saved as UTF-16 without a byte-order mark: every other byte is NUL. */
function utf16WithoutBom(bytes: Uint8Array): { text: string; encoding: string; warnings: Warning[] } | null {
  if (bytes.length < 4 || bytes.length % 2 === 1) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = bytes.length / 2;
  const order = oddZero >= pairs * 0.9 && evenZero <= pairs * 0.1 ? 'le' : evenZero >= pairs * 0.9 && oddZero <= pairs * 0.1 ? 'be' : null;
  if (!order) return null;
  const decoded = fromUtf16(bytes, order);
  decoded.warnings.push(warn(`no byte-order mark; read as UTF-16 ${order.toUpperCase()}`, null));
  return decoded;
}

/** Count well-formed multi-byte UTF-8 sequences, invalid bytes, and bytes Windows-1252 leaves undefined. */
function utf8Census(bytes: Uint8Array): { valid: number; invalid: number; undefined1252: number } {
  let valid = 0;
  let invalid = 0;
  let undefined1252 = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) undefined1252++;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  // A continuation byte of a valid UTF-8 sequence may be one of the undefined ones; only count them when the file is not UTF-8.
  return { valid, invalid, undefined1252: valid > 0 ? 0 : undefined1252 };
}

/** More than 1 % control characters (other than tab, line feed, carriage return, form feed): not text. */
function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11) || c === 0x7f) control++;
  }
  return control > 8 && control > sample.length * 0.01;
}

// Bytes 0x80–0x9F in Windows-1252 ("\x84Ja\x93" is „Ja“). Node's own
// TextDecoder('windows-1252') reads them as Latin-1 control characters, so
// they are mapped here; the five bytes Windows-1252 leaves undefined stay as is.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part = bytes.subarray(i, i + CHUNK);
    const codes = new Array<number>(part.length);
    for (let k = 0; k < part.length; k++) {
      const b = part[k];
      codes[k] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

function warn(message: string, at: number | null): Warning {
  const start = at !== null && at >= 0 ? at : null;
  return { code: 'encoding', message, start, end: start === null ? null : start + 1 };
}
