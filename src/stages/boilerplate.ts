import type { Work } from '../types.js';

export function boilerplate(work: Work): Work {
  return work;
}
