import { EXIT, type Io } from '../io/streams.js';

export async function evalCommand(_paths: string[], _opts: Record<string, unknown>, io: Io): Promise<number> {
  io.stderr.write('claims: eval is not available yet\n');
  return EXIT.usage;
}
