export * from './business-time';
export * from './canonical-json';
export * from './clock';
export * from './deferred';
export * from './domain-error';
export * from './provenance';
export * from './temporal-fold';
export * from './uuid-v7';
