import type { Work } from '../types.js';

export function attributeQuotes(work: Work): Work {
  return work;
}
