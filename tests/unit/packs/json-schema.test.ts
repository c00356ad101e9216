import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packJsonSchema } from '../../../lib/packs/json-schema';

describe('public/rule-pack.schema.json', () => {
  const shipped = JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/rule-pack.schema.json'), 'utf8'));

  it('is the schema generated from the zod schema (run `npm run schema` after changing it)', () => {
    expect(shipped).toEqual(packJsonSchema());
  });

  it('offers admins the closed set of rule kinds and the severities', () => {
    const text = JSON.stringify(shipped);
    for (const kind of ['existence', 'substitution', 'occurrence', 'metric', 'personnummer', 'address', 'confidential', 'tone', 'platform-length', 'language', 'official-business']) {
      expect(text).toContain(`"const":"${kind}"`);
    }
    expect(text).toContain('"enum":["error","warning","info"]');
  });
});
