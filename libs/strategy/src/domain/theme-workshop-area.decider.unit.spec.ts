import { deciderSpec } from '../../../../test/support/decider-spec';
import { changeAreaDecider, type ChangeAreaEvent } from './change-area.decider';
import { themeDecider, type ThemeEvent } from './theme.decider';
import { workshopDecider, type WorkshopEvent } from './workshop.decider';

describe('theme decider', () => {
  const spec = deciderSpec(themeDecider);
  const defined: ThemeEvent = { type: 'ThemeDefined', data: { themeCode: 'aktiv-medvirkning', name: 'AKTIV MEDVIRKNING' } };
  const retired: ThemeEvent = { type: 'ThemeRetired', data: { themeCode: 'aktiv-medvirkning' } };

  it('defines a theme', () => spec.given([]).when({ type: 'DefineTheme', data: defined.data }).then([defined]));
  it('refuses defining twice', () =>
    spec.given([defined]).when({ type: 'DefineTheme', data: defined.data }).thenThrows({ code: 'THEME.EXISTS', kind: 'conflict' }));
  it('renames', () =>
    spec
      .given([defined])
      .when({ type: 'RenameTheme', data: { name: 'Aktiv medvirkning' } })
      .then([
        { type: 'ThemeRenamed', data: { themeCode: 'aktiv-medvirkning', name: 'Aktiv medvirkning', previousName: 'AKTIV MEDVIRKNING' } },
      ]));
  it('records nothing for the same name', () =>
    spec
      .given([defined])
      .when({ type: 'RenameTheme', data: { name: 'AKTIV MEDVIRKNING' } })
      .thenNothingToRecord());
  it('retires', () => spec.given([defined]).when({ type: 'RetireTheme' }).then([retired]));
  it('refuses changes to a retired theme', () =>
    spec.given([defined, retired]).when({ type: 'RetireTheme' }).thenThrows({ code: 'THEME.RETIRED' }));
  it('refuses an unknown theme', () =>
    spec
      .given([])
      .when({ type: 'RenameTheme', data: { name: 'x' } })
      .thenThrows({ code: 'THEME.NOT_FOUND', kind: 'not_found' }));
});

describe('workshop decider', () => {
  const spec = deciderSpec(workshopDecider);
  const held: WorkshopEvent = {
    type: 'WorkshopHeld',
    data: { workshopId: 'nov-2021', title: 'Arbeidsmøter november 2021', date: '2021-11-15', organisations: ['KS'] },
  };
  const input = { inputId: 'i-1', text: 'Innbygger må få bedre tilgang til egne helsedata', organisation: 'FFO' };

  it('records a workshop', () => spec.given([]).when({ type: 'HoldWorkshop', data: held.data }).then([held]));
  it('records a series of workshops with its number of sessions', () =>
    spec
      .given([])
      .when({ type: 'HoldWorkshop', data: { ...held.data, sessions: 10 } })
      .then([{ type: 'WorkshopHeld', data: { ...held.data, sessions: 10 } }]));
  it('refuses recording it twice', () =>
    spec.given([held]).when({ type: 'HoldWorkshop', data: held.data }).thenThrows({ code: 'WORKSHOP.EXISTS' }));
  it('registers inputs in bulk', () =>
    spec
      .given([held])
      .when({ type: 'RegisterInputs', data: { inputs: [input, { ...input, inputId: 'i-2' }] } })
      .then([{ type: 'InputsRegistered', data: { workshopId: 'nov-2021', inputs: [input, { ...input, inputId: 'i-2' }] } }]));
  it('refuses an input id twice, naming it', () =>
    spec
      .given([held, { type: 'InputsRegistered', data: { workshopId: 'nov-2021', inputs: [input] } }])
      .when({ type: 'RegisterInputs', data: { inputs: [{ ...input, inputId: 'i-2' }, input] } })
      .thenThrows({ code: 'INPUT.EXISTS', details: expect.objectContaining({ field: 'inputs[1].inputId' }) }));
  it('records a count of inputs known only by number', () =>
    spec
      .given([held])
      .when({ type: 'CountInputs', data: { count: 400 } })
      .then([{ type: 'InputsCounted', data: { workshopId: 'nov-2021', count: 400 } }]));
  it('records nothing for the same count again', () =>
    spec
      .given([held, { type: 'InputsCounted', data: { workshopId: 'nov-2021', count: 400 } }])
      .when({ type: 'CountInputs', data: { count: 400 } })
      .thenNothingToRecord());
  it('refuses a count that is not a positive whole number', () =>
    spec
      .given([held])
      .when({ type: 'CountInputs', data: { count: 0 } })
      .thenThrows({ code: 'INPUT.COUNT_INVALID', field: 'count' }));
  it('refuses an unknown workshop', () =>
    spec
      .given([])
      .when({ type: 'CountInputs', data: { count: 1 } })
      .thenThrows({ code: 'WORKSHOP.NOT_FOUND', kind: 'not_found' }));
});

describe('change area decider', () => {
  const spec = deciderSpec(changeAreaDecider);
  const identified: ChangeAreaEvent = {
    type: 'ChangeAreaIdentified',
    data: { changeAreaId: 'helsedata', name: 'Innbyggers tilgang til egne helsedata', fra: 'Fra.. spredt', til: 'Til.. samlet' },
  };
  const target = changeAreaDecider.evolve(changeAreaDecider.initialState(), {
    ...identified,
    data: { ...identified.data, changeAreaId: 'datadeling' },
  });
  const merged: ChangeAreaEvent = { type: 'ChangeAreaMergedInto', data: { changeAreaId: 'helsedata', intoChangeAreaId: 'datadeling' } };

  it('identifies a change area', () => spec.given([]).when({ type: 'IdentifyChangeArea', data: identified.data }).then([identified]));
  it('refuses identifying twice', () =>
    spec.given([identified]).when({ type: 'IdentifyChangeArea', data: identified.data }).thenThrows({ code: 'CHANGE_AREA.EXISTS' }));
  it('merges inputs into it', () =>
    spec
      .given([identified])
      .when({ type: 'MergeInputs', data: { inputIds: ['i-1'] }, unknownInputIds: [] })
      .then([{ type: 'InputsMergedIntoChangeArea', data: { changeAreaId: 'helsedata', inputIds: ['i-1'] } }]));
  it('refuses an unknown input', () =>
    spec
      .given([identified])
      .when({ type: 'MergeInputs', data: { inputIds: ['i-9'] }, unknownInputIds: ['i-9'] })
      .thenThrows({ code: 'INPUT.NOT_FOUND', kind: 'not_found' }));
  it('records nothing for inputs all already merged into it', () =>
    spec
      .given([identified, { type: 'InputsMergedIntoChangeArea', data: { changeAreaId: 'helsedata', inputIds: ['i-1'] } }])
      .when({ type: 'MergeInputs', data: { inputIds: ['i-1'] }, unknownInputIds: [] })
      .thenNothingToRecord());
  it('refuses new inputs mixed with one already merged into it, naming that one', () =>
    spec
      .given([identified, { type: 'InputsMergedIntoChangeArea', data: { changeAreaId: 'helsedata', inputIds: ['i-1'] } }])
      .when({ type: 'MergeInputs', data: { inputIds: ['i-2', 'i-1'] }, unknownInputIds: [] })
      .thenThrows({ code: 'INPUT.ALREADY_MERGED', details: { inputId: 'i-1' } }));
  it('merges into another change area', () =>
    spec
      .given([identified])
      .when({ type: 'MergeChangeAreaInto', data: { intoChangeAreaId: 'datadeling' }, into: target })
      .then([merged]));
  it('refuses merging into itself', () =>
    spec
      .given([identified])
      .when({ type: 'MergeChangeAreaInto', data: { intoChangeAreaId: 'helsedata' }, into: target })
      .thenThrows({ code: 'CHANGE_AREA.MERGE_INTO_ITSELF' }));
  it('refuses an unknown target', () =>
    spec
      .given([identified])
      .when({ type: 'MergeChangeAreaInto', data: { intoChangeAreaId: 'x' }, into: changeAreaDecider.initialState() })
      .thenThrows({ code: 'CHANGE_AREA.NOT_FOUND', kind: 'not_found' }));
  it('refuses a target that was itself merged', () =>
    spec
      .given([identified])
      .when({
        type: 'MergeChangeAreaInto',
        data: { intoChangeAreaId: 'datadeling' },
        into: { ...target, status: 'merged', mergedInto: 'z' } as never,
      })
      .thenThrows({ code: 'CHANGE_AREA.MERGED' }));
  it('refuses changes to a merged change area', () =>
    spec
      .given([identified, merged])
      .when({ type: 'MergeInputs', data: { inputIds: ['i-1'] }, unknownInputIds: [] })
      .thenThrows({ code: 'CHANGE_AREA.MERGED' }));
  it('refuses an unknown change area', () =>
    spec
      .given([])
      .when({ type: 'MergeInputs', data: { inputIds: [] }, unknownInputIds: [] })
      .thenThrows({ code: 'CHANGE_AREA.NOT_FOUND' }));
  it('records that it was formed from a workshop’s inputs known only by number', () =>
    spec
      .given([identified])
      .when({ type: 'MergeWorkshopInputs', data: { workshopId: 'nov-2021' }, workshopExists: true })
      .then([{ type: 'WorkshopInputsMergedIntoChangeArea', data: { changeAreaId: 'helsedata', workshopId: 'nov-2021' } }]));
  it('records nothing for the same workshop’s inputs twice', () =>
    spec
      .given([identified, { type: 'WorkshopInputsMergedIntoChangeArea', data: { changeAreaId: 'helsedata', workshopId: 'nov-2021' } }])
      .when({ type: 'MergeWorkshopInputs', data: { workshopId: 'nov-2021' }, workshopExists: true })
      .thenNothingToRecord());
  it('refuses an unknown workshop, naming the field', () =>
    spec
      .given([identified])
      .when({ type: 'MergeWorkshopInputs', data: { workshopId: 'x' }, workshopExists: false })
      .thenThrows({ code: 'WORKSHOP.NOT_FOUND', kind: 'not_found', details: expect.objectContaining({ field: 'workshopId' }) }));
});
