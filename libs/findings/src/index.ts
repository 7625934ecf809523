export * from './findings.module';
export * from './domain/findings-terms';
export * from './domain/findings-events';
