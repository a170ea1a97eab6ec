// Load the lexicons once, validated with zod, into the lookup shapes the
// stages use (Sets and Maps). A linguist extends the data files under
// src/lexicon/<lang>/ without touching the extractor.
import { z } from 'zod';
import abbreviationsData from './de/abbreviations.js';
import quotesData from './de/quotes.js';

const Abbreviations = z.object({ abbreviations: z.array(z.string()), months: z.array(z.string()) });
const QuoteMarks = z.object({ pairs: z.array(z.object({ open: z.string().length(1), close: z.array(z.string().length(1)) })) });

function load<T>(name: string, schema: z.ZodType<T>, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`lexicon ${name} is invalid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const abbr = load('de/abbreviations', Abbreviations, abbreviationsData);
const marks = load('de/quotes', QuoteMarks, quotesData);

export const ABBREVIATIONS: ReadonlySet<string> = new Set(abbr.abbreviations);
export const MONTHS: ReadonlySet<string> = new Set(abbr.months);

/** Opening mark → the marks that may close it. */
export const QUOTE_PAIRS: ReadonlyMap<string, readonly string[]> = new Map(marks.pairs.map((p) => [p.open, p.close]));
/** Every character that is a quotation mark. */
export const QUOTE_CHARS: ReadonlySet<string> = new Set(marks.pairs.flatMap((p) => [p.open, ...p.close]));
