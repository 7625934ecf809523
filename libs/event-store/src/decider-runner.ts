import { EventLog, type RecordingContext } from './event-log';
import type { RecordedEvent } from './port/event-envelope';
import { WrongExpectedRevision } from './port/event-store-errors';
import { PreconditionFailed, Unprocessable, type Decider, type DomainEvent, type Source } from '@app/shared-kernel';

/**
 * The register of source documents, as the command path needs it: every source a write
 * cites must be a registered document, and its date becomes the facts' knowledge time.
 */
export interface SourceDocuments {
  /** The document's date (`YYYY-MM-DD`); throws the register's not-found error, naming `field`, for an unregistered one. */
  documentedAt(documentId: string, field: string): Promise<string>;
}

/** A stored event (or a read model's record of one) as its aggregate's domain event; the EventLog has upcast it already. */
export const asDomainEvent = <E extends DomainEvent>(event: Pick<RecordedEvent, 'type'> & { data: object }) =>
  ({ type: event.type, data: event.data }) as unknown as E;

/** Where a command's facts come from, as the caller states it. */
export interface Provenance {
  /** Overrides the date the facts take effect; each command has a sensible default. */
  effectiveAt?: string;
  source?: Source;
  reason?: string;
  /** The sak that decided it (`nehs-2021-40`); strategy facts often name one. */
  decidedIn?: string;
}

/**
 * A command for one aggregate as the bus carries it: the request (which aggregate, which
 * command), where its facts come from, and who records it. Each context's commands extend it,
 * one class per aggregate, so each has its own handler.
 */
export abstract class AggregateCommand<Request> {
  constructor(
    readonly request: Request,
    readonly provenance: Provenance,
    readonly context: RecordingContext,
  ) {}
}

/** What every write answers: the resource, and where its new events stand in the log. */
export interface CommandResult {
  id: string;
  streamId: string;
  /** Revision of the stream's last event: the expected revision for the next write. */
  revision: string;
  /** Global position of the last event written; absent when the decider found nothing to record. */
  position?: string;
  /** The types of the events written: none when the command repeated what the stream records. */
  events: string[];
}

export interface Decision<Command> {
  command: Command;
  /** The business date the resulting events take effect, unless the caller overrides it. */
  effectiveAt: string;
  /** Id of the event the new ones correct, for corrections. */
  corrects?: string;
  /** A later knowledge time than the cited document's, where the facts rest on later documents too. */
  knownFrom?: string;
}

/**
 * How many times a command is decided in all, when writes keep moving its stream. Commands on
 * one stream in this process wait for each other, so only other processes' writes count here.
 */
const MAX_ATTEMPTS = 5;

/** An Idempotency-Key sent again with another request than the one it was first used for. Nothing is written. */
export class IdempotencyKeyReused extends Unprocessable {
  constructor() {
    super('IDEMPOTENCY.KEY_REUSED', 'This Idempotency-Key was used for another request; send a new key for a new request', {
      field: 'Idempotency-Key',
    });
  }
}

/** How long an idempotency key answers a retry, unless configured otherwise: the IETF draft's suggestion. */
export const IDEMPOTENCY_KEYS_KEPT_MS = 24 * 60 * 60 * 1000;

/** How many streams' folded states the runner keeps (least recently used dropped first). */
const SNAPSHOTS_KEPT = 10_000;

/** Where a loaded stream stands: the revision to append at, and the hash the next event chains to. */
export interface StreamHead {
  revision: bigint | 'no_stream';
  hash: string | null;
}

/** A write made with an idempotency key, as its events record it: what a retry of it is answered. */
interface KeyedWrite {
  requestHash: string;
  recordedAt: string;
  revision: bigint;
  position: bigint;
  events: string[];
}

interface Snapshot {
  decider: object;
  state: unknown;
  head: StreamHead & { revision: bigint };
  /** The stream's writes made with idempotency keys, by actor and key, for as long as keys are kept. */
  keyed: Map<string, KeyedWrite>;
}

const keyedBy = (context: Pick<RecordingContext, 'actor' | 'actorId'>, key: string) => `${context.actorId ?? context.actor}\u0000${key}`;

/** One command for the runner: its aggregate's stream and decider, how to complete it, and who records it. */
export interface RunOptions<C, E extends DomainEvent, S> {
  id: string;
  streamId: string;
  decider: Decider<C, E, S>;
  /**
   * Completes the command from the current state (and other aggregates, if it needs them).
   * Runs again when the command is decided again, so it must only read.
   */
  decision: (state: S, head: StreamHead) => Promise<Decision<C>> | Decision<C>;
  provenance: Provenance;
  context: RecordingContext;
}

/**
 * The whole of a command handler's work, after Emmett's CommandHandler: load the stream, fold
 * it, decide, and append at the revision that was read. If another write reached the stream in
 * between, load and decide again (a few times): the decider then sees that write, so a natural
 * key taken by a racing request is refused by the decider's own rule (e.g. SAK.NUMBER_TAKEN),
 * and a command still valid after the other write succeeds. Only when the stream keeps moving
 * is the conflict itself the answer (409).
 *
 * Commands on one stream in this process run one after the other, so concurrent requests that
 * do not conflict in the domain (fifty attachments to one sak) never meet a revision conflict.
 * A command that carries the revision its writer last saw (`If-Match`) is refused, not decided
 * again, when the stream has moved on. A command carrying an idempotency key that the stream's
 * events already record is answered from them: a retry writes nothing twice, even after a
 * restart, because the key is kept in the log with the events.
 */
export class DeciderRunner {
  private readonly snapshots = new Map<string, Snapshot>();
  /** The last command queued on each stream that has one waiting or running. */
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Moves on at each forgetAll: a command in flight across one does not keep what it folded before it. */
  private generation = 0;

  constructor(
    private readonly log: EventLog,
    private readonly documents: SourceDocuments,
    private readonly keysKeptMs = IDEMPOTENCY_KEYS_KEPT_MS,
  ) {}

  async stateOf<E extends DomainEvent, S>(decider: Pick<Decider<unknown, E, S>, 'initialState' | 'evolve'>, streamId: string): Promise<S> {
    return (await this.load(decider, streamId)).state;
  }

  async run<C, E extends DomainEvent, S>(options: RunOptions<C, E, S>): Promise<CommandResult> {
    const { provenance } = options;
    const documentedAt = provenance.source && (await this.documents.documentedAt(provenance.source.document, 'source.document'));
    return this.inTurn(options.streamId, () => this.decideAndAppend(options, documentedAt));
  }

  private async decideAndAppend<C, E extends DomainEvent, S>(
    options: RunOptions<C, E, S>,
    documentedAt: string | undefined,
  ): Promise<CommandResult> {
    const { provenance, context } = options;
    for (let attempt = 1; ; attempt++) {
      const generation = this.generation;
      const { head, state, keyed } = await this.load(options.decider, options.streamId);
      const earlier = context.idempotency && keyed.get(keyedBy(context, context.idempotency.key));
      if (earlier) return this.answerRetry(options, earlier, context.idempotency!.requestHash);
      refuseIfMoved(options.streamId, context.ifMatch, head);
      const { command, effectiveAt, corrects, knownFrom } = await options.decision(state, head);
      const events = options.decider.decide(command, state);
      if (events.length === 0 && head.revision !== 'no_stream') {
        return { id: options.id, streamId: options.streamId, revision: head.revision.toString(), events: [] };
      }
      try {
        const result = await this.log.append(
          options.streamId,
          events.map((event) => ({
            type: event.type,
            data: event.data as Record<string, never>,
            effectiveAt: provenance.effectiveAt ?? effectiveAt,
            source: provenance.source,
            documentedAt: knownFrom !== undefined && documentedAt !== undefined && knownFrom > documentedAt ? knownFrom : documentedAt,
            reason: provenance.reason ?? (corrects ? String((event.data as { reason?: string }).reason ?? '') : undefined),
            corrects,
            decidedIn: provenance.decidedIn,
          })),
          // The head's hash comes from the load: the log need not read it again.
          { expectedRevision: head.revision, context, headHash: head.hash },
        );
        // The state after this decision is known without reading it back: the next command starts from it.
        if (generation === this.generation) {
          if (context.idempotency)
            keyed.set(keyedBy(context, context.idempotency.key), {
              requestHash: context.idempotency.requestHash,
              recordedAt: this.log.now().toISOString(),
              revision: result.nextExpectedRevision,
              position: result.position,
              events: events.map((e) => e.type),
            });
          this.keep(options.streamId, {
            decider: options.decider,
            state: events.reduce(options.decider.evolve, state),
            head: { revision: result.nextExpectedRevision, hash: result.hash },
            keyed,
          });
        }
        return {
          id: options.id,
          streamId: options.streamId,
          revision: result.nextExpectedRevision.toString(),
          position: result.position.toString(),
          events: events.map((e) => e.type),
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevision) || attempt >= MAX_ATTEMPTS) throw error;
        // The writer's condition is on the revision it saw: another write in between fails it.
        if (context.ifMatch) refuseIfMoved(options.streamId, context.ifMatch, { revision: error.actual, hash: null });
      }
    }
  }

  /** A retry of a write the stream records (same key): the first answer again, or 422 for another request under that key. */
  private answerRetry(options: { id: string; streamId: string }, earlier: KeyedWrite, requestHash: string): CommandResult {
    if (earlier.requestHash !== requestHash) throw new IdempotencyKeyReused();
    return {
      id: options.id,
      streamId: options.streamId,
      revision: earlier.revision.toString(),
      position: earlier.position.toString(),
      events: earlier.events,
    };
  }

  /** Runs `work` once every command queued before it on the stream has finished (whatever its outcome). */
  private inTurn<T>(streamId: string, work: () => Promise<T>): Promise<T> {
    const turn = (this.queues.get(streamId) ?? Promise.resolve()).then(work, work);
    const settled = turn.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(streamId, settled);
    void settled.then(() => {
      if (this.queues.get(streamId) === settled) this.queues.delete(streamId);
    });
    return turn;
  }

  /** The id of the stream's latest event of one of these types (e.g. the vedtak a correction corrects). */
  lastEventIdOf(streamId: string, types: readonly string[]): Promise<string | undefined> {
    return this.log.lastEventIdOf(streamId, types);
  }

  /**
   * The stream's state, folded from the runner's snapshot of it where there is one: only the
   * events after the snapshot's revision are read, so a command on a stream of 10,000 events
   * costs about what one on a new stream does. Events are never changed, so a state folded up
   * to a revision stays true; a write by another process is simply read as a newer event.
   */
  private async load<E extends DomainEvent, S>(decider: Pick<Decider<unknown, E, S>, 'initialState' | 'evolve'>, streamId: string) {
    const snapshot = this.snapshots.get(streamId);
    const from = snapshot?.decider === decider ? snapshot : undefined;
    const events = await this.log.readFrom(streamId, from ? from.head.revision + 1n : 0n);
    let state = from ? (from.state as S) : decider.initialState();
    const keyed = this.keyedWritesAfter(from?.keyed, events);
    // Deciding may compare names: the personal values are opened here, and kept only in this runner's memory.
    for (const event of events) state = decider.evolve(state, asDomainEvent<E>(this.log.opened(event)));
    const last = events.at(-1);
    const head: StreamHead = last
      ? { revision: last.streamRevision, hash: last.metadata.hash }
      : (from?.head ?? { revision: 'no_stream', hash: null });
    if (head.revision !== 'no_stream') this.keep(streamId, { decider, state, head: { revision: head.revision, hash: head.hash }, keyed });
    return { head, state, keyed };
  }

  /** The keyed writes known before, with those of these new events, less those older than keys are kept. */
  private keyedWritesAfter(known: Map<string, KeyedWrite> | undefined, events: readonly RecordedEvent[]): Map<string, KeyedWrite> {
    const oldest = new Date(this.log.now().getTime() - this.keysKeptMs).toISOString();
    // Kept in the order they were recorded: the expired ones are the first, and only they are visited.
    const keyed = known ?? new Map<string, KeyedWrite>();
    for (const [id, write] of keyed) {
      if (write.recordedAt >= oldest) break;
      keyed.delete(id);
    }
    for (const { type, streamRevision, globalPosition, metadata } of events) {
      if (!metadata.idempotency || metadata.recordedAt < oldest) continue;
      const id = keyedBy(metadata, metadata.idempotency.key);
      // The events of one write share its key: the answer names them all, and the last one's revision.
      const write = keyed.get(id) ?? { requestHash: metadata.idempotency.requestHash, recordedAt: metadata.recordedAt, events: [] };
      keyed.set(id, { ...write, revision: streamRevision, position: globalPosition, events: [...write.events, type] });
    }
    return keyed;
  }

  /** Forgets every folded state (they hold opened personal values): after an erasure. */
  forgetAll(): void {
    this.generation++;
    this.snapshots.clear();
  }

  private keep(streamId: string, snapshot: Snapshot): void {
    // Re-inserting moves the stream to the end of the map's order: the first key is the least recently used.
    this.snapshots.delete(streamId);
    this.snapshots.set(streamId, snapshot);
    if (this.snapshots.size > SNAPSHOTS_KEPT) this.snapshots.delete(this.snapshots.keys().next().value as string);
  }
}

/** Refuses (412) a write whose writer saw the stream at another revision than it stands at now. */
function refuseIfMoved(streamId: string, ifMatch: RecordingContext['ifMatch'], head: StreamHead): void {
  if (ifMatch === undefined) return;
  const holds = ifMatch === 'any' ? head.revision !== 'no_stream' : head.revision !== 'no_stream' && ifMatch.includes(head.revision);
  if (holds) return;
  const actual = head.revision === 'no_stream' ? 'none' : head.revision.toString();
  throw new PreconditionFailed(
    'WRITE.STREAM_MOVED_ON',
    `The record was changed since the revision given in If-Match: it stands at ${actual}; read it again and decide anew`,
    { field: 'If-Match', streamId, actual },
  );
}
