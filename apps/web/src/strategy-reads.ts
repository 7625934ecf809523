import type { GoalHistoryEntry, Strategy } from './api';

/** A change area (endringsområde) of the strategy on a date. */
export type ChangeArea = Strategy['changeAreas'][number];
export type { StrategyDiff } from './api';

/**
 * The fields of a goal's events that its page reads. The OpenAPI document gives an event's data
 * as any JSON object (its shape is the event type's); these are the goal events' own names.
 */
interface GoalStepData {
  goalId?: string;
  code?: string;
  title?: string;
  intoGoalId?: string;
  intoGoalIds?: string[];
  reason?: string;
}

/** A step of `GET /goals/:id/history`: also the steps of other goals that name this one. */
export type HistoryStep = Omit<GoalHistoryEntry, 'data'> & { data: GoalStepData };
