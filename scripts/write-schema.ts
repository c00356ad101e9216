// Writes public/rule-pack.schema.json from the zod schema (npm run schema).
import { writeFileSync } from 'node:fs';
import { packJsonSchema } from '../lib/packs/json-schema';

const target = new URL('../public/rule-pack.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(packJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
