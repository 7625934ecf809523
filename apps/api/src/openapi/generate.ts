import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deriveResponseSchemas, ROOT } from './response-schemas';

/** The files made from the code and committed, by the npm script that makes each. */
const GENERATED: Record<string, { file: string; make: (file: string) => Promise<string> }> = {
  'openapi:schemas': {
    file: join(ROOT, 'apps/api/src/http/openapi-response-schemas.json'),
    make: async () => `${JSON.stringify(deriveResponseSchemas(), null, 2)}\n`,
  },
  'openapi:client': {
    file: join(ROOT, 'apps/web/src/api-schema.ts'),
    // Imported when used: it builds the app, which needs the file `openapi:schemas` makes.
    make: async (file) => (await import('./client-types')).clientTypes(file),
  },
};

/**
 * `npm run openapi:schemas` derives the routes' answers from the handlers' return types;
 * `npm run openapi:client` makes the web app's API types from the OpenAPI document. With
 * `-- --check`, each writes nothing and fails if the committed file is not what it makes now.
 */
async function main(script: string, check: boolean): Promise<void> {
  if (!(script in GENERATED)) throw new Error(`Usage: generate.ts ${Object.keys(GENERATED).join(' | ')} [--check]`);
  const { file, make } = GENERATED[script];
  const made = await make(file);
  const path = relative(ROOT, file);
  if (!check) writeFileSync(file, made);
  else if (readFileSync(file, 'utf8') !== made)
    throw new Error(`${path} is not what the code makes now: run \`npm run ${script}\` and commit it`);
  console.log(check ? `${path} is up to date` : `Wrote ${path}`);
}

main(process.argv[2], process.argv.includes('--check')).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
