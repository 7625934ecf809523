/**
 * Every error the core raises on purpose. `kind` decides the HTTP status in the one
 * exception filter of the API (validation 400, not_found 404, conflict 409); `code` is
 * stable and meant for clients (`'SAK.NUMBER_TAKEN'`), the message for people.
 */
export type DomainErrorKind = 'validation' | 'not_found' | 'conflict';

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  abstract readonly code: string;

  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input that breaks a rule; `field` names the offending field where there is one. */
export class ValidationFailed extends DomainError {
  readonly kind = 'validation';

  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, field ? { field, ...details } : details);
  }
}

/** The common shape of errors that need nothing but a code, a message and details. */
abstract class CodedError extends DomainError {
  constructor(
    readonly code: string,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, details);
  }
}

export class NotFound extends CodedError {
  readonly kind = 'not_found';
}

export class Conflict extends CodedError {
  readonly kind = 'conflict';
}
