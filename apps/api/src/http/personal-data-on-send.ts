import type { FastifyInstance } from 'fastify';
import type { PersonalData } from '@app/event-store';
import { escapeHtml, markdownWithoutHtml } from '@app/shared-kernel';

/** How a revealed value is written into an answer of each type (JSON: as a string's content). */
const ESCAPES: [RegExp, (value: string) => string][] = [
  [/json/, (value) => JSON.stringify(value).slice(1, -1)],
  [/text\/html/, escapeHtml],
  [/text\/markdown/, markdownWithoutHtml],
  [/text\/csv/, (value) => value.replace(/[;,"\r\n]/g, ' ')],
];

/**
 * The one place personal data is revealed: as an answer leaves the app, already serialised
 * (JSON, the referat, a report), every sealed value in it is decrypted with its person's key,
 * or reads "slettet" once the person is erased. Nothing before this point holds it in clear,
 * and an answer without any sealed value costs one search of its bytes.
 */
export function revealPersonalDataOnSend(fastify: FastifyInstance, personalData: PersonalData): void {
  fastify.addHook('onSend', async (_request, reply, payload) => {
    if ((typeof payload !== 'string' && !Buffer.isBuffer(payload)) || !payload.includes(PersonalDataMark)) return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    const escape = ESCAPES.find(([pattern]) => pattern.test(type))?.[1] ?? ((value: string) => value);
    return personalData.reveal(payload.toString(), escape);
  });
}

/** How a sealed value starts (see PersonalData). */
const PersonalDataMark = '⟦pii1:';
