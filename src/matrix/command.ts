import { EXIT, type Io } from '../io/streams.js';

export async function matrixCommand(_paths: string[], _opts: Record<string, unknown>, io: Io): Promise<number> {
  io.stderr.write('claims: matrix is not available yet\n');
  return EXIT.usage;
}
