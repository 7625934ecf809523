import type { RecordingContext } from './event-log';

/**
 * Injection tokens for what the application core needs from the outside. Plain symbols, so
 * that libraries can ask for them without depending on the app that provides them.
 */
export const EVENT_STORE = Symbol('EventStore');
export const CLOCK = Symbol('Clock');
export const RECORDING_CONTEXT = Symbol('RecordingContext');

/** Who is recording right now: the request's actor, refused when there is none. */
export interface RecordingContextSource {
  recording(): RecordingContext;
}
