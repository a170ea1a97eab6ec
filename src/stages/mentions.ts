import type { Work } from '../types.js';

export function findMentions(work: Work): Work {
  return work;
}
