// Preloaded (`node --import`) into a run of the real binary: records every
// module the run loads, so the benchmark can tell which packages a command
// pulls in. The list goes to the file named by CLAIMS_BENCH_IMPORTS.
import { register } from 'node:module';

const target = process.env.CLAIMS_BENCH_IMPORTS;
if (target) {
  register(new URL('./imports-hooks.js', import.meta.url), { data: { target } });
}
