import { EventTypes } from '@app/shared-kernel';
import type { ChangeAreaEvent } from './change-area.decider';
import type { GoalEvent } from './goal.decider';
import type { RoundEvent } from './round.decider';
import type { ThemeEvent } from './theme.decider';
import type { VisionEvent } from './vision.decider';
import type { WorkshopEvent } from './workshop.decider';

export type StrategyEvent = VisionEvent | ThemeEvent | WorkshopEvent | ChangeAreaEvent | GoalEvent | RoundEvent;

/** The strategy context's event types and the schema version of each (see EventTypes). */
export const strategyEvents = EventTypes.define<StrategyEvent>({
  VisionDraftProposed: 1,
  VisionAdopted: 1,
  AmbitionStated: 1,
  PrincipleDefined: 1,
  ThemeDefined: 1,
  ThemeRenamed: 1,
  ThemeRetired: 1,
  WorkshopHeld: 1,
  InputsRegistered: 1,
  InputsCounted: 1,
  ChangeAreaIdentified: 1,
  InputsMergedIntoChangeArea: 1,
  WorkshopInputsMergedIntoChangeArea: 1,
  ChangeAreaMergedInto: 1,
  GoalDrafted: 1,
  GoalReworded: 1,
  GoalRenumbered: 1,
  GoalMoved: 1,
  GoalDescribed: 1,
  GoalPrioritised: 1,
  GoalDeprioritised: 1,
  GoalMergedInto: 1,
  GoalSplit: 1,
  GoalRetired: 1,
  GoalDependencyAdded: 1,
  MeasureAdded: 1,
  ItemLinked: 1,
  KpiDefined: 1,
  RoundOpened: 1,
  VotesCast: 1,
  RoundClosed: 1,
});
