import {
  Conflict,
  Forbidden,
  NotFound,
  PersistentMap,
  ValidationFailed,
  nothingToRecord,
  type Decider,
  type DomainEvent,
} from '@app/shared-kernel';

/**
 * A prioritisation round: each member has a number of votes per theme (3/2/2/4 on 04.02.2022,
 * cast in Menti) to spread over the goals in the round. Closing it fixes the tally. A round is
 * held in a body: votes are accepted only for its members on the round's date.
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

/** What a round is opened with. */
export interface RoundOpening {
  roundId: string;
  title: string;
  date: string;
  /** The body whose members vote; absent on rounds recorded before votes were checked (they take no votes). */
  bodyId?: string;
  allocation: Record<string, number>;
  goals: { goalId: string; themeCode: string }[];
}

export type RoundEvent =
  | DomainEvent<'RoundOpened', RoundOpening>
  | DomainEvent<'VotesCast', { roundId: string; memberId: string; votes: Vote[] }>
  | DomainEvent<'RoundClosed', { roundId: string; tally: TallyLine[] }>;

export type RoundCommand =
  | { type: 'OpenRound'; data: RoundOpening }
  | {
      type: 'CastVotes';
      data: { memberId: string; votes: Vote[] };
      /** Who casts them: the secretariat (for any member) or a member (for itself). */
      voter: Voter;
      /** The member ids of the round's body on the round's date (observers are not members). */
      members: readonly string[];
    }
  | { type: 'CloseRound' };

/** Who casts votes: the secretariat records any member's, a member casts its own. */
export type Voter = { kind: 'secretariat' } | { kind: 'member'; bodyId: string; memberId: string };

export type RoundState =
  | { status: 'none' }
  | {
      status: 'open' | 'closed';
      roundId: string;
      date: string;
      bodyId?: string;
      allocation: Record<string, number>;
      themeOf: Record<string, string>;
      /** memberId -> themeCode -> votes used (a persistent map: a round may have thousands of voters). */
      used: PersistentMap<Readonly<Record<string, number>>>;
      /** memberId -> the member's last votes as cast (the same again is a retry, not new votes). */
      lastCast: PersistentMap<string>;
      votes: Record<string, number>;
    };

/** Votes compared whatever their order. */
const votesKey = (votes: readonly Vote[]) =>
  votes
    .map(({ goalId, count }) => `${goalId}=${count}`)
    .sort()
    .join(',');

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
      const { bodyId, date } = state;
      if (!bodyId) throw new Conflict('ROUND.WITHOUT_BODY', `Round ${state.roundId} names no body: its voters cannot be checked`);
      if (command.voter.kind === 'member' && (command.voter.bodyId !== bodyId || command.voter.memberId !== memberId))
        throw new Forbidden('ROUND.VOTE_FOR_ANOTHER', 'A member casts only its own votes', { field: 'memberId' });
      if (!command.members.includes(memberId))
        throw new ValidationFailed('ROUND.NOT_A_MEMBER', `${memberId} is not a member of ${bodyId} on ${date}`, 'memberId');
      // The same votes again from the same member are a retry: counted once.
      if (state.lastCast.get(memberId) === votesKey(votes)) return nothingToRecord();
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
        date: event.data.date,
        ...(event.data.bodyId ? { bodyId: event.data.bodyId } : {}),
        allocation: event.data.allocation,
        themeOf: Object.fromEntries(event.data.goals.map((g) => [g.goalId, g.themeCode])),
        used: PersistentMap.empty(),
        lastCast: PersistentMap.empty(),
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
      return {
        ...state,
        used: state.used.set(event.data.memberId, used),
        lastCast: state.lastCast.set(event.data.memberId, votesKey(event.data.votes)),
        votes,
      };
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
