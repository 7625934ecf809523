import type { Clock, ResolvedTemporalQuery, TemporalQuery, resolveTemporalQuery } from '@app/shared-kernel';
import type { EventLog } from './event-log';
import type { RecordedEvent } from './port/event-envelope';
import { CatchUpProjection } from './projections/catch-up-projection';
import type { KeptRecords } from './projections/projection-store';
import type { ReadModel } from './read-model-registry';

/**
 * A bounded context's events (the streams with its prefixes), kept in memory by stream and in
 * global order: the projection of a context small enough to hold whole (sources, governance,
 * findings), fed and kept as a CatchUpProjection.
 */
export class StreamCache {
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly ordered: RecordedEvent[] = [];
  private readonly projection: CatchUpProjection<RecordedEvent>;

  constructor(
    log: EventLog,
    prefixes: readonly string[],
    /** Told of each new event of these streams, once, in global order (to maintain indexes). */
    private readonly onEvent: (event: RecordedEvent) => void = () => undefined,
    kept?: KeptRecords<RecordedEvent>,
  ) {
    const take = (events: Iterable<RecordedEvent>) => {
      for (const event of events) this.take(event);
    };
    this.projection = new CatchUpProjection(log, prefixes, { recordsOf: (events) => events, take }, kept);
  }

  catchUp(): Promise<void> {
    return this.projection.catchUp();
  }

  readyFor(query: TemporalQuery, clock: Clock, fields?: Parameters<typeof resolveTemporalQuery>[2]): Promise<ResolvedTemporalQuery> {
    return this.projection.readyFor(query, clock, fields);
  }

  asReadModel(name: string, firstQuery?: () => unknown): ReadModel {
    return this.projection.asReadModel(name, firstQuery);
  }

  /** How far it has read the log. */
  get readTo(): bigint | undefined {
    return this.projection.readTo;
  }

  stream(streamId: string): readonly RecordedEvent[] {
    return this.streams.get(streamId) ?? [];
  }

  streamIds(prefix: string): string[] {
    return [...this.streams.keys()].filter((id) => id.startsWith(prefix));
  }

  /** Every cached event, in global (append) order. */
  all(): readonly RecordedEvent[] {
    return this.ordered;
  }

  private take(event: RecordedEvent): void {
    const events = this.streams.get(event.streamId) ?? [];
    events.push(event);
    this.streams.set(event.streamId, events);
    this.ordered.push(event);
    this.onEvent(event);
  }
}
