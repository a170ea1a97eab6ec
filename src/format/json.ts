// JSON output, streamed: the envelope first, then one document at a time, so
// memory does not grow with the number of articles. Keys keep schema order.
import type { Document } from '../schema/document.js';

export const jsonHead = () => '{"schemaVersion":1,"documents":[\n';
export const jsonItem = (doc: Document, index: number) => (index > 0 ? ',\n' : '') + JSON.stringify(doc);
export const jsonTail = () => '\n]}\n';

/** One document per line. */
export const ndjsonItem = (doc: Document) => JSON.stringify(doc) + '\n';
