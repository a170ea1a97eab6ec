// `claims schema [extract|matrix]`: the JSON Schema, generated from zod.
import { z } from 'zod';
import { EXIT, type Io } from '../io/streams.js';
import { Extraction } from '../schema/document.js';

export async function schemaCommand(which: string, io: Io): Promise<number> {
  let schema: z.ZodType;
  if (which === 'extract') schema = Extraction;
  else if (which === 'matrix') schema = (await import('../schema/matrix.js')).Matrix;
  else {
    io.stderr.write(`claims: unknown schema '${which}' (extract or matrix)\n`);
    return EXIT.usage;
  }
  io.stdout.write(JSON.stringify(z.toJSONSchema(schema), null, 2) + '\n');
  return EXIT.ok;
}
