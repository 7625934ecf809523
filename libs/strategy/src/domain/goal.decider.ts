import { Conflict, NotFound, ValidationFailed, nothingToRecord, type Decider, type DomainEvent } from '@app/shared-kernel';
import type { ChangeAreaState } from './change-area.decider';
import type { KpiUnit, LinkedItemKind } from './strategy-terms';
import type { ThemeState } from './theme.decider';

/**
 * A goal (mål): drafted from change areas or derived from other goals, then reworded,
 * renumbered, moved between themes, described, prioritised, merged into another goal, split
 * into several, or retired. Old wordings, codes and themes stay in the events.
 */

export interface GoalDescription {
  description?: string;
  /** "Hvor er vi?": where we are today. */
  hvorErVi?: string;
  /** "Hvor skal vi?": where we are going. */
  hvorSkalVi?: string;
}

export interface Kpi {
  name: string;
  unit: KpiUnit;
  target?: number;
  description?: string;
}

export interface GoalDraft extends GoalDescription {
  goalId: string;
  code: string;
  title: string;
  themeCode: string;
  fromChangeAreas: string[];
  derivedFromGoals: string[];
}

export type GoalEvent =
  | DomainEvent<'GoalDrafted', GoalDraft>
  | DomainEvent<'GoalReworded', { goalId: string; title: string; previousTitle: string }>
  | DomainEvent<'GoalRenumbered', { goalId: string; code: string; previousCode: string }>
  | DomainEvent<'GoalMoved', { goalId: string; themeCode: string; previousThemeCode: string }>
  | DomainEvent<'GoalDescribed', { goalId: string } & GoalDescription>
  | DomainEvent<'GoalPrioritised', { goalId: string }>
  | DomainEvent<'GoalDeprioritised', { goalId: string }>
  | DomainEvent<'GoalMergedInto', { goalId: string; intoGoalId: string }>
  | DomainEvent<'GoalSplit', { goalId: string; intoGoalIds: string[] }>
  | DomainEvent<'GoalRetired', { goalId: string; reason: string }>
  | DomainEvent<'GoalDependencyAdded', { goalId: string; dependsOnGoalId: string }>
  | DomainEvent<'MeasureAdded', { goalId: string; measureCode: string; title: string }>
  | DomainEvent<'ItemLinked', { goalId: string; kind: LinkedItemKind; name: string }>
  | DomainEvent<'KpiDefined', { goalId: string } & Kpi>;

type Target = { goalId: string; state: GoalState };

export type GoalCommand =
  | {
      type: 'DraftGoal';
      data: Omit<GoalDraft, never>;
      /** What the handler found for each reference. */
      theme: ThemeState;
      changeAreas: { changeAreaId: string; state: ChangeAreaState }[];
      goals: Target[];
    }
  | { type: 'RewordGoal'; data: { title: string } }
  | { type: 'RenumberGoal'; data: { code: string } }
  | { type: 'MoveGoal'; data: { themeCode: string }; theme: ThemeState }
  | { type: 'DescribeGoal'; data: GoalDescription }
  | { type: 'PrioritiseGoal' }
  | { type: 'DeprioritiseGoal' }
  | { type: 'MergeGoalInto'; data: { intoGoalId: string }; into: GoalState }
  | { type: 'SplitGoal'; data: { intoGoalIds: string[] }; into: Target[] }
  | { type: 'RetireGoal'; data: { reason: string } }
  | { type: 'AddDependency'; data: { dependsOnGoalId: string }; dependsOn: GoalState }
  | { type: 'AddMeasure'; data: { measureCode: string; title: string } }
  | { type: 'LinkItem'; data: { kind: LinkedItemKind; name: string } }
  | { type: 'DefineKpi'; data: Kpi };

export type GoalStatus = 'draft' | 'prioritised' | 'merged' | 'split' | 'retired';

export type GoalState =
  | { status: 'none' }
  | (GoalDraft & {
      status: GoalStatus;
      mergedInto?: string;
      splitInto?: string[];
      dependsOn: string[];
      measures: { measureCode: string; title: string }[];
      linkedItems: { kind: LinkedItemKind; name: string }[];
      kpis: Kpi[];
    });

const isActive = (state: GoalState): boolean => state.status === 'draft' || state.status === 'prioritised';

function requireTheme(theme: ThemeState, themeCode: string): void {
  if (theme.status === 'none') throw new NotFound('THEME.NOT_FOUND', `No theme ${themeCode}`, { field: 'themeCode' });
  if (theme.status === 'retired') throw new Conflict('THEME.RETIRED', `Theme ${themeCode} is retired`);
}

function draft(command: Extract<GoalCommand, { type: 'DraftGoal' }>): GoalEvent[] {
  const { data } = command;
  requireTheme(command.theme, data.themeCode);
  const missingArea = command.changeAreas.find((c) => c.state.status === 'none');
  if (missingArea) throw new NotFound('CHANGE_AREA.NOT_FOUND', `No change area ${missingArea.changeAreaId}`, { field: 'fromChangeAreas' });
  const missingGoal = command.goals.find((g) => g.state.status === 'none');
  if (missingGoal) throw new NotFound('GOAL.NOT_FOUND', `No goal ${missingGoal.goalId}`, { field: 'derivedFromGoals' });
  return [{ type: 'GoalDrafted', data }];
}

function decide(command: GoalCommand, state: GoalState): GoalEvent[] {
  if (command.type === 'DraftGoal') {
    if (state.status !== 'none') throw new Conflict('GOAL.EXISTS', `Goal ${state.goalId} already exists`);
    return draft(command);
  }
  if (state.status === 'none') throw new NotFound('GOAL.NOT_FOUND', 'No such goal');
  if (!isActive(state))
    throw new Conflict('GOAL.INACTIVE', `Goal ${state.code} is ${state.status}${state.mergedInto ? ` into ${state.mergedInto}` : ''}`);
  const { goalId } = state;

  switch (command.type) {
    case 'RewordGoal':
      if (command.data.title === state.title) return nothingToRecord();
      return [{ type: 'GoalReworded', data: { goalId, title: command.data.title, previousTitle: state.title } }];
    case 'RenumberGoal':
      if (command.data.code === state.code) return nothingToRecord();
      return [{ type: 'GoalRenumbered', data: { goalId, code: command.data.code, previousCode: state.code } }];
    case 'MoveGoal':
      if (command.data.themeCode === state.themeCode) return nothingToRecord();
      requireTheme(command.theme, command.data.themeCode);
      return [{ type: 'GoalMoved', data: { goalId, themeCode: command.data.themeCode, previousThemeCode: state.themeCode } }];
    case 'DescribeGoal': {
      // Only the fields given are described anew.
      const given = Object.entries(command.data).filter(([, value]) => value !== undefined) as [keyof GoalDescription, string][];
      if (given.every(([field, value]) => state[field] === value)) return nothingToRecord();
      return [{ type: 'GoalDescribed', data: { goalId, ...command.data } }];
    }
    case 'PrioritiseGoal':
      if (state.status === 'prioritised') return nothingToRecord();
      return [{ type: 'GoalPrioritised', data: { goalId } }];
    case 'DeprioritiseGoal':
      if (state.status !== 'prioritised') throw new Conflict('GOAL.NOT_PRIORITISED', `Goal ${state.code} is not prioritised`);
      return [{ type: 'GoalDeprioritised', data: { goalId } }];
    case 'MergeGoalInto': {
      const { intoGoalId } = command.data;
      if (intoGoalId === goalId) throw new ValidationFailed('GOAL.MERGE_INTO_ITSELF', 'A goal cannot be merged into itself', 'intoGoalId');
      if (command.into.status === 'none') throw new NotFound('GOAL.NOT_FOUND', `No goal ${intoGoalId}`, { field: 'intoGoalId' });
      if (!isActive(command.into)) throw new Conflict('GOAL.INACTIVE', `Goal ${intoGoalId} is ${command.into.status}`);
      return [{ type: 'GoalMergedInto', data: { goalId, intoGoalId } }];
    }
    case 'SplitGoal': {
      if (command.data.intoGoalIds.length < 2)
        throw new ValidationFailed('GOAL.SPLIT_NEEDS_TWO', 'A split gives two goals or more', 'intoGoalIds');
      command.into.forEach(({ goalId: childId, state: child }, i) => {
        if (child.status === 'none') throw new NotFound('GOAL.NOT_FOUND', `No goal ${childId}`, { field: `intoGoalIds[${i}]` });
        if (!child.derivedFromGoals.includes(goalId)) {
          throw new ValidationFailed(
            'GOAL.SPLIT_CHILD_NOT_DERIVED',
            `Goal ${childId} must be drafted as derived from ${goalId} first`,
            `intoGoalIds[${i}]`,
          );
        }
      });
      return [{ type: 'GoalSplit', data: { goalId, intoGoalIds: command.data.intoGoalIds } }];
    }
    case 'RetireGoal':
      return [{ type: 'GoalRetired', data: { goalId, reason: command.data.reason } }];
    case 'AddDependency': {
      const { dependsOnGoalId } = command.data;
      if (dependsOnGoalId === goalId)
        throw new ValidationFailed('GOAL.DEPENDS_ON_ITSELF', 'A goal cannot depend on itself', 'dependsOnGoalId');
      if (command.dependsOn.status === 'none')
        throw new NotFound('GOAL.NOT_FOUND', `No goal ${dependsOnGoalId}`, { field: 'dependsOnGoalId' });
      if (state.dependsOn.includes(dependsOnGoalId))
        throw new Conflict('GOAL.DEPENDENCY_EXISTS', `Goal ${state.code} already depends on ${dependsOnGoalId}`);
      return [{ type: 'GoalDependencyAdded', data: { goalId, dependsOnGoalId } }];
    }
    case 'AddMeasure': {
      const { measureCode } = command.data;
      if (!measureCode.startsWith(`${state.code}.`)) {
        throw new ValidationFailed(
          'MEASURE.CODE_OUTSIDE_GOAL',
          `Measure ${measureCode} is not numbered under goal ${state.code}`,
          'measureCode',
        );
      }
      if (state.measures.some((m) => m.measureCode === measureCode)) throw new Conflict('MEASURE.EXISTS', `Measure ${measureCode} exists`);
      return [{ type: 'MeasureAdded', data: { goalId, ...command.data } }];
    }
    case 'LinkItem':
      if (state.linkedItems.some((item) => item.kind === command.data.kind && item.name === command.data.name)) {
        throw new Conflict('GOAL.ITEM_LINKED', `"${command.data.name}" is already linked`);
      }
      return [{ type: 'ItemLinked', data: { goalId, ...command.data } }];
    case 'DefineKpi':
      if (state.kpis.some((k) => k.name === command.data.name)) throw new Conflict('KPI.EXISTS', `KPI "${command.data.name}" exists`);
      return [{ type: 'KpiDefined', data: { goalId, ...command.data } }];
    default: {
      const _exhaustive: never = command;
      throw new Error(`Unknown command ${JSON.stringify(_exhaustive)}`);
    }
  }
}

function evolve(state: GoalState, event: GoalEvent): GoalState {
  if (event.type === 'GoalDrafted') return { status: 'draft', ...event.data, dependsOn: [], measures: [], linkedItems: [], kpis: [] };
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'GoalReworded':
      return { ...state, title: event.data.title };
    case 'GoalRenumbered':
      return { ...state, code: event.data.code };
    case 'GoalMoved':
      return { ...state, themeCode: event.data.themeCode };
    case 'GoalDescribed': {
      const { goalId: _goalId, ...description } = event.data;
      return { ...state, ...description };
    }
    case 'GoalPrioritised':
      return { ...state, status: 'prioritised' };
    case 'GoalDeprioritised':
      return { ...state, status: 'draft' };
    case 'GoalMergedInto':
      return { ...state, status: 'merged', mergedInto: event.data.intoGoalId };
    case 'GoalSplit':
      return { ...state, status: 'split', splitInto: event.data.intoGoalIds };
    case 'GoalRetired':
      return { ...state, status: 'retired' };
    case 'GoalDependencyAdded':
      return { ...state, dependsOn: [...state.dependsOn, event.data.dependsOnGoalId] };
    case 'MeasureAdded':
      return { ...state, measures: [...state.measures, { measureCode: event.data.measureCode, title: event.data.title }] };
    case 'ItemLinked':
      return { ...state, linkedItems: [...state.linkedItems, { kind: event.data.kind, name: event.data.name }] };
    case 'KpiDefined': {
      const { goalId: _goalId, ...kpi } = event.data;
      return { ...state, kpis: [...state.kpis, kpi] };
    }
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

export const goalDecider: Decider<GoalCommand, GoalEvent, GoalState> = { initialState: () => ({ status: 'none' }), evolve, decide };
