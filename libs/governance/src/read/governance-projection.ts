import type { EventStore, RecordedEvent } from '@app/event-store';
import { GOVERNANCE_STREAM_PREFIXES } from '../domain/governance-terms';

const PAGE = 1000;

/**
 * The governance context's events, kept in memory by stream and fed from the store by
 * global position (never from the in-process event bus, so replays and other processes'
 * writes arrive too). `catchUp()` reads what was appended since the last position, so a
 * query that calls it first sees every write acknowledged before it: read-your-writes by
 * construction, no waiting in tests. Idempotent by position: an event is taken once.
 */
export class GovernanceProjection {
  private position: bigint | undefined;
  private readonly streams = new Map<string, RecordedEvent[]>();
  /** meetingId -> sak stream ids, from SakRegistered (an index; visibility is decided by the fold). */
  private readonly sakerByMeeting = new Map<string, string[]>();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly store: EventStore) {}

  /** Serialised, so concurrent queries neither skip nor double-apply a page. */
  catchUp(): Promise<void> {
    this.queue = this.queue.then(() => this.readNewEvents());
    return this.queue;
  }

  stream(streamId: string): readonly RecordedEvent[] {
    return this.streams.get(streamId) ?? [];
  }

  streamIds(prefix: string): string[] {
    return [...this.streams.keys()].filter((id) => id.startsWith(prefix));
  }

  sakStreamsOf(meetingId: string): string[] {
    return this.sakerByMeeting.get(meetingId) ?? [];
  }

  private async readNewEvents(): Promise<void> {
    for (;;) {
      const page = await this.store.readAll({ after: this.position, maxCount: PAGE });
      for (const event of page) this.apply(event);
      if (page.length < PAGE) return;
    }
  }

  private apply(event: RecordedEvent): void {
    if (this.position !== undefined && event.globalPosition <= this.position) return;
    this.position = event.globalPosition;
    if (!GOVERNANCE_STREAM_PREFIXES.some((prefix) => event.streamId.startsWith(prefix))) return;
    const events = this.streams.get(event.streamId) ?? [];
    events.push(event);
    this.streams.set(event.streamId, events);
    if (event.type === 'SakRegistered') {
      const meetingId = String(event.data.meetingId);
      this.sakerByMeeting.set(meetingId, [...this.sakStreamsOf(meetingId), event.streamId]);
    }
  }
}
