export * from './strategy.module';
export * from './domain/strategy-terms';
/** Other contexts read a goal as the strategy folds it, never its events by their type strings. */
export { goalDecider, type GoalState } from './domain/goal.decider';
export * from './domain/strategy-events';
