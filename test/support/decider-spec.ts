import { foldEvents, type Decider, type DomainEvent } from '@app/shared-kernel';

/**
 * Given-when-then for deciders (after Emmett's DeciderSpecification):
 *   spec.given([...events]).when(command).then([...events])
 *   spec.given([...events]).when(command).thenThrows({ code: 'SAK.NUMBER_TAKEN', kind: 'conflict' })
 *   spec.given([...events]).when(command).thenNothingToRecord()   (the command repeats what is recorded)
 */
export function deciderSpec<Command, Event extends DomainEvent, State>(decider: Decider<Command, Event, State>) {
  return {
    given: (events: Event[]) => ({
      when: (command: Command) => {
        const run = () => decider.decide(command, foldEvents(decider, events));
        return {
          then: (expected: Event[]) => expect(run()).toEqual(expected),
          thenThrows: (error: Record<string, unknown>) => expect(run).toThrow(expect.objectContaining(error)),
          thenNothingToRecord: () => expect(run()).toEqual([]),
        };
      },
    }),
  };
}
