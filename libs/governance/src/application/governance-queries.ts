import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, EventLog, ReadModelRegistry, StreamCache } from '@app/event-store';
import { NotFound, type Clock, type TemporalQuery } from '@app/shared-kernel';
import { GOVERNANCE_STREAM_PREFIXES, sakStream, type Sakstype } from '../domain/governance-terms';
import { GovernanceViews } from '../read/governance-views';
import { SourceRegister } from '@app/sources';

/** Kept between restarts (its events and checkpoint in the projection store); bump VERSION when what it keeps changes. */
const READ_MODEL = 'governance';
const VERSION = 1;

/** The reads of the governance context; each catches the projection up first (read-your-writes). */
@Injectable()
export class GovernanceQueries {
  private readonly projection: StreamCache;
  private readonly views: GovernanceViews;

  constructor(
    log: EventLog,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly sources: SourceRegister,
    readModels: ReadModelRegistry,
  ) {
    this.projection = new StreamCache(log, GOVERNANCE_STREAM_PREFIXES, undefined, readModels.kept(READ_MODEL, VERSION));
    this.views = new GovernanceViews(this.projection, sources);
    readModels.register(this.projection.asReadModel(READ_MODEL));
  }

  async bodies(query: TemporalQuery) {
    return this.views.bodies(await this.resolve(query));
  }

  async body(bodyId: string, query: TemporalQuery) {
    return found(this.views.body(bodyId, await this.resolve(query)), 'BODY.NOT_FOUND', `No body ${bodyId}`, query);
  }

  async meetings(query: TemporalQuery, filter: { bodyId?: string; year?: number }) {
    return this.views.meetings(await this.resolve(query), filter);
  }

  async meeting(meetingId: string, query: TemporalQuery) {
    return found(this.views.meeting(meetingId, await this.resolve(query)), 'MEETING.NOT_FOUND', `No meeting ${meetingId}`, query);
  }

  async sak(sakId: string, query: TemporalQuery) {
    return found(this.views.sak(sakStream(sakId), await this.resolve(query)), 'SAK.NOT_FOUND', `No sak ${sakId}`, query);
  }

  async decisions(query: TemporalQuery, filter: { bodyId?: string; year?: number; sakstype?: Sakstype }) {
    return this.views.decisions(await this.resolve(query), filter);
  }

  private async resolve(query: TemporalQuery) {
    const resolved = await this.projection.readyFor(query, this.clock);
    await this.sources.ready();
    return resolved;
  }
}

function found<T>(value: T | undefined, code: string, message: string, query: TemporalQuery): T {
  if (value === undefined) {
    const when = [query.validAt && `on ${query.validAt}`, query.knownAt && `as known at ${query.knownAt}`].filter(Boolean).join(' ');
    throw new NotFound(code, when ? `${message} ${when}` : message);
  }
  return value;
}
