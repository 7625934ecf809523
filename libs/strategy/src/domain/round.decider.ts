import { Conflict, NotFound, PersistentMap, ValidationFailed, type Decider, type DomainEvent } from '@app/shared-kernel';

/**
 * A prioritisation round: each member has a number of votes per theme (3/2/2/4 on 04.02.2022,
 * cast in Menti) to spread over the goals in the round. Closing it fixes the tally.
 */
export interface Vote {
  goalId: string;
  count: number;
}

export interface TallyLine {
  goalId: string;
  themeCode: string;
  votes: number;
}

export type RoundEvent =
  | DomainEvent<
      'RoundOpened',
      { roundId: string; title: string; date: string; allocation: Record<string, number>; goals: { goalId: string; themeCode: string }[] }
    >
  | DomainEvent<'VotesCast', { roundId: string; memberId: string; votes: Vote[] }>
  | DomainEvent<'RoundClosed', { roundId: string; tally: TallyLine[] }>;

export type RoundCommand =
  | {
      type: 'OpenRound';
      data: {
        roundId: string;
        title: string;
        date: string;
        allocation: Record<string, number>;
        goals: { goalId: string; themeCode: string }[];
      };
    }
  | { type: 'CastVotes'; data: { memberId: string; votes: Vote[] } }
  | { type: 'CloseRound' };

export type RoundState =
  | { status: 'none' }
  | {
      status: 'open' | 'closed';
      roundId: string;
      allocation: Record<string, number>;
      themeOf: Record<string, string>;
      /** memberId -> themeCode -> votes used (a persistent map: a round may have thousands of voters). */
      used: PersistentMap<Readonly<Record<string, number>>>;
      votes: Record<string, number>;
    };

function decide(command: RoundCommand, state: RoundState): RoundEvent[] {
  if (command.type === 'OpenRound') {
    if (state.status !== 'none') throw new Conflict('ROUND.EXISTS', `Round ${state.roundId} exists`);
    const { allocation, goals } = command.data;
    goals.forEach(({ goalId, themeCode }, i) => {
      if (!(themeCode in allocation)) {
        throw new ValidationFailed(
          'ROUND.THEME_WITHOUT_ALLOCATION',
          `Goal ${goalId} is under ${themeCode}, which has no allocation`,
          `goals[${i}]`,
        );
      }
    });
    return [{ type: 'RoundOpened', data: command.data }];
  }
  if (state.status === 'none') throw new NotFound('ROUND.NOT_FOUND', 'No such round');
  if (state.status === 'closed') throw new Conflict('ROUND.CLOSED', `Round ${state.roundId} is closed`);
  switch (command.type) {
    case 'CastVotes': {
      const { memberId, votes } = command.data;
      const used = { ...state.used.get(memberId) };
      votes.forEach(({ goalId, count }, i) => {
        const themeCode = state.themeOf[goalId];
        if (!themeCode) throw new ValidationFailed('ROUND.GOAL_NOT_IN_ROUND', `Goal ${goalId} is not in this round`, `votes[${i}].goalId`);
        if (!Number.isInteger(count) || count < 1)
          throw new ValidationFailed('ROUND.VOTE_COUNT_INVALID', 'count must be a positive whole number', `votes[${i}].count`);
        used[themeCode] = (used[themeCode] ?? 0) + count;
        if (used[themeCode] > state.allocation[themeCode]) {
          throw new ValidationFailed(
            'ROUND.OVER_ALLOCATION',
            `${memberId} would use ${used[themeCode]} of ${state.allocation[themeCode]} votes for ${themeCode}`,
            `votes[${i}].count`,
          );
        }
      });
      return [{ type: 'VotesCast', data: { roundId: state.roundId, memberId, votes } }];
    }
    case 'CloseRound': {
      const tally = Object.entries(state.themeOf)
        .map(([goalId, themeCode]) => ({ goalId, themeCode, votes: state.votes[goalId] ?? 0 }))
        .sort((a, b) => b.votes - a.votes || a.goalId.localeCompare(b.goalId));
      return [{ type: 'RoundClosed', data: { roundId: state.roundId, tally } }];
    }
    default: {
      const _exhaustive: never = command;
      throw new Error(`Unknown command ${JSON.stringify(_exhaustive)}`);
    }
  }
}

function evolve(state: RoundState, event: RoundEvent): RoundState {
  switch (event.type) {
    case 'RoundOpened':
      return {
        status: 'open',
        roundId: event.data.roundId,
        allocation: event.data.allocation,
        themeOf: Object.fromEntries(event.data.goals.map((g) => [g.goalId, g.themeCode])),
        used: PersistentMap.empty(),
        votes: {},
      };
    case 'VotesCast': {
      if (state.status === 'none') return state;
      const used = { ...state.used.get(event.data.memberId) };
      const votes = { ...state.votes };
      for (const { goalId, count } of event.data.votes) {
        const themeCode = state.themeOf[goalId];
        used[themeCode] = (used[themeCode] ?? 0) + count;
        votes[goalId] = (votes[goalId] ?? 0) + count;
      }
      return { ...state, used: state.used.set(event.data.memberId, used), votes };
    }
    case 'RoundClosed':
      return state.status === 'none' ? state : { ...state, status: 'closed' };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

export const roundDecider: Decider<RoundCommand, RoundEvent, RoundState> = { initialState: () => ({ status: 'none' }), evolve, decide };
