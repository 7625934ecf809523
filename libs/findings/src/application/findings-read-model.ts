import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, EventLog, ReadModelRegistry, StreamCache, toJson, type RecordedEventJson } from '@app/event-store';
import { NotFound, type Clock, type TemporalQuery } from '@app/shared-kernel';
import { FINDINGS_STREAM_PREFIXES } from '../domain/findings-terms';
import { findingHistory, followUpReport } from '../read/findings-report';
import { SourceRegister, type FactProvenance } from '@app/sources';

/** Kept between restarts (its events and checkpoint in the projection store); bump VERSION when what it keeps changes. */
const READ_MODEL = 'findings';
const VERSION = 1;

/** An event about a finding or an assignment answering it, as the finding's history shows it. */
export interface FindingHistoryEntry extends RecordedEventJson {
  provenance: FactProvenance;
}

/** The findings reads; each catches the cache up first, so a read sees every acknowledged write. */
@Injectable()
export class FindingsReadModel {
  private readonly cache: StreamCache;

  constructor(
    log: EventLog,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly sources: SourceRegister,
    readModels: ReadModelRegistry,
  ) {
    this.cache = new StreamCache(log, FINDINGS_STREAM_PREFIXES, undefined, readModels.kept(READ_MODEL, VERSION));
    readModels.register(this.cache.asReadModel(READ_MODEL));
  }

  async report(query: TemporalQuery) {
    const resolved = await this.cache.readyFor(query, this.clock);
    await this.sources.ready();
    return followUpReport(this.cache, resolved, this.sources);
  }

  async history(findingId: string, query: TemporalQuery): Promise<FindingHistoryEntry[]> {
    const events = findingHistory(this.cache, findingId, await this.cache.readyFor(query, this.clock));
    if (!events.length) throw new NotFound('FINDING.NOT_FOUND', `No finding ${findingId}`);
    await this.sources.ready();
    return events.map((event) => ({ ...toJson(event), provenance: this.sources.provenanceOf(event) }));
  }
}
