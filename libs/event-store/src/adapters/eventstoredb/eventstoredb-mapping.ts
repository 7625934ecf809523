import {
  AccessDeniedError,
  CancelledError,
  DeadlineExceededError,
  MaxAppendSizeExceededError,
  NotLeaderError,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
  jsonEvent,
  type AllStreamResolvedEvent,
  type AppendExpectedRevision,
  type CurrentRevision,
  type JSONEventData,
  type Position,
  type ResolvedEvent,
} from '@eventstore/db-client';
import type { EventMetadata, EventToAppend, RecordedEvent } from '../../port/event-envelope';
import {
  AppendTooLarge,
  EventStoreUnavailable,
  StreamNotFound,
  WrongExpectedRevision,
  type ActualRevision,
} from '../../port/event-store-errors';
import type { ExpectedRevision } from '../../port/event-store.port';

/**
 * Pure translations between the port and `@eventstore/db-client`, kept apart from the I/O
 * so that they can be unit-tested without a server.
 */

/** The port's expected revisions are EventStoreDB's own; bigints pass through untouched. */
export function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  return expected;
}

export function fromEsdbCurrentRevision(actual: CurrentRevision): ActualRevision {
  return actual;
}

export function toEsdbEvent(event: EventToAppend): JSONEventData {
  return jsonEvent({ id: event.id, type: event.type, data: event.data, metadata: { ...event.metadata } });
}

/**
 * We use the commit position as the global position. Reading or subscribing "after p"
 * uses the position whose commit and prepare are both p, which is how EventStoreDB
 * positions of single appends look.
 */
export function toEsdbPosition(globalPosition: bigint): Position {
  return { commit: globalPosition, prepare: globalPosition };
}

/** EventStoreDB's own streams and event types start with `$`; the port shows only ours. */
export function isSystemEvent(streamId: string, type: string): boolean {
  return streamId.startsWith('$') || type.startsWith('$');
}

/**
 * A resolved event as the port's RecordedEvent, or undefined for what the port does not
 * show (system events, link events, binary events).
 */
export function fromResolvedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | undefined {
  const event = resolved.event;
  if (!event || !event.isJson || isSystemEvent(event.streamId, event.type)) return undefined;
  const position = event.position ?? resolved.commitPosition;
  const commit = typeof position === 'bigint' ? position : position?.commit;
  if (commit === undefined) {
    throw new EventStoreUnavailable(
      `EventStoreDB returned ${event.streamId}@${event.revision} without a position; a server of 22.10 or later is required`,
    );
  }
  return {
    id: event.id,
    type: event.type,
    streamId: event.streamId,
    streamRevision: event.revision,
    globalPosition: commit,
    data: event.data as RecordedEvent['data'],
    metadata: event.metadata as unknown as EventMetadata,
  };
}

/**
 * gRPC status codes that mean "no store to talk to". The client does not wrap every
 * transport error (e.g. a failed reconnect while fetching server features), so raw gRPC
 * errors with these codes are mapped too.
 */
const GRPC_UNAVAILABLE_CODES = new Set([1 /* CANCELLED */, 4 /* DEADLINE_EXCEEDED */, 14 /* UNAVAILABLE */]);

function isTransportFailure(error: unknown): error is Error {
  if (error instanceof UnavailableError || error instanceof DeadlineExceededError || error instanceof CancelledError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && 'metadata' in error && typeof code === 'number' && GRPC_UNAVAILABLE_CODES.has(code);
}

/** Client errors as the port's typed errors; anything else is rethrown as it is. */
export function mapEsdbError(error: unknown, streamId?: string): unknown {
  if (error instanceof WrongExpectedVersionError) {
    return new WrongExpectedRevision(
      error.streamName ?? streamId ?? '',
      error.expectedVersion as ExpectedRevision,
      fromEsdbCurrentRevision(error.actualVersion),
    );
  }
  if (error instanceof StreamNotFoundError) return new StreamNotFound(streamId ?? error.streamName ?? '');
  if (error instanceof MaxAppendSizeExceededError) return new AppendTooLarge(streamId ?? '', error.maxAppendSize);
  // The client reconnects to the leader it names; the caller's next try goes there.
  if (error instanceof NotLeaderError) {
    return new EventStoreUnavailable(`EventStoreDB: not the leader (${error.leader.address}:${error.leader.port})`, {
      cause: error,
      retryAfterSeconds: 1,
    });
  }
  // Not a passing fault: the application's user lacks rights, which an operator must mend.
  if (error instanceof AccessDeniedError) {
    return new EventStoreUnavailable(`EventStoreDB denied access: check the application user's credentials and rights (${error.message})`, {
      cause: error,
      retryAfterSeconds: 60,
    });
  }
  // A call the server cancels (it is shutting down or went away) leaves us without a store, too.
  if (isTransportFailure(error)) {
    return new EventStoreUnavailable(`EventStoreDB is unavailable: ${error.message}`, { cause: error });
  }
  return error;
}
