export * from './access.module';
export * from './domain/access-terms';
export * from './domain/access-token.decider';
export * from './domain/access-events';
export * from './application/access-tokens';
export * from './application/authenticator';
export * from './application/identity-provider';
