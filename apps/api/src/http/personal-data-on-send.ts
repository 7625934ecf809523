import type { FastifyInstance } from 'fastify';
import { MARK, type PersonalData } from '@app/event-store';
import { escapeHtml, markdownWithoutHtml } from '@app/shared-kernel';

/** How a revealed value is written into an answer of each type (JSON: as a string's content). */
const ESCAPES: [RegExp, (value: string) => string][] = [
  [/json/, (value) => JSON.stringify(value).slice(1, -1)],
  [/text\/html/, escapeHtml],
  [/text\/markdown/, markdownWithoutHtml],
  // In a CSV cell: no separator, quote or line break, and never the start of a formula.
  [/text\/csv/, (value) => value.replace(/[;,"\r\n]/g, ' ').replace(/^[=+\-@\t]/, "'$&")],
];

/**
 * Where answers reveal personal data: as an answer leaves the app, already serialised (JSON,
 * the referat, a report), every sealed value in it is decrypted with its person's key, or reads
 * "slettet" once the person is erased. The read models and the projection store hold only sealed
 * values (command handlers open them in memory to decide, and a request's own principal carries
 * its name); an answer without any sealed value costs one search of its bytes.
 */
export function revealPersonalDataOnSend(fastify: FastifyInstance, personalData: PersonalData): void {
  fastify.addHook('onSend', async (_request, reply, payload) => {
    if ((typeof payload !== 'string' && !Buffer.isBuffer(payload)) || !payload.includes(MARK)) return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    const escape = ESCAPES.find(([pattern]) => pattern.test(type))?.[1] ?? ((value: string) => value);
    return personalData.reveal(payload.toString(), escape);
  });
}
