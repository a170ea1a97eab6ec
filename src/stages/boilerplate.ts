// Site chrome, credits and captions are not content, and the credits name the
// outlet:
//   "Mobiles Menü schließen", "Startseite Schlagzeilen"        chrome
//   "Foto: Alex Brandon/AP/dpa" and the caption above it        a photo, not the source
//   "dpa" alone on the last line, "Washington (Reuters) -",
//   "Quelle: (c) Copyright Thomson Reuters 2025"               the outlet
//   "Dies berichten unter anderem Rosenheim24 und die New York Times."   the outlets
import { z } from 'zod';
import data from '../lexicon/de/boilerplate.js';
import type { Paragraph, Work } from '../types.js';

const Boilerplate = z.object({ chrome: z.array(z.string()), captionEnds: z.array(z.string()), agencies: z.record(z.string(), z.string()) });
const lex = Boilerplate.parse(data);
const CHROME = new RegExp(lex.chrome.map((p) => `(?:${p})`).join('|'));
const AGENCY_LINE = /^(dpa|AFP|Reuters|AP|KNA|epd|APA|sda|dts|DPA)(?:[/,] ?[a-zA-Z]{2,8}){0,3}$/;
const DATELINE = /\((dpa|AFP|Reuters|AP|KNA|epd|APA|sda|dts)(?:\/[a-zA-Z]{1,8})?\)/;
const COPYRIGHT = /Copyright (?:Thomson )?(Reuters|dpa|AFP|AP|APA)\b/;
const DIES_BERICHTEN = /\b(?:Dies|Das) (?:berichten|berichtete[n]?|meldeten|melden) (?:unter anderem |u\. a\. )?(.{2,120}?)\.?$/;
const PHOTO_CREDIT = /^(Foto|Fotos|Bild):/;

export function boilerplate(work: Work): Work {
  const { paragraphs, text } = work;
  const chrome: Paragraph[] = [];
  let source = '';
  let sourceFrom = work.sourceFrom;
  const lines = paragraphs.map((p) => text.slice(p.start, p.end).trim());

  for (let i = 0; i < paragraphs.length; i++) {
    const line = lines[i];
    const isChrome = CHROME.test(line) || lex.captionEnds.some((e) => line.endsWith(e)) || (PHOTO_CREDIT.test(lines[i + 1] ?? '') && line.length < 200);
    if (isChrome) chrome.push(paragraphs[i]);
    if (PHOTO_CREDIT.test(line)) continue; // "Foto: …/AP/dpa" credits the photo, not the article
    const agency = AGENCY_LINE.exec(line) ?? (i < 3 ? DATELINE.exec(line) : null) ?? COPYRIGHT.exec(line);
    if (agency && !source) {
      source = lex.agencies[agency[1]] ?? agency[1];
      sourceFrom = 'credit';
    }
  }
  if (!source) {
    const m = DIES_BERICHTEN.exec(lines[lines.length - 1] ?? '') ?? lines.map((l) => DIES_BERICHTEN.exec(l)).find(Boolean);
    if (m) {
      source = m[1].split(/,| und | sowie /).map((s) => s.replace(/^(die|der|das|dem|den)\s+/, '').trim()).filter(Boolean).join(' / ');
      sourceFrom = 'byline';
    }
  }
  const title = work.title ?? firstHeading(work, chrome);
  const keepMetadata = work.sourceFrom === 'metadata' && work.source;
  return {
    ...work,
    boilerplate: chrome,
    source: keepMetadata ? work.source : source || work.source,
    sourceFrom: keepMetadata ? 'metadata' : source ? sourceFrom : work.sourceFrom,
    title,
  };
}

/** The first heading line that is not chrome: the article's title. */
function firstHeading(work: Work, chrome: Paragraph[]): string | null {
  for (const s of work.sentences.slice(0, 8)) {
    if (chrome.some((c) => c.start <= s.start && s.start < c.end)) continue;
    if (s.heading && s.end - s.start < 200) return work.text.slice(s.start, s.end);
    return null;
  }
  return null;
}
