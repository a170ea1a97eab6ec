// CPU profile of the extraction, and a summary of it: the functions that
// take the most time themselves (self time), with their file and line.
// `npm run bench -- --profile` profiles in-process; a .cpuprofile written by
// `node --cpu-prof` can be summarised with `--summarise FILE`.
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './corpus.js';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface HotSpot {
  function: string;
  /** file:line (1-based), relative to the repository when inside it. */
  where: string;
  selfMs: number;
  /** Share of the busy (non-idle) time. */
  percent: number;
}

/** Profile `fn` with the inspector, sampling every `intervalUs` microseconds. */
export async function profile(fn: () => void | Promise<void>, intervalUs = 250): Promise<CpuProfile> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: intervalUs });
    await session.post('Profiler.start');
    await fn();
    const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
    return profile;
  } finally {
    session.disconnect();
  }
}

export function hotSpots(p: CpuProfile, top = 10): HotSpot[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, { frame: CallFrame; us: number }>();
  let busy = 0;
  for (let i = 0; i < p.samples.length; i++) {
    // The time until the next sample is spent where this one landed.
    const us = i + 1 < p.timeDeltas.length ? p.timeDeltas[i + 1] : 0;
    const frame = byId.get(p.samples[i]);
    if (!frame || frame.functionName === '(idle)' || frame.functionName === '(root)') continue;
    busy += us;
    const key = `${frame.functionName}|${frame.url}|${frame.lineNumber}`;
    const entry = self.get(key) ?? { frame, us: 0 };
    entry.us += us;
    self.set(key, entry);
  }
  return [...self.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, top)
    .map(({ frame, us }) => ({
      function: frame.functionName || '(anonymous)',
      where: where(frame),
      selfMs: us / 1000,
      percent: busy > 0 ? (100 * us) / busy : 0,
    }));
}

export function hotSpotsOfFile(path: string, top = 10): HotSpot[] {
  return hotSpots(JSON.parse(readFileSync(path, 'utf8')) as CpuProfile, top);
}

function where(frame: CallFrame): string {
  if (!frame.url) return '';
  let file = frame.url;
  if (file.startsWith('file:')) {
    const abs = fileURLToPath(file);
    const rel = relative(repoRoot, abs);
    file = rel.startsWith('..') ? abs : rel;
  }
  return `${file}:${frame.lineNumber + 1}`;
}
