import { Conflict, ValidationFailed, type Decider, type DomainEvent } from '@app/shared-kernel';

/** One source's reading of a value: what it says, and where. */
export interface Reading {
  value: string;
  document: string;
  locator?: string;
  quote?: string;
}

/**
 * Two sources (or two renderings in one) disagree about a value, e.g. the lunch break of
 * møte 1/22 at 11:20 (slides) or 11:30 (saksdokument). The record keeps both readings
 * instead of silently choosing one; views of the thing it is `about` show the conflict.
 */
export interface SourceConflict {
  conflictId: string;
  /** The id of the thing the value belongs to: a meeting, sak, goal, finding, assignment... */
  about: string;
  /** Which of its values, e.g. `startTime`, `title`. */
  field: string;
  readings: Reading[];
  note?: string;
}

export type SourceConflictEvent = DomainEvent<'SourceConflictRecorded', SourceConflict>;
export type SourceConflictCommand = { type: 'RecordSourceConflict'; data: SourceConflict };
export type SourceConflictState = { status: 'none' } | ({ status: 'recorded' } & SourceConflict);

export const sourceConflictDecider: Decider<SourceConflictCommand, SourceConflictEvent, SourceConflictState> = {
  initialState: () => ({ status: 'none' }),
  evolve: (_state, event) => ({ status: 'recorded', ...event.data }),
  decide: (command, state) => {
    if (state.status !== 'none') throw new Conflict('SOURCE_CONFLICT.EXISTS', `Source conflict ${state.conflictId} is already recorded`);
    const values = new Set(command.data.readings.map((r) => r.value.trim()));
    if (values.size < 2)
      throw new ValidationFailed('SOURCE_CONFLICT.NO_DISAGREEMENT', 'The readings must give at least two different values', 'readings');
    return [{ type: 'SourceConflictRecorded', data: command.data }];
  },
};
