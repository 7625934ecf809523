import { foldEvents } from '@app/shared-kernel';
import { deciderSpec } from '../../../../test/support/decider-spec';
import { changeAreaDecider } from './change-area.decider';
import { goalDecider, type GoalDraft, type GoalEvent, type GoalState } from './goal.decider';
import { themeDecider } from './theme.decider';

const spec = deciderSpec(goalDecider);
const theme = foldEvents(themeDecider, [{ type: 'ThemeDefined', data: { themeCode: 'bedre-helsehjelp', name: 'BEDRE HELSEHJELP' } }]);
const otherTheme = foldEvents(themeDecider, [
  { type: 'ThemeDefined', data: { themeCode: 'aktiv-medvirkning', name: 'AKTIV MEDVIRKNING' } },
]);
const noTheme = themeDecider.initialState();
const area = foldEvents(changeAreaDecider, [
  { type: 'ChangeAreaIdentified', data: { changeAreaId: 'arbeidsprosesser', name: 'Arbeidsprosesser', fra: 'Fra..', til: 'Til..' } },
]);

const draft: GoalDraft = {
  goalId: 'g-2-2',
  code: '2.2',
  title: 'Videreutvikle teknologi for effektive arbeidsprosesser',
  themeCode: 'bedre-helsehjelp',
  fromChangeAreas: ['arbeidsprosesser'],
  derivedFromGoals: [],
};
const drafted: GoalEvent = { type: 'GoalDrafted', data: draft };
const goal = (over: Partial<GoalDraft> = {}, events: GoalEvent[] = []): GoalState =>
  foldEvents(goalDecider, [{ type: 'GoalDrafted', data: { ...draft, ...over } }, ...events]);
const prioritised: GoalEvent = { type: 'GoalPrioritised', data: { goalId: 'g-2-2' } };
const retired: GoalEvent = { type: 'GoalRetired', data: { goalId: 'g-2-2', reason: 'Slått sammen i justert forslag' } };
const none = goalDecider.initialState();

describe('goal decider', () => {
  describe('DraftGoal', () => {
    const command = {
      type: 'DraftGoal' as const,
      data: draft,
      theme,
      changeAreas: [{ changeAreaId: 'arbeidsprosesser', state: area }],
      goals: [],
    };
    it('drafts a goal from change areas', () => spec.given([]).when(command).then([drafted]));
    it('refuses an existing goal', () => spec.given([drafted]).when(command).thenThrows({ code: 'GOAL.EXISTS', kind: 'conflict' }));
    it('refuses an unknown theme', () =>
      spec
        .given([])
        .when({ ...command, theme: noTheme })
        .thenThrows({ code: 'THEME.NOT_FOUND', kind: 'not_found' }));
    it('refuses an unknown change area', () =>
      spec
        .given([])
        .when({ ...command, changeAreas: [{ changeAreaId: 'x', state: changeAreaDecider.initialState() }] })
        .thenThrows({ code: 'CHANGE_AREA.NOT_FOUND' }));
    it('refuses an unknown source goal', () =>
      spec
        .given([])
        .when({ ...command, goals: [{ goalId: 'g-x', state: none }] })
        .thenThrows({ code: 'GOAL.NOT_FOUND', kind: 'not_found' }));
  });

  describe('wording, number, theme, description', () => {
    it('rewords, keeping the previous wording', () =>
      spec
        .given([drafted])
        .when({ type: 'RewordGoal', data: { title: 'Videreutvikle arbeidsprosesser for effektiv ressursutnyttelse' } })
        .then([
          {
            type: 'GoalReworded',
            data: { goalId: 'g-2-2', title: 'Videreutvikle arbeidsprosesser for effektiv ressursutnyttelse', previousTitle: draft.title },
          },
        ]));
    it('records nothing for a rewording that changes nothing', () =>
      spec
        .given([drafted])
        .when({ type: 'RewordGoal', data: { title: draft.title } })
        .thenNothingToRecord());
    it('renumbers (3.3 <-> 3.4)', () =>
      spec
        .given([drafted])
        .when({ type: 'RenumberGoal', data: { code: '2.3' } })
        .then([{ type: 'GoalRenumbered', data: { goalId: 'g-2-2', code: '2.3', previousCode: '2.2' } }]));
    it('records nothing for the same number', () =>
      spec
        .given([drafted])
        .when({ type: 'RenumberGoal', data: { code: '2.2' } })
        .thenNothingToRecord());
    it('moves to another theme', () =>
      spec
        .given([drafted])
        .when({ type: 'MoveGoal', data: { themeCode: 'aktiv-medvirkning' }, theme: otherTheme })
        .then([{ type: 'GoalMoved', data: { goalId: 'g-2-2', themeCode: 'aktiv-medvirkning', previousThemeCode: 'bedre-helsehjelp' } }]));
    it('records nothing for a move to the same theme', () =>
      spec
        .given([drafted])
        .when({ type: 'MoveGoal', data: { themeCode: 'bedre-helsehjelp' }, theme })
        .thenNothingToRecord());
    it('refuses moving to an unknown theme', () =>
      spec
        .given([drafted])
        .when({ type: 'MoveGoal', data: { themeCode: 'x' }, theme: noTheme })
        .thenThrows({ code: 'THEME.NOT_FOUND' }));
    it('describes where we are and where we are going', () =>
      spec
        .given([drafted])
        .when({ type: 'DescribeGoal', data: { hvorErVi: 'I dag ...', hvorSkalVi: 'I 2030 ...' } })
        .then([{ type: 'GoalDescribed', data: { goalId: 'g-2-2', hvorErVi: 'I dag ...', hvorSkalVi: 'I 2030 ...' } }]));
  });

  it('records nothing for a description that changes nothing', () =>
    spec
      .given([drafted, { type: 'GoalDescribed', data: { goalId: 'g-2-2', hvorErVi: 'I dag ...' } }])
      .when({ type: 'DescribeGoal', data: { hvorErVi: 'I dag ...' } })
      .thenNothingToRecord());

  describe('prioritising', () => {
    it('prioritises a draft goal', () => spec.given([drafted]).when({ type: 'PrioritiseGoal' }).then([prioritised]));
    it('records nothing for prioritising twice', () =>
      spec.given([drafted, prioritised]).when({ type: 'PrioritiseGoal' }).thenNothingToRecord());
    it('deprioritises a prioritised goal', () =>
      spec
        .given([drafted, prioritised])
        .when({ type: 'DeprioritiseGoal' })
        .then([{ type: 'GoalDeprioritised', data: { goalId: 'g-2-2' } }]));
    it('refuses deprioritising a draft', () =>
      spec.given([drafted]).when({ type: 'DeprioritiseGoal' }).thenThrows({ code: 'GOAL.NOT_PRIORITISED' }));
  });

  describe('merging, splitting, retiring', () => {
    const target = goal({ goalId: 'g-5', code: '5', title: 'HELHETLIG DIGITAL SAMHANDLING' });
    it('merges into another goal', () =>
      spec
        .given([drafted])
        .when({ type: 'MergeGoalInto', data: { intoGoalId: 'g-5' }, into: target })
        .then([{ type: 'GoalMergedInto', data: { goalId: 'g-2-2', intoGoalId: 'g-5' } }]));
    it('refuses merging into itself', () =>
      spec
        .given([drafted])
        .when({ type: 'MergeGoalInto', data: { intoGoalId: 'g-2-2' }, into: target })
        .thenThrows({ code: 'GOAL.MERGE_INTO_ITSELF' }));
    it('refuses an unknown target', () =>
      spec
        .given([drafted])
        .when({ type: 'MergeGoalInto', data: { intoGoalId: 'g-9' }, into: none })
        .thenThrows({ code: 'GOAL.NOT_FOUND' }));
    it('refuses an inactive target', () =>
      spec
        .given([drafted])
        .when({ type: 'MergeGoalInto', data: { intoGoalId: 'g-5' }, into: goal({ goalId: 'g-5' }, [retired]) })
        .thenThrows({ code: 'GOAL.INACTIVE' }));
    it('refuses changing a merged goal', () =>
      spec
        .given([drafted, { type: 'GoalMergedInto', data: { goalId: 'g-2-2', intoGoalId: 'g-5' } }])
        .when({ type: 'RewordGoal', data: { title: 'x' } })
        .thenThrows({ code: 'GOAL.INACTIVE', kind: 'conflict' }));

    const child = (goalId: string, derived = ['g-2-2']) => ({ goalId, state: goal({ goalId, derivedFromGoals: derived }) });
    it('splits into goals drafted from it', () =>
      spec
        .given([drafted])
        .when({ type: 'SplitGoal', data: { intoGoalIds: ['g-a', 'g-b'] }, into: [child('g-a'), child('g-b')] })
        .then([{ type: 'GoalSplit', data: { goalId: 'g-2-2', intoGoalIds: ['g-a', 'g-b'] } }]));
    it('refuses a split into one', () =>
      spec
        .given([drafted])
        .when({ type: 'SplitGoal', data: { intoGoalIds: ['g-a'] }, into: [child('g-a')] })
        .thenThrows({ code: 'GOAL.SPLIT_NEEDS_TWO' }));
    it('refuses an unknown part', () =>
      spec
        .given([drafted])
        .when({ type: 'SplitGoal', data: { intoGoalIds: ['g-a', 'g-x'] }, into: [child('g-a'), { goalId: 'g-x', state: none }] })
        .thenThrows({ code: 'GOAL.NOT_FOUND' }));
    it('refuses a part not drafted from it', () =>
      spec
        .given([drafted])
        .when({ type: 'SplitGoal', data: { intoGoalIds: ['g-a', 'g-b'] }, into: [child('g-a'), child('g-b', [])] })
        .thenThrows({ code: 'GOAL.SPLIT_CHILD_NOT_DERIVED', field: 'intoGoalIds[1]' }));
    it('retires with a reason', () =>
      spec
        .given([drafted])
        .when({ type: 'RetireGoal', data: { reason: retired.data.reason } })
        .then([retired]));
    it('refuses an unknown goal', () =>
      spec
        .given([])
        .when({ type: 'RetireGoal', data: { reason: 'x' } })
        .thenThrows({ code: 'GOAL.NOT_FOUND', kind: 'not_found' }));
  });

  describe('dependencies, measures, linked items, KPIs', () => {
    const other = goal({ goalId: 'g-1' });
    it('adds a dependency', () =>
      spec
        .given([drafted])
        .when({ type: 'AddDependency', data: { dependsOnGoalId: 'g-1' }, dependsOn: other })
        .then([{ type: 'GoalDependencyAdded', data: { goalId: 'g-2-2', dependsOnGoalId: 'g-1' } }]));
    it('refuses depending on itself', () =>
      spec
        .given([drafted])
        .when({ type: 'AddDependency', data: { dependsOnGoalId: 'g-2-2' }, dependsOn: other })
        .thenThrows({ code: 'GOAL.DEPENDS_ON_ITSELF' }));
    it('refuses an unknown goal to depend on', () =>
      spec
        .given([drafted])
        .when({ type: 'AddDependency', data: { dependsOnGoalId: 'g-9' }, dependsOn: none })
        .thenThrows({ code: 'GOAL.NOT_FOUND' }));
    it('refuses the same dependency twice', () =>
      spec
        .given([drafted, { type: 'GoalDependencyAdded', data: { goalId: 'g-2-2', dependsOnGoalId: 'g-1' } }])
        .when({ type: 'AddDependency', data: { dependsOnGoalId: 'g-1' }, dependsOn: other })
        .thenThrows({ code: 'GOAL.DEPENDENCY_EXISTS' }));
    it('adds a measure numbered under the goal', () =>
      spec
        .given([drafted])
        .when({ type: 'AddMeasure', data: { measureCode: '2.2.1', title: 'Tiltak' } })
        .then([{ type: 'MeasureAdded', data: { goalId: 'g-2-2', measureCode: '2.2.1', title: 'Tiltak' } }]));
    it('refuses a measure numbered under another goal', () =>
      spec
        .given([drafted])
        .when({ type: 'AddMeasure', data: { measureCode: '1.1.1', title: 'x' } })
        .thenThrows({ code: 'MEASURE.CODE_OUTSIDE_GOAL', field: 'measureCode' }));
    it('refuses a measure number twice', () =>
      spec
        .given([drafted, { type: 'MeasureAdded', data: { goalId: 'g-2-2', measureCode: '2.2.1', title: 'x' } }])
        .when({ type: 'AddMeasure', data: { measureCode: '2.2.1', title: 'y' } })
        .thenThrows({ code: 'MEASURE.EXISTS' }));
    it('links a portfolio or roadmap item', () =>
      spec
        .given([drafted])
        .when({ type: 'LinkItem', data: { kind: 'portfolio', name: 'Pasientens legemiddelliste' } })
        .then([{ type: 'ItemLinked', data: { goalId: 'g-2-2', kind: 'portfolio', name: 'Pasientens legemiddelliste' } }]));
    it('refuses linking the same item twice', () =>
      spec
        .given([drafted, { type: 'ItemLinked', data: { goalId: 'g-2-2', kind: 'roadmap', name: 'x' } }])
        .when({ type: 'LinkItem', data: { kind: 'roadmap', name: 'x' } })
        .thenThrows({ code: 'GOAL.ITEM_LINKED' }));
    const kpi = { name: 'Andel innbyggere med digital tilgang', unit: '%' as const, target: 80 };
    it('defines a KPI', () =>
      spec
        .given([drafted])
        .when({ type: 'DefineKpi', data: kpi })
        .then([{ type: 'KpiDefined', data: { goalId: 'g-2-2', ...kpi } }]));
    it('refuses a KPI name twice', () =>
      spec
        .given([drafted, { type: 'KpiDefined', data: { goalId: 'g-2-2', ...kpi } }])
        .when({ type: 'DefineKpi', data: kpi })
        .thenThrows({ code: 'KPI.EXISTS' }));
  });
});
