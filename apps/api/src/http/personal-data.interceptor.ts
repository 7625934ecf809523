import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { map, type Observable } from 'rxjs';
import { PersonalData } from '@app/event-store';
import { escapeHtml, markdownWithoutHtml } from '@app/shared-kernel';

/** How a revealed value is written into a text answer of each type. */
const ESCAPES: [RegExp, (value: string) => string][] = [
  [/text\/html/, escapeHtml],
  [/text\/markdown/, markdownWithoutHtml],
  [/text\/csv/, (value) => value.replace(/[;,"\r\n]/g, ' ')],
];

/**
 * The one place personal data is revealed: as an answer leaves the app, every sealed value in it
 * (JSON, or a text already rendered: the referat, a report) is decrypted with its person's key,
 * or reads "slettet" once the person is erased. Nothing before this point holds it in clear.
 */
@Injectable()
export class PersonalDataInterceptor implements NestInterceptor {
  constructor(private readonly personalData: PersonalData) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((result) => {
        if (Buffer.isBuffer(result)) return result;
        if (typeof result !== 'string') return this.personalData.revealAll(result);
        const type = String(context.switchToHttp().getResponse<{ getHeader(name: string): unknown }>().getHeader('content-type') ?? '');
        const escape = ESCAPES.find(([pattern]) => pattern.test(type))?.[1];
        return this.personalData.reveal(result, escape);
      }),
    );
  }
}
