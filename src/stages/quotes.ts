// Pair quotation marks into spans. Every mark in use in German news:
//   „…“  “…”  »…«  «…»  "…"  with ‚…‘ and ›…‹ nested inside.
// Guillemets point either way; the first one in the article decides. Straight
// marks pair by position: '"' after a space opens, '"' before a space closes.
// A quotation may run over paragraphs when the next paragraph opens with the
// same mark:   „Erster Absatz …  ⏎  „Zweiter Absatz …“
// or when a later paragraph closes it with a mark nothing else opened.
// Anything left open at a paragraph's end is a warning, not a quotation.
import { QUOTE_PAIRS } from '../lexicon/index.js';
import type { Warning } from '../schema/document.js';
import type { QuoteSpan, Token, Work } from '../types.js';

const MAX_DEPTH = 6;
// Past this many, further problems with marks are counted in one last warning.
const MAX_WARNINGS = 100;

interface Open {
  mark: string;
  closers: readonly string[];
  token: number;
  /** Start of the quotation (the first mark, for continued paragraphs). */
  offset: number;
}

export function pairQuotes(work: Work): Work {
  const { tokens, text } = work;
  const spans: QuoteSpan[] = [];
  const warnings: Warning[] = [];
  const stack: Open[] = [];
  let guillemetOpener: string | null = null;
  let paragraphOf = -1;
  let continued = -1; // token index of a continuation mark to skip
  let lookaheads = MAX_LOOKAHEADS; // keeps text with thousands of open marks linear

  const lines = lineIndex(text);
  const lineCol = (offset: number) => position(lines, offset);
  const unclosed = (o: Open) =>
    warnings.length < MAX_WARNINGS &&
    warnings.push({
      code: 'unclosed-quote',
      message: `no closing mark for ${o.mark} opened at ${lineCol(o.offset)}`,
      start: o.offset,
      end: o.offset + 1,
    });

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const para = work.sentences[t.sentence]?.paragraph ?? 0;
    if (para !== paragraphOf) {
      // A new paragraph: open quotations continue only if it starts with their mark.
      if (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (t.kind === 'quote' && t.text === top.mark && stack.length === 1) continued = i;
        else if (stack.length > 1 || lookaheads-- <= 0 || !closesLater(tokens, i, top)) while (stack.length) unclosed(stack.pop()!);
      }
      paragraphOf = para;
    }
    if (t.kind !== 'quote') continue;
    if (i === continued) continue;
    const c = t.text;
    if (c === '«' || c === '»') guillemetOpener ??= c;

    const top = stack[stack.length - 1];
    if (top && top.closers.includes(c) && (c !== '"' || !looksOpening(tokens, i, text))) {
      stack.pop();
      spans.push({ open: top.offset, close: t.start, start: top.offset + 1, end: t.start, depth: stack.length, mark: top.mark });
      continue;
    }
    const closers = QUOTE_PAIRS.get(c);
    const opens =
      closers !== undefined &&
      (c === '«' || c === '»' ? c === guillemetOpener : true) &&
      (c !== '"' || looksOpening(tokens, i, text) || !top) &&
      (c !== '’' && c !== '‘');
    if (opens) {
      if (stack.length >= MAX_DEPTH) {
        if (warnings.length < MAX_WARNINGS) warnings.push({ code: 'deep-nesting', message: `quotation marks nested deeper than ${MAX_DEPTH} at ${lineCol(t.start)}`, start: t.start, end: t.end });
        continue;
      }
      stack.push({ mark: c, closers, token: i, offset: t.start });
      continue;
    }
    // A closing mark: close the nearest quotation it fits, abandoning inner ones.
    const k = findOpen(stack, c);
    if (k >= 0) {
      while (stack.length - 1 > k) unclosed(stack.pop()!);
      const o = stack.pop()!;
      spans.push({ open: o.offset, close: t.start, start: o.offset + 1, end: t.start, depth: stack.length, mark: o.mark });
    } else if (c !== '’' && c !== '‘' && warnings.length < MAX_WARNINGS) {
      warnings.push({ code: 'unopened-quote', message: `closing ${c} at ${lineCol(t.start)} has no opening mark`, start: t.start, end: t.end });
    }
  }
  while (stack.length) unclosed(stack.pop()!);
  if (warnings.length >= MAX_WARNINGS) warnings.push({ code: 'too-many-warnings', message: `more than ${MAX_WARNINGS} problems with quotation marks; the rest are not listed`, start: null, end: null });
  spans.sort((a, b) => a.open - b.open);
  return { ...work, quoteSpans: spans, inQuote: quoteFlags(tokens, spans), warnings: [...work.warnings, ...warnings] };
}

// How far a quotation is followed into paragraphs that do not open with its mark,
// and how many times an article may look that far.
const LOOKAHEAD_TOKENS = 600;
const MAX_LOOKAHEADS = 32;

/** Does a later paragraph close the quotation with a mark no other opens?
 *    heißt es:  ⏎  „Die Behörde darf …:  ⏎  […]  ⏎  11. heimliches Beobachten …“ */
function closesLater(tokens: Token[], from: number, o: Open): boolean {
  let depth = 0;
  for (let j = from; j < tokens.length && j < from + LOOKAHEAD_TOKENS; j++) {
    const c = tokens[j].text;
    if (tokens[j].kind !== 'quote' || c === '"') continue;
    if (o.closers.includes(c)) {
      if (depth === 0) return true;
      depth--;
    } else if (c === o.mark) depth++;
  }
  return false;
}

function quoteFlags(tokens: Token[], spans: QuoteSpan[]): Uint8Array {
  const flags = new Uint8Array(tokens.length);
  let k = 0;
  for (const q of spans) {
    if (q.depth > 0) continue;
    while (k < tokens.length && tokens[k].start < q.open) k++;
    for (let j = k; j < tokens.length && tokens[j].start <= q.close; j++) flags[j] = 1;
  }
  return flags;
}

function findOpen(stack: Open[], c: string): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].closers.includes(c)) return k;
  return -1;
}

/** A straight mark opens when a space (or line start, or bracket) stands before it and a word after. */
function looksOpening(tokens: Token[], i: number, text: string): boolean {
  const t = tokens[i];
  const before = t.start > 0 ? text[t.start - 1] : ' ';
  const after = t.end < text.length ? text[t.end] : ' ';
  const spaceBefore = /[\s([{\-–—/]/.test(before);
  const spaceAfter = /[\s.,;:!?)\]]/.test(after);
  if (spaceBefore && !spaceAfter) return true;
  if (!spaceBefore && spaceAfter) return false;
  return spaceBefore;
}

/** Offsets where lines begin, for "line:column" in messages. */
export function lineIndex(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** "3:12": line and column (1-based) of an offset. */
export function position(lines: number[], offset: number): string {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return `${lo + 1}:${offset - lines[lo] + 1}`;
}
