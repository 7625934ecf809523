import { seededRandom } from '../../../../test/support/random';
import { changeAreaDecider, type ChangeAreaEvent, type ChangeAreaState } from '../domain/change-area.decider';
import { evolveChangeArea, type ChangeAreaEntry } from './strategy-document';

describe('the read side’s change area', () => {
  it('given any sequence of change-area events, agrees with the decider’s state, counting the inputs it lists', () => {
    const next = seededRandom(7);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
    for (let run = 0; run < 200; run++) {
      let decided: ChangeAreaState = changeAreaDecider.initialState();
      let read: ChangeAreaEntry = { status: 'none' };
      for (let i = 0; i < 20; i++) {
        const event = pick<() => ChangeAreaEvent>([
          () => ({ type: 'ChangeAreaIdentified', data: { changeAreaId: 'ca', name: `n${i}`, fra: 'f', til: 't' } }),
          () => ({
            type: 'InputsMergedIntoChangeArea',
            data: { changeAreaId: 'ca', inputIds: [`i-${i}`, `j-${i}`].slice(0, 1 + (i % 2)) },
          }),
          () => ({ type: 'WorkshopInputsMergedIntoChangeArea', data: { changeAreaId: 'ca', workshopId: `w-${i}` } }),
          () => ({ type: 'ChangeAreaMergedInto', data: { changeAreaId: 'ca', intoChangeAreaId: `other-${i}` } }),
        ])();
        decided = changeAreaDecider.evolve(decided, event);
        read = evolveChangeArea(read, event);
        if (decided.status === 'none') expect(read).toEqual({ status: 'none' });
        else {
          const { inputIds, ...rest } = decided;
          expect(read).toEqual({ ...rest, inputCount: inputIds.length });
        }
      }
    }
  });
});
