import { Conflict, NotFound, ValidationFailed, nothingToRecord, type Decider, type DomainEvent } from '@app/shared-kernel';

/**
 * A change area (endringsområde): inputs merged into it; it may itself be merged into another.
 * Where the sources give a workshop's inputs only by number, the change area is recorded as
 * formed from that workshop's inputs (`WorkshopInputsMergedIntoChangeArea`), not from invented items.
 */
export type ChangeAreaEvent =
  | DomainEvent<'ChangeAreaIdentified', { changeAreaId: string; name: string; fra: string; til: string }>
  | DomainEvent<'InputsMergedIntoChangeArea', { changeAreaId: string; inputIds: string[] }>
  | DomainEvent<'WorkshopInputsMergedIntoChangeArea', { changeAreaId: string; workshopId: string }>
  | DomainEvent<'ChangeAreaMergedInto', { changeAreaId: string; intoChangeAreaId: string }>;

export type ChangeAreaCommand =
  | { type: 'IdentifyChangeArea'; data: { changeAreaId: string; name: string; fra: string; til: string } }
  /** `unknownInputIds`: those of `inputIds` the handler found no registration for. */
  | { type: 'MergeInputs'; data: { inputIds: string[] }; unknownInputIds: string[] }
  /** `workshopExists`: whether the handler found the workshop. */
  | { type: 'MergeWorkshopInputs'; data: { workshopId: string }; workshopExists: boolean }
  | { type: 'MergeChangeAreaInto'; data: { intoChangeAreaId: string }; into: ChangeAreaState };

export type ChangeAreaState =
  | { status: 'none' }
  | {
      status: 'active' | 'merged';
      changeAreaId: string;
      name: string;
      fra: string;
      til: string;
      inputIds: string[];
      fromWorkshops: string[];
      mergedInto?: string;
    };

function decide(command: ChangeAreaCommand, state: ChangeAreaState): ChangeAreaEvent[] {
  if (command.type === 'IdentifyChangeArea') {
    if (state.status !== 'none') throw new Conflict('CHANGE_AREA.EXISTS', `Change area ${state.changeAreaId} already exists`);
    return [{ type: 'ChangeAreaIdentified', data: command.data }];
  }
  if (state.status === 'none') throw new NotFound('CHANGE_AREA.NOT_FOUND', 'No such change area');
  if (state.status === 'merged')
    throw new Conflict('CHANGE_AREA.MERGED', `Change area ${state.changeAreaId} was merged into ${state.mergedInto}`);
  const { changeAreaId } = state;
  switch (command.type) {
    case 'MergeInputs': {
      const [unknown] = command.unknownInputIds;
      if (unknown) throw new NotFound('INPUT.NOT_FOUND', `No input ${unknown}`, { field: 'inputIds', inputId: unknown });
      if (command.data.inputIds.every((id) => state.inputIds.includes(id))) return nothingToRecord();
      // Some already merged and some not: the command mixes a repeat with new facts; say which.
      const already = command.data.inputIds.find((id) => state.inputIds.includes(id));
      if (already) throw new Conflict('INPUT.ALREADY_MERGED', `Input ${already} is already in ${changeAreaId}`, { inputId: already });
      return [{ type: 'InputsMergedIntoChangeArea', data: { changeAreaId, inputIds: command.data.inputIds } }];
    }
    case 'MergeWorkshopInputs': {
      const { workshopId } = command.data;
      if (!command.workshopExists) throw new NotFound('WORKSHOP.NOT_FOUND', `No workshop ${workshopId}`, { field: 'workshopId' });
      if (state.fromWorkshops.includes(workshopId)) return nothingToRecord();
      return [{ type: 'WorkshopInputsMergedIntoChangeArea', data: { changeAreaId, workshopId } }];
    }
    case 'MergeChangeAreaInto': {
      const { intoChangeAreaId } = command.data;
      if (intoChangeAreaId === changeAreaId)
        throw new ValidationFailed('CHANGE_AREA.MERGE_INTO_ITSELF', 'A change area cannot be merged into itself', 'intoChangeAreaId');
      if (command.into.status === 'none')
        throw new NotFound('CHANGE_AREA.NOT_FOUND', `No change area ${intoChangeAreaId}`, { field: 'intoChangeAreaId' });
      if (command.into.status === 'merged')
        throw new Conflict('CHANGE_AREA.MERGED', `Change area ${intoChangeAreaId} was itself merged into ${command.into.mergedInto}`);
      return [{ type: 'ChangeAreaMergedInto', data: { changeAreaId, intoChangeAreaId } }];
    }
    default: {
      const _exhaustive: never = command;
      throw new Error(`Unknown command ${JSON.stringify(_exhaustive)}`);
    }
  }
}

function evolve(state: ChangeAreaState, event: ChangeAreaEvent): ChangeAreaState {
  switch (event.type) {
    case 'ChangeAreaIdentified':
      return { status: 'active', ...event.data, inputIds: [], fromWorkshops: [] };
    case 'InputsMergedIntoChangeArea':
      return state.status === 'none' ? state : { ...state, inputIds: [...state.inputIds, ...event.data.inputIds] };
    case 'WorkshopInputsMergedIntoChangeArea':
      return state.status === 'none' ? state : { ...state, fromWorkshops: [...state.fromWorkshops, event.data.workshopId] };
    case 'ChangeAreaMergedInto':
      return state.status === 'none' ? state : { ...state, status: 'merged', mergedInto: event.data.intoChangeAreaId };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

export const changeAreaDecider: Decider<ChangeAreaCommand, ChangeAreaEvent, ChangeAreaState> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide,
};
