import type { Work } from '../types.js';

export function findClaims(work: Work): Work {
  return work;
}
