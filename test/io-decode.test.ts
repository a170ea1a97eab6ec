// Bytes to text: encodings are detected, binary files refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, decodeWindows1252 } from '../src/io/decode.js';
import { inputs } from './io-helpers.js';

const SENTENCE = '„Wir müssen jetzt handeln“, sagte Bürgermeisterin Schäfer – 5 € mehr.';
const cp1252 = (s: string) =>
  Buffer.from(
    [...s].map((c) => {
      const table: Record<string, number> = { '„': 0x84, '“': 0x93, '–': 0x96, '€': 0x80, '‚': 0x82, '‘': 0x91 };
      return table[c] ?? c.charCodeAt(0);
    }),
  );
const ok = (bytes: Buffer) => {
  const d = decode(bytes);
  if ('error' in d) throw new Error(d.error);
  return d;
};

describe('decode', () => {
  it.each([
    ['UTF-8', Buffer.from(SENTENCE, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE, 'utf8')]), 'utf-8'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]), 'utf-16le'],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SENTENCE, 'utf16le').swap16()]), 'utf-16be'],
  ])('%s reads without a warning', (_name, bytes, encoding) => {
    const d = ok(bytes);
    expect(d.text).toBe(SENTENCE);
    expect(d.encoding).toBe(encoding);
    expect(d.warnings).toEqual([]);
  });

  it('reads Windows-1252 with a warning placed at the first non-ASCII character', () => {
    const d = ok(cp1252('Die Stadt sagte: ' + SENTENCE));
    expect(d.text).toBe('Die Stadt sagte: ' + SENTENCE);
    expect(d.encoding).toBe('windows-1252');
    expect(d.warnings).toEqual([{ code: 'encoding', message: 'not valid UTF-8; read as Windows-1252 (Latin-1)', start: 17, end: 18 }]);
    expect(d.text.slice(17, 18)).toBe('„');
  });

  it('keeps mostly-UTF-8 text UTF-8 and replaces the few broken bytes', () => {
    const bytes = Buffer.concat([Buffer.from('Die Bürger sagten: „Nein“ ', 'utf8'), Buffer.from([0xfc]), Buffer.from(' zur Straße.', 'utf8')]);
    const d = ok(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('Die Bürger sagten: „Nein“ \ufffd zur Straße.');
    expect(d.warnings).toEqual([{ code: 'encoding', message: '1 invalid UTF-8 byte replaced by U+FFFD', start: 26, end: 27 }]);
  });

  it('reads UTF-16 LE without a byte-order mark, with a warning', () => {
    const d = ok(Buffer.from('Der Rat sagte, es gebe keine Einigung.', 'utf16le'));
    expect(d.text).toBe('Der Rat sagte, es gebe keine Einigung.');
    expect(d.warnings.map((w) => w.message)).toEqual(['no byte-order mark; read as UTF-16 LE']);
  });

  it.each([
    ['CRLF', 'Erste Zeile.\r\nZweite „Zeile“.\r\n'],
    ['CR', 'Erste Zeile.\rZweite „Zeile“.\r'],
    ['mixed', 'Eins.\nZwei.\r\nDrei.\rVier.'],
  ])('keeps %s line endings as they are', (_name, text) => {
    expect(ok(Buffer.from(text)).text).toBe(text);
  });

  it.each([
    ['a PDF', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj'), 'binary file (PDF), not text'],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary file (PNG image), not text'],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), 'binary file (JPEG image), not text'],
    ['a .docx (ZIP)', Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]), 'binary file (ZIP archive or Office document), not text'],
    ['bytes with NULs', Buffer.from([0x41, 0, 0, 0x42, 0x43, 0, 0xff, 0x10]), 'binary file (NUL bytes), not text'],
    ['control characters', Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 5 === 0 ? 0x01 + (i % 7) : 0x61))), 'binary file (control characters), not text'],
    ['nothing', Buffer.alloc(0), 'empty file'],
  ])('refuses %s', (_name, bytes, error) => {
    expect(decode(bytes)).toEqual({ error });
  });

  it('lets a few control characters through (a form feed, a stray escape)', () => {
    const d = ok(Buffer.from('Seite 1\fSeite 2 \x1b sagte er.'));
    expect(d.text).toBe('Seite 1\fSeite 2 \x1b sagte er.');
  });

  it('maps every Windows-1252 byte from 0x80 to 0x9F', () => {
    const text = decodeWindows1252(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i));
    expect(text).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
    expect(decodeWindows1252(Uint8Array.from([0x47, 0x72, 0xfc, 0xdf, 0x65]))).toBe('Grüße');
  });

  it.each([
    ['cp1252.txt', 'windows-1252', 'Grüße aus Köln'],
    ['utf16le-bom.txt', 'utf-16le', '„Wir schaffen das“'],
    ['utf16be-bom.txt', 'utf-16be', '„Wir schaffen das“'],
    ['bom-utf8.txt', 'utf-8', '„Es bleibt dabei“'],
  ])('fixture %s reads as %s', (file, encoding, start) => {
    const d = ok(readFileSync(join(inputs, file)));
    expect(d.encoding).toBe(encoding);
    expect(d.text.startsWith(start)).toBe(true);
    expect(d.text).not.toContain('\ufffd');
  });
});
