// The articles a seeds gold file annotates: the files or folders given on the
// command line (matched by file name), else `<gold folder>/../seeds/`, else
// `./seeds/`. Read like `claims extract` reads them (same decoding).
import { stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { type InputError, readInputs } from '../io/read.js';
import { type SeedItem, seedsDoc } from './gold.js';
import type { GoldDoc } from './model.js';

export interface SeedTexts {
  docs: GoldDoc[];
  /** Inputs that could not be read or do not fit the gold: the run exits 2. */
  errors: InputError[];
  /** Inputs the gold does not annotate: reported, not scored. */
  notes: InputError[];
}

async function isFolder(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** Where the texts stand when no paths are given, or null. */
export async function defaultSeedsFolder(goldPath: string, cwd = process.cwd()): Promise<string | null> {
  for (const dir of [join(dirname(goldPath), '..', 'seeds'), resolve(cwd, 'seeds')]) {
    if (await isFolder(dir)) return dir;
  }
  return null;
}

export async function seedTexts(seeds: Record<string, SeedItem[]>, paths: string[], folder: string | null): Promise<SeedTexts> {
  const out: SeedTexts = { docs: [], errors: [], notes: [] };
  const names = Object.keys(seeds);
  const inputs = paths.length > 0 ? paths : folder ? names.map((n) => join(folder, n)) : [];
  const seen = new Set<string>();
  for await (const ev of readInputs(inputs)) {
    if (ev.error) {
      out.errors.push(ev.error);
      continue;
    }
    const name = basename(ev.article.path);
    const items = seeds[name];
    if (!items) {
      out.notes.push({ path: ev.article.path, message: 'not in the gold, not scored' });
      continue;
    }
    if (seen.has(name)) continue;
    seen.add(name);
    const doc = seedsDoc(name, ev.article.path, ev.article.text, items);
    if ('message' in doc) out.errors.push(doc);
    else out.docs.push(doc);
  }
  return out;
}
