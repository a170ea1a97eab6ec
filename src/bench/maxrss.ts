// Preloaded (`node --import`) into a run of the real binary: on exit, write
// the process's peak resident memory in kilobytes (worker threads included)
// to the file named by CLAIMS_BENCH_MAXRSS.
import { writeFileSync } from 'node:fs';

const target = process.env.CLAIMS_BENCH_MAXRSS;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
