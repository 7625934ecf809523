import { setImmediate } from 'node:timers/promises';
import {
  canonicalJson,
  type Clock,
  type EventTypes,
  type JsonObject,
  type Principal,
  type Role,
  type Source,
  SOURCE_BASES,
  ValidationFailed,
  isBusinessDateOrInstant,
  startOf,
  uuidv7,
} from '@app/shared-kernel';
import { ChainVerifier, chainHashOf, dataHashOf, type ChainBreak, type ChainedMetadata } from './hash-chain';
import type { PersonalData } from './personal-data/personal-data';
import type { EventToAppend, IdempotencyKey, RecordedEvent } from './port/event-envelope';
import { StreamNotFound, WrongExpectedRevision } from './port/event-store-errors';
import type { AppendResult, EventStore, ExpectedRevision, ReadStreamsOptions, StreamsPage } from './port/event-store.port';

/** A fact to record, as a command handler states it. The log adds the rest of the envelope. */
export interface NewEvent {
  type: string;
  data: JsonObject;
  effectiveAt: string;
  source?: Source;
  /** The cited document's date (see EventMetadata.documentedAt); kept only if not after recording. */
  documentedAt?: string;
  reason?: string;
  /** Id of the event this one corrects; a correction must give a reason. */
  corrects?: string;
  /** The sak that decided it, e.g. `nehs-2021-40`. */
  decidedIn?: string;
  schemaVersion?: number;
  /** Supply an id to make a retried command idempotent; otherwise a UUIDv7 is generated. */
  id?: string;
}

/** Who is recording, and in answer to what. Comes from the request context, not from the payload. */
export interface RecordingContext {
  /** The name of who records it (the authenticated principal's), kept as the events' actor. */
  actor: string;
  /** The authenticated principal's id (see Principal), kept beside the name. */
  actorId?: string;
  /** The principal's roles and member link, for rules that depend on who asks (a member votes only as itself). */
  roles?: readonly Role[];
  member?: Principal['member'];
  correlationId?: string;
  causationId?: string;
  /** Kept in the events' metadata: a retry of the same request is answered from them (see DeciderRunner). */
  idempotency?: IdempotencyKey;
  /**
   * The stream revisions the writer last saw (HTTP `If-Match`), or `'any'` (`If-Match: *`): the
   * write is refused with PreconditionFailed when the stream stands elsewhere. Not kept.
   */
  ifMatch?: readonly bigint[] | 'any';
}

export interface LoadedStream {
  events: RecordedEvent[];
  /** Pass as `expectedRevision` when appending the decision taken on these events. */
  revision: bigint | 'no_stream';
}

export interface ChainVerification {
  ok: boolean;
  eventsChecked: number;
  streamsChecked: number;
  firstBreak?: ChainBreak;
}

/** How often an `'any'`/`'stream_exists'` append re-reads the stream head after losing a race. */
const HEAD_RACE_RETRIES = 5;

/**
 * The log as the application uses it: above the store port, it completes each event's
 * envelope (recordedAt from the clock, actor, provenance, schema version) and links it into
 * its stream's hash chain, so that every adapter stores the same verifiable facts.
 */
export class EventLog {
  constructor(
    readonly store: EventStore,
    private readonly clock: Clock,
    /**
     * The app's event types: an append of a type not defined is refused, new events get their
     * type's schema version, and every read through the log upcasts stored events to it (the
     * one upcast point; the raw trail and the hash chain are read from the store itself).
     */
    private readonly eventTypes?: EventTypes,
    /** Seals the personal fields of each event (and its actor) as it is appended; without it, none are sealed. */
    readonly personalData?: PersonalData,
  ) {}

  /** Now, by the log's clock (the one recordedAt comes from). */
  now(): Date {
    return this.clock.now();
  }

  /** The event with its personal values revealed, for a command handler to decide on (never to be kept). */
  opened(event: RecordedEvent): RecordedEvent {
    return this.personalData ? this.personalData.open(event) : event;
  }

  /** A stored event as this code reads it (see `eventTypes`). */
  upcast(event: RecordedEvent): RecordedEvent {
    if (!this.eventTypes?.has(event.type)) return event;
    const data = this.eventTypes.upcast(event.type, event.metadata.schemaVersion, event.data) as JsonObject;
    if (data === event.data) return event;
    return { ...event, data, metadata: { ...event.metadata, schemaVersion: this.eventTypes.schemaVersionOf(event.type) } };
  }

  /** The events of the streams with these prefixes, in global order, read as this code reads them. */
  async readStreams(options: ReadStreamsOptions): Promise<StreamsPage> {
    const page = await this.store.readStreams(options);
    return this.eventTypes ? { ...page, events: page.events.map((e) => this.upcast(e)) } : page;
  }

  async append(
    streamId: string,
    events: NewEvent[],
    options: {
      expectedRevision: ExpectedRevision;
      context: RecordingContext;
      /** The hash of the event at `expectedRevision`, where the caller has just read it (saves reading it again). */
      headHash?: string | null;
    },
  ): Promise<AppendResult & { hash: string }> {
    validate(events, options.context);
    const sealed = this.sealPersonalData(events, options.context);
    const versioned = sealed.events.map((event, i) => ({
      ...event,
      schemaVersion: event.schemaVersion ?? this.eventTypes?.schemaVersionOf(event.type, `events[${i}].type`),
    }));
    const { expectedRevision } = options;
    const context = sealed.context;
    if (typeof expectedRevision === 'bigint' || expectedRevision === 'no_stream') {
      const prevHash =
        expectedRevision === 'no_stream'
          ? null
          : options.headHash !== undefined
            ? options.headHash
            : await this.hashAt(streamId, expectedRevision);
      return this.appendSealed(streamId, this.seal(streamId, versioned, context, expectedRevision, prevHash), expectedRevision);
    }
    // Without an exact revision we still need the head's hash: read it, then append at that
    // exact revision so a concurrent writer cannot slip in between and fork the chain.
    for (let attempt = 0; ; attempt++) {
      const head = await this.head(streamId);
      const exact: ExpectedRevision = head ? head.revision : expectedRevision === 'any' ? 'no_stream' : expectedRevision;
      try {
        return await this.appendSealed(
          streamId,
          this.seal(streamId, versioned, context, head?.revision ?? 'no_stream', head?.hash ?? null),
          exact,
        );
      } catch (error) {
        if (!(error instanceof WrongExpectedRevision) || exact === 'stream_exists' || attempt >= HEAD_RACE_RETRIES) throw error;
      }
    }
  }

  /** Reads a whole stream; an absent stream is an empty one at `'no_stream'`. */
  async load(streamId: string): Promise<LoadedStream> {
    const events = await this.readFrom(streamId, 0n);
    return { events, revision: events.length ? events[events.length - 1].streamRevision : 'no_stream' };
  }

  /** The stream's events from `revision` on, at most `maxCount` (none if it has no such events, or no events at all). */
  async readFrom(streamId: string, revision: bigint, maxCount?: number): Promise<RecordedEvent[]> {
    try {
      return (await this.store.readStream(streamId, { fromRevision: revision, maxCount })).map((e) => this.upcast(e));
    } catch (error) {
      if (error instanceof StreamNotFound) return [];
      throw error;
    }
  }

  /** One event of a stream, read as this code reads it (undefined if the stream has no such revision). */
  async readEvent(streamId: string, revision: bigint): Promise<RecordedEvent | undefined> {
    try {
      const [event] = await this.store.readStream(streamId, { fromRevision: revision, maxCount: 1 });
      return event?.streamRevision === revision ? this.upcast(event) : undefined;
    } catch (error) {
      if (error instanceof StreamNotFound) return undefined;
      throw error;
    }
  }

  /** The id of the stream's latest event of one of these types, read from the end. */
  async lastEventIdOf(streamId: string, types: readonly string[]): Promise<string | undefined> {
    const PAGE = 100;
    try {
      for (let from: bigint | 'end' = 'end'; ;) {
        const page = await this.store.readStream(streamId, { direction: 'backwards', fromRevision: from, maxCount: PAGE });
        const found = page.find((e) => types.includes(e.type));
        if (found || page.length < PAGE || page[page.length - 1].streamRevision === 0n) return found?.id;
        from = page[page.length - 1].streamRevision - 1n;
      }
    } catch (error) {
      if (error instanceof StreamNotFound) return undefined;
      throw error;
    }
  }

  /** Recomputes every stream's chain from the start of the log; names the first event that does not match. */
  async verify(pageSize = 250): Promise<ChainVerification> {
    const verifier = new ChainVerifier();
    let eventsChecked = 0;
    let after: bigint | undefined;
    for (;;) {
      const page = await this.store.readAll({ after, maxCount: pageSize });
      for (const event of page) {
        const firstBreak = verifier.check(event);
        if (firstBreak) return { ok: false, eventsChecked, streamsChecked: verifier.streamCount, firstBreak };
        eventsChecked++;
      }
      if (page.length < pageSize) return { ok: true, eventsChecked, streamsChecked: verifier.streamCount };
      after = page[page.length - 1].globalPosition;
      // The embedded store reads synchronously: let other requests in between pages, or a
      // verification of 1M events would hold the process for its whole run.
      await setImmediate();
    }
  }

  /** Personal fields and the actor sealed with their persons' keys (the actor once per append: its events share it). */
  private sealPersonalData(events: NewEvent[], context: RecordingContext): { events: NewEvent[]; context: RecordingContext } {
    if (!this.personalData) return { events, context };
    const personalData = this.personalData;
    events.forEach((event, i) => personalData.refuseSealedInput(event.data, `events[${i}].data`));
    return {
      events: events.map((event) => ({ ...event, data: personalData.sealFields(event.type, event.data) })),
      context: { ...context, actor: personalData.sealActor({ name: context.actor, id: context.actorId }) },
    };
  }

  /** Appends, and says the hash of the new head (the next append's `headHash`). */
  private async appendSealed(streamId: string, sealed: EventToAppend[], expectedRevision: ExpectedRevision) {
    const result = await this.store.append(streamId, sealed, { expectedRevision });
    return { ...result, hash: sealed[sealed.length - 1].metadata.hash };
  }

  private seal(
    streamId: string,
    events: NewEvent[],
    context: RecordingContext,
    lastRevision: bigint | 'no_stream',
    lastHash: string | null,
  ): EventToAppend[] {
    const now = this.clock.now();
    const recordedAt = now.toISOString();
    let prevHash = lastHash;
    let revision = lastRevision === 'no_stream' ? -1n : lastRevision;
    // The events of one append mostly share their metadata (a bulk registration from one page):
    // it is made, and made canonical, once per distinct value, not once per event.
    let previous: { event: NewEvent; metadata: ChainedMetadata; json: string } | undefined;
    return events.map((event) => {
      revision += 1n;
      let metadata: ChainedMetadata;
      let metadataJson: string;
      if (previous && sameMetadataInputs(previous.event, event)) ({ metadata, json: metadataJson } = previous);
      else {
        metadata = withoutUndefined({
          recordedAt,
          effectiveAt: event.effectiveAt,
          documentedAt:
            event.documentedAt !== undefined && startOf(event.documentedAt, 'documentedAt') <= now.getTime()
              ? event.documentedAt
              : undefined,
          actor: context.actor,
          actorId: context.actorId,
          source: event.source,
          reason: event.reason,
          corrects: event.corrects,
          decidedIn: event.decidedIn,
          correlationId: context.correlationId,
          causationId: context.causationId,
          idempotency: context.idempotency,
          schemaVersion: event.schemaVersion ?? 1,
        });
        metadataJson = canonicalJson(metadata);
      }
      previous = { event, metadata, json: metadataJson };
      const dataHash = dataHashOf(event.data);
      const hash = chainHashOf({ prevHash, streamId, streamRevision: revision, type: event.type, dataHash, metadata }, metadataJson);
      prevHash = hash;
      return {
        id: event.id ?? uuidv7(),
        type: event.type,
        data: event.data,
        // Object.assign, not a spread: spreading an object built member by member costs ~4 µs here.
        metadata: Object.assign({}, metadata, { dataHash, hash }),
      };
    });
  }

  private async hashAt(streamId: string, revision: bigint): Promise<string | null> {
    try {
      const [event] = await this.store.readStream(streamId, { fromRevision: revision, maxCount: 1 });
      return event?.streamRevision === revision ? event.metadata.hash : null;
    } catch (error) {
      if (error instanceof StreamNotFound) return null; // the append will be refused with the real revisions
      throw error;
    }
  }

  private async head(streamId: string): Promise<{ revision: bigint; hash: string } | undefined> {
    try {
      const [last] = await this.store.readStream(streamId, { direction: 'backwards', fromRevision: 'end', maxCount: 1 });
      return last && { revision: last.streamRevision, hash: last.metadata.hash };
    } catch (error) {
      if (error instanceof StreamNotFound) return undefined;
      throw error;
    }
  }
}

/** What an event brings to its metadata (the rest is the append's own: recordedAt, actor, correlation). */
const METADATA_INPUTS = ['effectiveAt', 'documentedAt', 'reason', 'corrects', 'decidedIn', 'schemaVersion'] as const;

/** Whether two events of an append make the same metadata (a source compared by its members). */
function sameMetadataInputs(a: NewEvent, b: NewEvent): boolean {
  if (!METADATA_INPUTS.every((key) => a[key] === b[key])) return false;
  if (a.source === b.source) return true;
  // A source may come as null from JSON: only two objects are compared member by member.
  return a.source != null && b.source != null && sameMembers(a.source, b.source);
}

/** Whether two flat objects have the same members with the same values. */
function sameMembers<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(a) as (keyof T)[];
  return keys.length === Object.keys(b).length && keys.every((key) => key in b && a[key] === b[key]);
}

/** The members that have a value (a for-in copy: the append path runs this once per event). */
function withoutUndefined<T extends object>(value: T): T {
  const kept: Partial<T> = {};
  for (const key in value) if (value[key] !== undefined) kept[key] = value[key];
  return kept as T;
}

function validate(events: NewEvent[], context: RecordingContext): void {
  if (!context.actor?.trim()) throw new ValidationFailed('EVENT.ACTOR_REQUIRED', 'Every event needs the actor who recorded it', 'actor');
  if (events.length === 0) throw new ValidationFailed('EVENT.NONE', 'An append needs at least one event', 'events');
  events.forEach((event, i) => {
    if (!event.type?.trim()) throw new ValidationFailed('EVENT.TYPE_REQUIRED', `events[${i}].type is required`, `events[${i}].type`);
    if (!isBusinessDateOrInstant(event.effectiveAt ?? '')) {
      throw new ValidationFailed(
        'EVENT.EFFECTIVE_AT_INVALID',
        `events[${i}].effectiveAt must be YYYY-MM-DD or an ISO date-time with offset, got "${event.effectiveAt}"`,
        `events[${i}].effectiveAt`,
      );
    }
    if (event.corrects && !event.reason?.trim()) {
      throw new ValidationFailed(
        'EVENT.CORRECTION_NEEDS_REASON',
        `events[${i}] corrects ${event.corrects} and must say why`,
        `events[${i}].reason`,
      );
    }
    if (event.source && (!event.source.document?.trim() || !SOURCE_BASES.includes(event.source.basis))) {
      throw new ValidationFailed(
        'EVENT.SOURCE_INVALID',
        `events[${i}].source needs a document and a basis (${SOURCE_BASES.join(' or ')})`,
        `events[${i}].source`,
      );
    }
  });
}
