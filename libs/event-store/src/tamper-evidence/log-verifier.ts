import { ChainVerifier, type ChainBreakProblem } from '../hash-chain';
import type { RecordedEvent } from '../port/event-envelope';
import { LOG_CHAIN_ORIGIN, logHashOf, type LogCheckpoint } from './log-chain';

export type LogBreakProblem =
  | ChainBreakProblem
  /** At this place in the log order another event stands than when the log was verified before: one was deleted, inserted or moved. */
  | 'event_missing'
  /** The same event, but its hashes were recomputed over other content: a rewrite consistent with the public algorithm. */
  | 'event_rewritten'
  /** The log ends before events it held when verified before, or that a signed checkpoint covers. */
  | 'log_truncated'
  /** After the events a signed checkpoint covers, the log chain does not stand where the checkpoint says. */
  | 'checkpoint_mismatch'
  /** A checkpoint whose signature does not hold (or not with the trusted key). */
  | 'checkpoint_signature_invalid';

export interface LogBreak {
  problem: LogBreakProblem;
  /** How many events precede it in log order (0 for the first event). */
  sequence: number;
  eventId?: string;
  streamId?: string;
  streamRevision?: string;
  globalPosition?: string;
  expected: string;
  actual: string;
  /** What it means, for people. */
  detail: string;
}

/** What the log held at one place in log order when it was verified before. */
export interface KeptEntry {
  eventId: string;
  logHash: string;
}

const where = (event: RecordedEvent) => ({
  eventId: event.id,
  streamId: event.streamId,
  streamRevision: event.streamRevision.toString(),
  globalPosition: event.globalPosition.toString(),
});

/**
 * Checks a log fed event by event in log order: each stream's chain (unless told to skip it),
 * the chain over the whole log, what was kept of the log at an earlier verification (the same
 * event at each place, with the same log hash), and the signed checkpoints (the log chain's value
 * after the events each covers). The first problem found is named, with the event it is found at.
 * Pure: the app's verification and the offline `npm run verify` both use it.
 */
export class LogVerifier {
  private events: number;
  private hash: string;
  private readonly checkpoints = new Map<number, LogCheckpoint>();

  constructor(
    start: { events: number; logHash: string } = { events: 0, logHash: LOG_CHAIN_ORIGIN },
    /** Each stream's chain, or null for none (a stretch of the log whose streams' earlier events are not at hand). */
    private readonly streams: ChainVerifier | null = new ChainVerifier(),
    checkpoints: readonly LogCheckpoint[] = [],
  ) {
    this.events = start.events;
    this.hash = start.logHash;
    for (const checkpoint of checkpoints) this.checkpoints.set(checkpoint.events, checkpoint);
  }

  /** How many events it has been fed (with those before its start), and where the log chain stands after them. */
  get head(): { events: number; logHash: string } {
    return { events: this.events, logHash: this.hash };
  }

  get streamsChecked(): number {
    return this.streams?.streamCount ?? 0;
  }

  headOf(streamId: string) {
    return this.streams?.headOf(streamId);
  }

  /** Feeds the log's next event; `kept`: what an earlier verification kept at this place. */
  check(event: RecordedEvent, kept?: KeptEntry): LogBreak | undefined {
    const sequence = this.events;
    if (kept && kept.eventId !== event.id)
      return {
        problem: 'event_missing',
        sequence,
        ...where(event),
        expected: kept.eventId,
        actual: event.id,
        detail: `Event ${sequence} of the log was ${kept.eventId} when verified before, and is now ${event.id}: an event was deleted, inserted or moved`,
      };
    const streamBreak = this.streams?.check(event);
    if (streamBreak)
      return { ...streamBreak, sequence, detail: `The chain of stream ${event.streamId} breaks here (${streamBreak.problem})` };
    const next = logHashOf(this.hash, event);
    if (kept && kept.logHash !== next)
      return {
        problem: 'event_rewritten',
        sequence,
        ...where(event),
        expected: kept.logHash,
        actual: next,
        detail: `Event ${event.id} is not what it was when verified before: its content and hashes were rewritten`,
      };
    this.hash = next;
    this.events++;
    const checkpoint = this.checkpoints.get(this.events);
    if (checkpoint && checkpoint.logHash !== next)
      return {
        problem: 'checkpoint_mismatch',
        sequence,
        ...where(event),
        expected: checkpoint.logHash,
        actual: next,
        detail: `The checkpoint signed ${checkpoint.signedAt} says the log's first ${checkpoint.events} events hash to ${checkpoint.logHash}; they do not`,
      };
    return undefined;
  }

  /**
   * At the end of the log: the log must reach every place an earlier verification kept
   * (`kept`: how many events, and the id of the first one not seen now) and every checkpoint.
   */
  end(kept?: { events: number; firstUnseen?: string }): LogBreak | undefined {
    if (kept && kept.events > this.events)
      return {
        problem: 'log_truncated',
        sequence: this.events,
        ...(kept.firstUnseen ? { eventId: kept.firstUnseen } : {}),
        expected: `${kept.events} events`,
        actual: `${this.events} events`,
        detail: `The log ends after ${this.events} events; it held ${kept.events} when verified before${
          kept.firstUnseen ? `, the first now missing being ${kept.firstUnseen}` : ''
        }`,
      };
    const covered = Math.max(0, ...this.checkpoints.keys());
    if (covered > this.events)
      return {
        problem: 'log_truncated',
        sequence: this.events,
        expected: `${covered} events`,
        actual: `${this.events} events`,
        detail: `The log ends after ${this.events} events; a signed checkpoint covers ${covered}`,
      };
    return undefined;
  }
}
