/**
 * Regenerates public/managed_schema.json (Chrome's schema for the enterprise policy) from the one policy
 * table in lib/settings/policy-fields.ts.
 * Run: npm run build:policy-schema   (test/unit/admin/managed-schema.test.ts checks the file is current)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { managedSchemaText } from '../lib/settings/policy-fields';

const file = fileURLToPath(new URL('../public/managed_schema.json', import.meta.url));
writeFileSync(file, managedSchemaText());
console.log(`wrote ${file}`);
