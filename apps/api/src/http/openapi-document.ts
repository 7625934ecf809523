import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { BEARER_SCHEME } from '@app/http-common';
import { documentResponses, RESPONSE_SCHEMAS } from './openapi-responses';
import { documentWriteHeaders } from './openapi-writes';
import { routeTable } from './route-table';

const ABOUT = new DocumentBuilder()
  .setTitle('governance-log')
  .setDescription(
    'Event-sourced governance and decision log for Nasjonalt e-helsestyre. Send a bearer token (`npm run token`, or your ' +
      'identity provider’s): the token holder is recorded as the actor of every write. Without one, you read what the public may.',
  )
  .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API token (glt_…) or the identity provider’s JWT' }, BEARER_SCHEME)
  .setVersion('0.1.0')
  // 3.1: its schemas are JSON Schema, as those derived from the handlers' return types are.
  .setOpenAPIVersion('3.1.0')
  .build();

/** The OpenAPI document of the app's routes, as served at /api/docs-json and generated for the web app (`npm run openapi:client`). */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  return documentWriteHeaders(documentResponses(SwaggerModule.createDocument(app, ABOUT), routeTable(app), RESPONSE_SCHEMAS));
}
