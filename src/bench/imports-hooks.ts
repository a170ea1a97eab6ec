// Module loader hooks (they run on the loader thread) behind ./imports.ts.
import { appendFileSync } from 'node:fs';

let target = '';

export function initialize(data: { target: string }): void {
  target = data.target;
}

export async function load(
  url: string,
  context: unknown,
  next: (url: string, context: unknown) => Promise<unknown>,
): Promise<unknown> {
  if (target) appendFileSync(target, url + '\n');
  return next(url, context);
}
