// The library: what the CLI uses, and what other programs may import.
export { extractArticle as extract, STAGES } from './pipeline.js';
export type { Article } from './types.js';
export * from './schema/document.js';
export { buildMatrix } from './matrix/index.js';
