// Bytes to text: UTF-8 (with or without BOM). Binary data is refused.
import type { Warning } from '../schema/document.js';

export type Decoded = { text: string; warnings: Warning[] } | { error: string };

export function decode(bytes: Buffer): Decoded {
  if (bytes.length === 0) return { error: 'empty file' };
  if (bytes.includes(0)) return { error: 'binary file (not text)' };
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, warnings: [] };
}
