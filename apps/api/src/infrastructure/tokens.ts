/** Injection tokens for the ports the application core depends on. */
export const EVENT_STORE = Symbol('EventStore');
export const CLOCK = Symbol('Clock');
