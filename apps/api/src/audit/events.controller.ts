import { Allow } from '@app/http-common';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, StreamNotFound, toJson, type EventStore, type RecordedEvent, type RecordedEventJson } from '@app/event-store';
import { ListEventsQuery } from './list-events.query';

const DEFAULT_LIMIT = 100;

export interface EventPage {
  events: RecordedEventJson[];
  /** Pass as `from` to read the next page; null when this page reached the end of the log. */
  next: string | null;
}

/** The raw audit trail: every recorded fact as stored, oldest first. */
@ApiTags('audit')
@Controller('events')
export class EventsController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get()
  @Allow('auditor', 'secretariat')
  @ApiOperation({ summary: 'The raw event log, paged in global order (newest last), optionally by stream and type' })
  async list(@Query() query: ListEventsQuery): Promise<EventPage> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = query.from === undefined ? undefined : BigInt(query.from);
    const matches = (event: RecordedEvent) =>
      (after === undefined || event.globalPosition > after) && (query.type === undefined || event.type === query.type);

    // One more than asked tells whether another page exists. Across all streams the store filters
    // by type (by index in the embedded store), so a rare type costs its own events, not the log.
    const found = query.stream
      ? await this.fromStream(query.stream, matches, limit + 1)
      : await this.store.readAll({ after, maxCount: limit + 1, ...(query.type === undefined ? {} : { types: [query.type] }) });
    const events = found.slice(0, limit);
    return {
      events: events.map(toJson),
      next: found.length > limit ? events[events.length - 1].globalPosition.toString() : null,
    };
  }

  private async fromStream(streamId: string, matches: (e: RecordedEvent) => boolean, wanted: number): Promise<RecordedEvent[]> {
    try {
      return (await this.store.readStream(streamId)).filter(matches).slice(0, wanted);
    } catch (error) {
      if (error instanceof StreamNotFound) return [];
      throw error;
    }
  }
}
