export * from './port/event-envelope';
export * from './port/event-store-errors';
export * from './port/event-store.port';
export * from './event-log';
export * from './hash-chain';
export * from './create-event-store';
export * from './tokens';
export * from './decider-runner';
