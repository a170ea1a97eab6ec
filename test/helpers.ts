import { extractArticle } from '../src/pipeline.js';
import type { Document } from '../src/schema/document.js';

export function extractText(text: string, id = 'test.txt'): Document {
  return extractArticle({ id, path: id, text, warnings: [] });
}
