import { Conflict, NotFound, ValidationFailed, nothingToRecord, type Decider, type DomainEvent } from '@app/shared-kernel';

/**
 * A workshop (arbeidsmøte) and the inputs (innspill) it gave. Inputs may be registered one by
 * one or in bulk; where the sources give only a number ("400 innspill"), that number is recorded
 * as such, never as invented items.
 */
export interface Input {
  inputId: string;
  text: string;
  organisation?: string;
}

export type WorkshopEvent =
  /** `sessions`: how many meetings the workshop series had ("10 arbeidsmøter"), where known. */
  | DomainEvent<'WorkshopHeld', { workshopId: string; title: string; date: string; organisations: string[]; sessions?: number }>
  | DomainEvent<'InputsRegistered', { workshopId: string; inputs: Input[] }>
  /** The number of inputs known only by number: a new count replaces the previous one. */
  | DomainEvent<'InputsCounted', { workshopId: string; count: number; note?: string }>;

export type WorkshopCommand =
  | { type: 'HoldWorkshop'; data: Extract<WorkshopEvent, { type: 'WorkshopHeld' }>['data'] }
  | { type: 'RegisterInputs'; data: { inputs: Input[] } }
  | { type: 'CountInputs'; data: { count: number; note?: string } };

export type WorkshopState =
  { status: 'none' } | { status: 'held'; workshopId: string; title: string; date: string; inputIds: Set<string>; counted: number };

function decide(command: WorkshopCommand, state: WorkshopState): WorkshopEvent[] {
  if (command.type === 'HoldWorkshop') {
    if (state.status !== 'none') throw new Conflict('WORKSHOP.EXISTS', `Workshop ${state.workshopId} is already recorded`);
    return [{ type: 'WorkshopHeld', data: command.data }];
  }
  if (state.status === 'none') throw new NotFound('WORKSHOP.NOT_FOUND', 'No such workshop');
  switch (command.type) {
    case 'RegisterInputs': {
      const seen = new Set<string>();
      command.data.inputs.forEach(({ inputId }, i) => {
        if (state.inputIds.has(inputId) || seen.has(inputId)) {
          throw new Conflict('INPUT.EXISTS', `Input ${inputId} is already registered`, { field: `inputs[${i}].inputId`, inputId });
        }
        seen.add(inputId);
      });
      return [{ type: 'InputsRegistered', data: { workshopId: state.workshopId, inputs: command.data.inputs } }];
    }
    case 'CountInputs':
      if (!Number.isInteger(command.data.count) || command.data.count <= 0)
        throw new ValidationFailed('INPUT.COUNT_INVALID', 'count must be a positive whole number', 'count');
      if (command.data.count === state.counted) return nothingToRecord();
      return [{ type: 'InputsCounted', data: { workshopId: state.workshopId, ...command.data } }];
    default: {
      const _exhaustive: never = command;
      throw new Error(`Unknown command ${JSON.stringify(_exhaustive)}`);
    }
  }
}

function evolve(state: WorkshopState, event: WorkshopEvent): WorkshopState {
  switch (event.type) {
    case 'WorkshopHeld':
      return {
        status: 'held',
        workshopId: event.data.workshopId,
        title: event.data.title,
        date: event.data.date,
        inputIds: new Set(),
        counted: 0,
      };
    case 'InputsRegistered':
      return state.status === 'none'
        ? state
        : { ...state, inputIds: new Set([...state.inputIds, ...event.data.inputs.map((i) => i.inputId)]) };
    case 'InputsCounted':
      return state.status === 'none' ? state : { ...state, counted: event.data.count };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

export const workshopDecider: Decider<WorkshopCommand, WorkshopEvent, WorkshopState> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide,
};
