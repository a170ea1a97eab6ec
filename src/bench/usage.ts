// Preloaded (`node --import`) into a run of the real binary: on exit, write
// what the process used, worker threads included — peak resident memory and
// CPU time — as JSON to the file named by CLAIMS_BENCH_USAGE.
import { writeFileSync } from 'node:fs';

const target = process.env.CLAIMS_BENCH_USAGE;
if (target) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRssKb: u.maxRSS, userSeconds: u.userCPUTime / 1e6, systemSeconds: u.systemCPUTime / 1e6 }));
  });
}
