import { deciderSpec } from '../../../../test/support/decider-spec';
import { roundDecider, type RoundEvent } from './round.decider';
import { visionDecider, type VisionEvent } from './vision.decider';

describe('prioritisation round decider', () => {
  const spec = deciderSpec(roundDecider);
  const open = {
    roundId: 'nehs-2022-02-04',
    title: 'Prioritering i Menti, ekstra møte 1/22',
    date: '2022-02-04',
    bodyId: 'nehs',
    allocation: { 'aktiv-medvirkning': 3, 'bedre-helsehjelp': 2 },
    goals: [
      { goalId: 'g-1-1', themeCode: 'aktiv-medvirkning' },
      { goalId: 'g-1-2', themeCode: 'aktiv-medvirkning' },
      { goalId: 'g-2-1', themeCode: 'bedre-helsehjelp' },
    ],
  };
  const opened: RoundEvent = { type: 'RoundOpened', data: open };
  const cast = (memberId: string, votes: { goalId: string; count: number }[]): RoundEvent => ({
    type: 'VotesCast',
    data: { roundId: open.roundId, memberId, votes },
  });
  const bySecretariat = { voter: { kind: 'secretariat' as const }, members: ['kari', 'ola'] };
  const closed: RoundEvent = { type: 'RoundClosed', data: { roundId: open.roundId, tally: [] } };

  it('opens a round with a per-theme allocation', () => spec.given([]).when({ type: 'OpenRound', data: open }).then([opened]));
  it('refuses opening twice', () => spec.given([opened]).when({ type: 'OpenRound', data: open }).thenThrows({ code: 'ROUND.EXISTS' }));
  it('refuses a goal whose theme has no allocation', () =>
    spec
      .given([])
      .when({ type: 'OpenRound', data: { ...open, goals: [...open.goals, { goalId: 'g-4-1', themeCode: 'styrket' }] } })
      .thenThrows({ code: 'ROUND.THEME_WITHOUT_ALLOCATION', field: 'goals[3]' }));
  it('takes votes within the allocation', () =>
    spec
      .given([opened])
      .when({
        type: 'CastVotes',
        ...bySecretariat,
        data: {
          memberId: 'kari',
          votes: [
            { goalId: 'g-1-1', count: 2 },
            { goalId: 'g-1-2', count: 1 },
          ],
        },
      })
      .then([
        cast('kari', [
          { goalId: 'g-1-1', count: 2 },
          { goalId: 'g-1-2', count: 1 },
        ]),
      ]));
  it('refuses over-allocation, counting earlier votes by the same member', () =>
    spec
      .given([opened, cast('kari', [{ goalId: 'g-2-1', count: 2 }])])
      .when({ type: 'CastVotes', data: { memberId: 'kari', votes: [{ goalId: 'g-2-1', count: 1 }] }, ...bySecretariat })
      .thenThrows({
        code: 'ROUND.OVER_ALLOCATION',
        field: 'votes[0].count',
      }));
  it('counts the same votes from the same member once, in any order (a retry); other votes count within the budget', () => {
    const votes = [
      { goalId: 'g-1-1', count: 1 },
      { goalId: 'g-2-1', count: 1 },
    ];
    spec
      .given([opened, cast('kari', votes)])
      .when({ type: 'CastVotes', data: { memberId: 'kari', votes: [...votes].reverse() }, ...bySecretariat })
      .thenNothingToRecord();
    spec
      .given([opened, cast('kari', votes)])
      .when({ type: 'CastVotes', data: { memberId: 'kari', votes: [{ goalId: 'g-1-2', count: 1 }] }, ...bySecretariat })
      .then([cast('kari', [{ goalId: 'g-1-2', count: 1 }])]);
  });
  it('refuses a vote for a goal outside the round', () =>
    spec
      .given([opened])
      .when({ type: 'CastVotes', data: { memberId: 'kari', votes: [{ goalId: 'g-4-1', count: 1 }] }, ...bySecretariat })
      .thenThrows({ code: 'ROUND.GOAL_NOT_IN_ROUND', field: 'votes[0].goalId' }));
  it('refuses a vote count that is not a positive whole number', () =>
    spec
      .given([opened])
      .when({ type: 'CastVotes', data: { memberId: 'kari', votes: [{ goalId: 'g-1-1', count: 0 }] }, ...bySecretariat })
      .thenThrows({ code: 'ROUND.VOTE_COUNT_INVALID' }));
  it('takes votes only for members of the round’s body on its date, and from a member only its own', () => {
    const vote = [{ goalId: 'g-1-1', count: 1 }];
    spec
      .given([opened])
      .when({ type: 'CastVotes', data: { memberId: 'no-such-member', votes: vote }, ...bySecretariat })
      .thenThrows({ code: 'ROUND.NOT_A_MEMBER', kind: 'validation', field: 'memberId' });
    const kari = { kind: 'member' as const, bodyId: 'nehs', memberId: 'kari' };
    spec
      .given([opened])
      .when({ type: 'CastVotes', data: { memberId: 'kari', votes: vote }, voter: kari, members: ['kari', 'ola'] })
      .then([cast('kari', vote)]);
    spec
      .given([opened])
      .when({ type: 'CastVotes', data: { memberId: 'ola', votes: vote }, voter: kari, members: ['kari', 'ola'] })
      .thenThrows({ code: 'ROUND.VOTE_FOR_ANOTHER', kind: 'forbidden' });
    spec
      .given([opened])
      .when({ type: 'CastVotes', data: { memberId: 'kari', votes: vote }, voter: { ...kari, bodyId: 'nufa' }, members: ['kari'] })
      .thenThrows({ code: 'ROUND.VOTE_FOR_ANOTHER' });
  });
  it('takes no votes in a round recorded without a body (its voters cannot be checked)', () => {
    const { bodyId: _none, ...withoutBody } = open;
    spec
      .given([{ type: 'RoundOpened', data: withoutBody }])
      .when({ type: 'CastVotes', data: { memberId: 'kari', votes: [{ goalId: 'g-1-1', count: 1 }] }, ...bySecretariat })
      .thenThrows({ code: 'ROUND.WITHOUT_BODY', kind: 'conflict' });
  });
  it('closes with a tally per goal, most votes first', () =>
    spec
      .given([
        opened,
        cast('kari', [{ goalId: 'g-1-2', count: 3 }]),
        cast('ola', [
          { goalId: 'g-1-1', count: 1 },
          { goalId: 'g-1-2', count: 1 },
        ]),
      ])
      .when({ type: 'CloseRound' })
      .then([
        {
          type: 'RoundClosed',
          data: {
            roundId: open.roundId,
            tally: [
              { goalId: 'g-1-2', themeCode: 'aktiv-medvirkning', votes: 4 },
              { goalId: 'g-1-1', themeCode: 'aktiv-medvirkning', votes: 1 },
              { goalId: 'g-2-1', themeCode: 'bedre-helsehjelp', votes: 0 },
            ],
          },
        },
      ]));
  it('refuses votes after closing', () =>
    spec
      .given([opened, closed])
      .when({ type: 'CastVotes', data: { memberId: 'kari', votes: [] }, ...bySecretariat })
      .thenThrows({ code: 'ROUND.CLOSED' }));
  it('refuses an unknown round', () =>
    spec.given([]).when({ type: 'CloseRound' }).thenThrows({ code: 'ROUND.NOT_FOUND', kind: 'not_found' }));
});

describe('vision decider', () => {
  const spec = deciderSpec(visionDecider);
  const vision = 'Sammen om helhetlige, trygge og nyskapende tjenester som fremmer helse og mestring';
  const draft: VisionEvent = { type: 'VisionDraftProposed', data: { draftId: 'utkast-1', text: vision } };

  it('proposes a working draft', () => spec.given([]).when({ type: 'ProposeVisionDraft', data: draft.data }).then([draft]));
  it('refuses a draft id twice', () =>
    spec.given([draft]).when({ type: 'ProposeVisionDraft', data: draft.data }).thenThrows({ code: 'VISION.DRAFT_EXISTS' }));
  it('adopts a vision from a draft', () =>
    spec
      .given([draft])
      .when({ type: 'AdoptVision', data: { text: vision, draftId: 'utkast-1' } })
      .then([{ type: 'VisionAdopted', data: { text: vision, draftId: 'utkast-1' } }]));
  it('refuses an unknown draft', () =>
    spec
      .given([])
      .when({ type: 'AdoptVision', data: { text: vision, draftId: 'x' } })
      .thenThrows({ code: 'VISION.UNKNOWN_DRAFT', field: 'draftId' }));
  it('records nothing for adopting the same vision again', () =>
    spec
      .given([{ type: 'VisionAdopted', data: { text: vision } }])
      .when({ type: 'AdoptVision', data: { text: vision } })
      .thenNothingToRecord());
  it('states an ambition', () =>
    spec
      .given([])
      .when({ type: 'StateAmbition', data: { text: 'Strategien skal tydeligere prioritere enkelte satsningsområder' } })
      .then([{ type: 'AmbitionStated', data: { text: 'Strategien skal tydeligere prioritere enkelte satsningsområder' } }]));
  it('records nothing for the same ambition twice', () =>
    spec
      .given([{ type: 'AmbitionStated', data: { text: 'x' } }])
      .when({ type: 'StateAmbition', data: { text: 'x' } })
      .thenNothingToRecord());
  const principle = { name: 'HELHETLIGE', questions: ['Bidrar målet til helhetlige tjenester?'] };
  it('defines an evaluation principle with its questions', () =>
    spec
      .given([])
      .when({ type: 'DefinePrinciple', data: principle })
      .then([{ type: 'PrincipleDefined', data: principle }]));
  it('refuses a principle twice', () =>
    spec
      .given([{ type: 'PrincipleDefined', data: principle }])
      .when({ type: 'DefinePrinciple', data: principle })
      .thenThrows({ code: 'PRINCIPLE.EXISTS' }));
});
