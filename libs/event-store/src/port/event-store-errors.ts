import { Conflict, DomainError, NotFound } from '@app/shared-kernel';
import type { ExpectedRevision } from './event-store.port';

export type ActualRevision = bigint | 'no_stream';

/** The stream was not where the writer expected it: someone else wrote first. Nothing was written. */
export class WrongExpectedRevision extends Conflict {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: ActualRevision,
  ) {
    super(
      'EVENT_STORE.WRONG_EXPECTED_REVISION',
      `Stream "${streamId}" was changed concurrently: expected revision ${String(expected)}, actual ${String(actual)}`,
      { streamId, expected: String(expected), actual: String(actual) },
    );
  }
}

export class StreamNotFound extends NotFound {
  constructor(readonly streamId: string) {
    super('EVENT_STORE.STREAM_NOT_FOUND', `Stream "${streamId}" does not exist`, { streamId });
  }
}

/** The store cannot be reached or answered something it should not have; a caller may try again after `retryAfterSeconds`. */
export class EventStoreUnavailable extends Error {
  readonly retryAfterSeconds: number;

  constructor(message: string, options: { cause?: unknown; retryAfterSeconds?: number } = {}) {
    super(message, { cause: options.cause });
    this.name = 'EventStoreUnavailable';
    this.retryAfterSeconds = options.retryAfterSeconds ?? 5;
  }
}

/** An append larger than the store takes in one go: nothing was written. */
export class AppendTooLarge extends DomainError {
  readonly kind = 'too_large';
  readonly code = 'EVENT_STORE.APPEND_TOO_LARGE';

  constructor(
    readonly streamId: string,
    readonly maxAppendSize: number,
  ) {
    super(`The write to "${streamId}" is larger than the event store takes in one append (${maxAppendSize} bytes)`, {
      streamId,
      maxAppendSize,
    });
  }
}
