/**
 * The shape of every aggregate's domain logic (after Emmett / EventSourcing.NodeJS):
 * `decide` turns a command and the current state into new events, or throws a DomainError;
 * `evolve` folds one event into the state. Both are pure.
 */
export interface DomainEvent<Type extends string = string, Data extends object = object> {
  type: Type;
  data: Data;
}

export interface Decider<Command, Event extends DomainEvent, State> {
  initialState(): State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State): Event[];
}

/**
 * What `decide` returns when the command repeats what the stream already records (the same
 * title again, a status already reported): no event, and no error either. The command path
 * then appends nothing and says so (HTTP 200 instead of 201, `events: []`).
 */
export const nothingToRecord = <Event extends DomainEvent>(): Event[] => [];

export function foldEvents<Event extends DomainEvent, State>(
  decider: Pick<Decider<unknown, Event, State>, 'initialState' | 'evolve'>,
  events: Iterable<Event>,
): State {
  let state = decider.initialState();
  for (const event of events) state = decider.evolve(state, event);
  return state;
}

/**
 * `Omit` applied to each member of a union of commands: what a request holds of a command
 * before its handler adds what the decider needs to know (other aggregates' states).
 */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
