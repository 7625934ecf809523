import type { OpenAPIObject } from '@nestjs/swagger';

const IF_MATCH = {
  name: 'If-Match',
  in: 'header',
  required: false,
  description: 'The ETag of the record as last seen ("3"), or *: the write is refused with 412 if the record stands elsewhere',
  schema: { type: 'string' },
} as const;

const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'A key of your own (1–255 visible ASCII characters, e.g. a UUID): a retry with the same key and request is answered as the ' +
    'first was, without writing again; another request with the key is 422; while the first is answered, 409',
  schema: { type: 'string', maxLength: 257 },
} as const;

/**
 * The headers every write (every POST) accepts and answers beyond its own route's: If-Match,
 * Idempotency-Key, ETag (the statuses they lead to, 412 and 422, are in openapi-responses.ts).
 */
export function documentWriteHeaders(document: OpenAPIObject): OpenAPIObject {
  for (const path of Object.values(document.paths)) {
    const write = path.post;
    if (!write) continue;
    write.parameters = [...(write.parameters ?? []), IF_MATCH, IDEMPOTENCY_KEY];
    const etag = { ETag: { description: 'The revision the record now stands at', schema: { type: 'string' } } };
    for (const [status, response] of Object.entries(write.responses ?? {}))
      if (status.startsWith('2') && response && 'description' in response) response.headers = { ...response.headers, ...etag };
  }
  return document;
}
