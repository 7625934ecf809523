import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, EventLog, ReadModelRegistry, StreamCache } from '@app/event-store';
import { NotFound, type Clock, type Principal, type TemporalQuery } from '@app/shared-kernel';
import { GOVERNANCE_STREAM_PREFIXES, sakStream, type Sakstype } from '../domain/governance-terms';
import { GovernanceViews } from '../read/governance-views';
import { audienceOf, seesAllOf, type Audience } from '../read/public-view';
import { SourceRegister, type Disclosure } from '@app/sources';

/** Kept between restarts (its events and checkpoint in the projection store); bump VERSION when what it keeps changes. */
const READ_MODEL = 'governance';
const VERSION = 1;

/** The reads of the governance context; each catches the projection up first (read-your-writes). */
@Injectable()
export class GovernanceQueries implements Disclosure {
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

  async meetings(query: TemporalQuery, filter: { bodyId?: string; year?: number }, audience: Audience) {
    return this.views.meetings(await this.resolve(query), filter, audience);
  }

  async meeting(meetingId: string, query: TemporalQuery, audience: Audience) {
    return found(this.views.meeting(meetingId, await this.resolve(query), audience), 'MEETING.NOT_FOUND', `No meeting ${meetingId}`, query);
  }

  /** The meeting its referat is made from; for those who do not see the whole record, only once the referat is public. */
  async minutes(meetingId: string, query: TemporalQuery, audience: Audience) {
    const meeting = await this.meeting(meetingId, query, audience);
    if (seesAllOf(audience, meeting.bodyId)) return meeting;
    if (!this.views.minutesPublic(meetingId))
      throw new NotFound(
        'MINUTES.NOT_PUBLISHED',
        `The referat of ${meetingId} is not public: not approved, nor published by the secretariat`,
      );
    return meeting;
  }

  async sak(sakId: string, query: TemporalQuery, audience: Audience) {
    return found(this.views.sak(sakStream(sakId), await this.resolve(query), audience), 'SAK.NOT_FOUND', `No sak ${sakId}`, query);
  }

  async decisions(query: TemporalQuery, filter: { bodyId?: string; year?: number; sakstype?: Sakstype }, audience: Audience) {
    return this.views.decisions(await this.resolve(query), filter, audience);
  }

  /** Of these ids, the saker of which the reader may not see everything (a draft, an exemption, unpublished papers). */
  async withheldOf(abouts: readonly string[], viewer: Principal | undefined): Promise<Set<string>> {
    const audience = audienceOf(viewer);
    const saker = [...new Set(abouts)].filter((about) => this.projection.stream(sakStream(about)).length);
    if (audience.kind === 'full' || !saker.length) return new Set();
    // Caught up once for them all.
    const query = await this.resolve({});
    // A conflict's field is free text: where anything of the sak is withheld, its disagreements are too.
    return new Set(
      saker.filter((about) => {
        const sak = this.views.sak(sakStream(about), query, audience);
        return !sak || !!sak.withheld?.length;
      }),
    );
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
