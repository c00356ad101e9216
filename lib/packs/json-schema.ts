/**
 * The JSON Schema admins point their editor at ("$schema": ".../rule-pack.schema.json") for
 * completion and inline errors. Generated from the zod schema, so the two cannot disagree.
 */
import { z } from 'zod';
import { packSchema } from './schema';

export function packJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(packSchema, { io: 'input', unrepresentable: 'any', reused: 'ref' });
  return {
    ...schema,
    $id: 'https://policyvakt.se/rule-pack.schema.json',
    title: 'Policyvakt rule pack',
    description: "A municipality's social-media guidelines as rules for Policyvakt.",
  };
}
