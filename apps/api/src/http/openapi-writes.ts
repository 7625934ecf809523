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

/** What every write (every POST) accepts and may answer beyond its own route's description: If-Match, Idempotency-Key, ETag. */
export function documentWriteHeaders(document: OpenAPIObject): OpenAPIObject {
  for (const path of Object.values(document.paths)) {
    const write = path.post;
    if (!write) continue;
    write.parameters = [...(write.parameters ?? []), IF_MATCH, IDEMPOTENCY_KEY];
    const etag = { ETag: { description: 'The revision the record now stands at', schema: { type: 'string' } } };
    const answered = Object.entries(write.responses ?? {}).filter(([status]) => status.startsWith('2'));
    if (answered.length === 0) write.responses = { ...write.responses, 201: { description: 'Recorded' } };
    for (const [status, response] of Object.entries(write.responses ?? {}))
      if (status.startsWith('2') && response && 'description' in response) response.headers = { ...response.headers, ...etag };
    write.responses = {
      ...write.responses,
      412: { description: 'The record moved on since the revision in If-Match; nothing was written' },
      422: { description: 'The Idempotency-Key was used for another request; nothing was written' },
    };
  }
  return document;
}
