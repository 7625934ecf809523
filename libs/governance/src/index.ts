export * from './governance.module';
export * from './domain/governance-terms';
