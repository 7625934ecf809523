export * from './governance.module';
export * from './domain/governance-terms';
export * from './domain/governance-events';
export { bodyDecider, membersOn, type BodyState } from './domain/body.decider';
export { GovernanceQueries } from './application/governance-queries';
