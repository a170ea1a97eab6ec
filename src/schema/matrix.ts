import { z } from 'zod';

export const Matrix = z.object({ schemaVersion: z.literal(1), rows: z.array(z.unknown()) });
export type Matrix = z.infer<typeof Matrix>;
