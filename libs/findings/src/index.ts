export * from './findings.module';
export * from './domain/findings-terms';
