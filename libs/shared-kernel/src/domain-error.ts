/**
 * Every error the core raises on purpose. `kind` decides the HTTP status in the one
 * exception filter of the API (validation 400, unauthenticated 401, forbidden 403,
 * not_found 404, conflict 409, precondition_failed 412, unprocessable 422); `code` is stable and meant for clients
 * (`'SAK.NUMBER_TAKEN'`), the message for people.
 */
export type DomainErrorKind =
  'validation' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'precondition_failed' | 'too_large' | 'unprocessable';

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

/** No proven identity: no credentials, or credentials that do not check out. */
export class Unauthenticated extends CodedError {
  readonly kind = 'unauthenticated';
}

/** A proven identity that may not do this (its roles do not allow it, or it acts for someone else). */
export class Forbidden extends CodedError {
  readonly kind = 'forbidden';
}

/** The writer's condition on the record (the revision it last saw, `If-Match`) no longer holds. Nothing was written. */
export class PreconditionFailed extends CodedError {
  readonly kind = 'precondition_failed';
}

/** Well-formed input that cannot be taken as it is, e.g. an idempotency key already used for another request. */
export class Unprocessable extends CodedError {
  readonly kind = 'unprocessable';
}
