export * from './command-gateway';
export * from './provenance.dto';
export * from './temporal-query.dto';
export * from './access-policy';
export * from './idempotency';
