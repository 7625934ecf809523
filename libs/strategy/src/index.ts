export * from './strategy.module';
export * from './domain/strategy-terms';
