import type { JsonObject, Source } from '@app/shared-kernel';

/**
 * The envelope every event in the log carries, whatever store holds it. `data` is the
 * domain payload; `metadata` says who recorded it, when, on what source, and chains it to
 * the event before it in its stream.
 */
export interface EventMetadata {
  /** When the log learnt of the fact (ISO instant, from the injected clock). */
  recordedAt: string;
  /** When the fact takes effect: a date `YYYY-MM-DD` or an ISO instant; may precede recordedAt. */
  effectiveAt: string;
  /**
   * When the fact was first documented: the date of the registered source document it cites
   * (never after recordedAt). "As known at T" reads this where present, so facts imported
   * from the board's documents are known from the documents' dates, not the import's.
   */
  documentedAt?: string;
  /** Who recorded it: the name of the authenticated principal (a secretariat member, or the importer). */
  actor: string;
  /** The authenticated principal's id (`token:<id>`, `oidc:<subject>`); absent on events recorded before authentication. */
  actorId?: string;
  /** Document and page/slide it comes from, and whether it is stated there or interpreted. */
  source?: Source;
  /** Why: required on corrections, welcome everywhere. */
  reason?: string;
  /** Id of the event this one corrects, if it is a correction. */
  corrects?: string;
  /** The sak whose vedtak decided this fact, e.g. `nehs-2021-40` (sak 40/21). */
  decidedIn?: string;
  correlationId?: string;
  causationId?: string;
  /** The client's Idempotency-Key for the request that recorded it: a retry of that request is answered from these events. */
  idempotency?: IdempotencyKey;
  /** Version of this event type's `data` shape; upcasters key on it. */
  schemaVersion: number;
  /** SHA-256 (hex) of the canonical JSON of `data`. */
  dataHash: string;
  /** SHA-256 (hex) chaining this event to the previous one in its stream (see hash-chain.ts). */
  hash: string;
}

/**
 * A client's `Idempotency-Key` (IETF httpapi draft) as the log keeps it, with a hash of the
 * request it came with: the same key with the same request is a retry, with another a mistake.
 * Scoped by the events' actorId: two principals' keys never meet.
 */
export interface IdempotencyKey {
  key: string;
  /** SHA-256 (hex) of the request: method, path and canonical JSON body. */
  requestHash: string;
}

/** An event as handed to a store: complete, with its id and metadata already decided. */
export interface EventToAppend {
  id: string;
  type: string;
  data: JsonObject;
  metadata: EventMetadata;
}

/** An event as read back from a store. Revisions and positions are bigint inside; strings on the wire. */
export interface RecordedEvent {
  id: string;
  type: string;
  streamId: string;
  /** 0-based position of the event inside its stream. */
  streamRevision: bigint;
  /** Position in the store-wide log; strictly increasing in append order. */
  globalPosition: bigint;
  data: JsonObject;
  metadata: EventMetadata;
}

/** The JSON form of a recorded event (bigints as decimal strings). */
export interface RecordedEventJson extends Omit<RecordedEvent, 'streamRevision' | 'globalPosition'> {
  streamRevision: string;
  globalPosition: string;
}

export function toJson(event: RecordedEvent): RecordedEventJson {
  return { ...event, streamRevision: event.streamRevision.toString(), globalPosition: event.globalPosition.toString() };
}
