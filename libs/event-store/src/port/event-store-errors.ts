import { Conflict, NotFound } from '@app/shared-kernel';
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

/** The store cannot be reached or answered something it should not have. */
export class EventStoreUnavailable extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EventStoreUnavailable';
  }
}
