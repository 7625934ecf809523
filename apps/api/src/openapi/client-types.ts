import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { createApp } from '../bootstrap';
import { openApiDocument } from '../http/openapi-document';

const HEADER = `/**
 * The API's OpenAPI document as types, for the web app's client (openapi-fetch): made by
 * \`npm run openapi:client\` from the document the app serves at /api/docs-json. Do not edit.
 */

`;

/**
 * The web app's API types (`apps/web/src/api-schema.ts`), from the document the app serves: the
 * app is created as tests create it (an empty store in memory), never started.
 */
export async function clientTypes(file: string): Promise<string> {
  const app = await createApp({ EVENT_STORE_PATH: ':memory:' }, { logger: false });
  try {
    const document = JSON.parse(JSON.stringify(openApiDocument(app))) as OpenAPI3;
    const types = astToString(await openapiTS(document, { silent: true, emptyObjectsUnknown: true }));
    return await format(HEADER + types, { ...(await resolveConfig(file)), filepath: file });
  } finally {
    await app.close();
  }
}
