export * from './sources.module';
export * from './domain/sources-terms';
export * from './domain/document.decider';
export * from './domain/source-conflict.decider';
export * from './application/source-register';
export * from './read/fact-provenance';
export * from './domain/sources-events';
export * from './application/disclosure';
