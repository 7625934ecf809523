import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import { once } from 'node:events';
import {
  Metadata,
  Server,
  ServerCredentials,
  status,
  type ServerDuplexStream,
  type ServerReadableStream,
  type ServerWritableStream,
  type sendUnaryData,
} from '@grpc/grpc-js';
import { Any } from 'google-protobuf/google/protobuf/any_pb';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import { Code } from '@eventstore/db-client/generated/code_pb';
import { AccessDenied, MaximumAppendSizeExceeded } from '@eventstore/db-client/generated/shared_pb';
import { Status } from '@eventstore/db-client/generated/status_pb';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import { AppendReq, AppendResp, BatchAppendReq, BatchAppendResp, ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import { deferred } from '@app/shared-kernel';
import {
  allStreamPosition,
  appendSuccess,
  appendWrongExpectedVersion,
  checkpoint,
  expectedOf,
  proposedEvent,
  readEvent,
  sharedWrongExpectedVersion,
  streamNameOf,
  streamNotFound,
  uuid,
  uuidOf,
} from './messages';
import { StandInLog, type ProposedEvent, type StoredEvent } from './stand-in-log';

export interface StandInOptions {
  /** Advertise BatchAppend in ServerFeatures, as every server since 21.10 does (default true). */
  batchAppend?: boolean;
  /** Loopback port to listen on; 0 (default) picks a free one. */
  port?: number;
}

/** Refusals a node gives: not the leader (with the leader's address), the user's rights, an append over the size limit, not ready. */
export type Refusal = 'not-leader' | 'access-denied' | 'maximum-append-size-exceeded' | 'unavailable';

/** EventStoreDB's default limit on one append (1 MiB). */
const MAX_APPEND_SIZE = 1_048_576;

/** A filtered `$all` subscription without a max search window checkpoints every 32 × multiplier events. */
const DEFAULT_SEARCH_WINDOW = 32;
const STREAMS = 'event_store.client.streams.Streams';

/**
 * A wire-compatible EventStoreDB stand-in for tests: the Streams and ServerFeatures gRPC
 * services over an in-memory log, enough for `@eventstore/db-client` to append, read and
 * subscribe exactly as it does against a real node. See README.md beside this file.
 */
export class EventStoreDbStandIn {
  readonly log = new StandInLog();
  /** How often each RPC was called, so tests can tell which append path the client took. */
  readonly calls = { read: 0, append: 0, batchAppend: 0, getSupportedMethods: 0 };
  /**
   * Faults a test turns on: answers a real server may give that the adapter must take.
   * `refuseNext` refuses the next reads and legacy appends, one each, as a node does;
   * `refuseAppends` the next appends only, on either append path;
   * `stallReads` reads are taken and never answered, as by a node that hangs.
   */
  readonly faults: { appendWithoutPosition: boolean; refuseNext: Refusal[]; refuseAppends: Refusal[]; stallReads: number } = {
    appendWithoutPosition: false,
    refuseNext: [],
    refuseAppends: [],
    stallReads: 0,
  };
  private readonly server = new Server();
  private port = 0;
  private backpressure = deferred();
  private readonly subscriptions = new Set<() => void>();

  private constructor(private readonly options: Required<StandInOptions>) {
    this.server.addService(StreamsService, {
      read: (call: ServerWritableStream<ReadReq, ReadResp>) => this.read(call),
      append: (call: ServerReadableStream<AppendReq, AppendResp>, callback: sendUnaryData<AppendResp>) => this.append(call, callback),
      batchAppend: (call: ServerDuplexStream<BatchAppendReq, BatchAppendResp>) => this.batchAppend(call),
      delete: unimplemented('Delete'),
      tombstone: unimplemented('Tombstone'),
    });
    this.server.addService(ServerFeaturesService, {
      getSupportedMethods: (_call: unknown, callback: sendUnaryData<SupportedMethods>) => {
        this.calls.getSupportedMethods++;
        callback(null, this.supportedMethods());
      },
    });
  }

  static async start(options: StandInOptions = {}): Promise<EventStoreDbStandIn> {
    const standIn = new EventStoreDbStandIn({ batchAppend: options.batchAppend ?? true, port: options.port ?? 0 });
    standIn.port = await new Promise<number>((resolve, reject) =>
      standIn.server.bindAsync(`127.0.0.1:${options.port ?? 0}`, ServerCredentials.createInsecure(), (error, port) =>
        error ? reject(error) : resolve(port),
      ),
    );
    return standIn;
  }

  get connectionString(): string {
    return `esdb://127.0.0.1:${this.port}?tls=false`;
  }

  /** Resolves once a read had to wait for the client to drain its buffer. */
  paused(): Promise<void> {
    return this.backpressure.promise;
  }

  /** Ends every call at once, as a crashed server would. */
  kill(): void {
    this.server.forceShutdown();
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.tryShutdown(() => resolve()));
  }

  private supportedMethods(): SupportedMethods {
    const methods = ['read', 'append', ...(this.options.batchAppend ? ['batchappend'] : [])];
    const supported = new SupportedMethods().setEventStoreServerVersion('23.10.1-stand-in');
    for (const method of methods) supported.addMethods(new SupportedMethod().setServiceName(STREAMS.toLowerCase()).setMethodName(method));
    return supported;
  }

  /** A refusal as EventStoreDB sends it: a gRPC status with an `exception` and its details in the trailers. */
  private refusalStatus(refusal: Refusal): { code: status; details: string; metadata: Metadata } {
    const metadata = new Metadata();
    metadata.set('exception', refusal);
    if (refusal === 'not-leader') {
      // The leader it names is this node itself: the client reconnects here and is answered.
      metadata.set('leader-endpoint-host', '127.0.0.1');
      metadata.set('leader-endpoint-port', String(this.port));
      return { code: status.NOT_FOUND, details: 'Leader info available', metadata };
    }
    if (refusal === 'access-denied') return { code: status.PERMISSION_DENIED, details: 'Access denied', metadata };
    if (refusal === 'unavailable') return { code: status.UNAVAILABLE, details: 'Server Is Not Ready', metadata: new Metadata() };
    metadata.set('maximum-append-size', String(MAX_APPEND_SIZE));
    return { code: status.INVALID_ARGUMENT, details: `Maximum Append Size of ${MAX_APPEND_SIZE} Exceeded.`, metadata };
  }

  // ---- Append (legacy, client streaming): options first, then one message per event ----

  private append(call: ServerReadableStream<AppendReq, AppendResp>, callback: sendUnaryData<AppendResp>): void {
    this.calls.append++;
    const refusal = this.faults.refuseAppends.shift() ?? this.faults.refuseNext.shift();
    if (refusal) return callback(this.refusalStatus(refusal));
    let options: AppendReq.Options | undefined;
    const proposed: ProposedEvent[] = [];
    call.on('data', (request: AppendReq) => {
      if (request.hasOptions()) options = request.getOptions();
      else proposed.push(proposedEvent(request.getProposedMessage()!));
    });
    call.on('end', () => {
      if (!options) return callback({ code: status.INVALID_ARGUMENT, details: 'Append without options' });
      const expected = expectedOf(options, () => options!.getRevision());
      const outcome = this.log.append(streamNameOf(options.getStreamIdentifier()), expected, proposed);
      callback(
        null,
        outcome.ok
          ? appendSuccess(outcome.currentRevision, this.faults.appendWithoutPosition ? undefined : outcome.position)
          : appendWrongExpectedVersion(outcome.expected, outcome.current),
      );
    });
  }

  // ---- BatchAppend (bidirectional): requests by correlation id, the last one `isFinal` ----

  private batchAppend(call: ServerDuplexStream<BatchAppendReq, BatchAppendResp>): void {
    this.calls.batchAppend++;
    const pending = new Map<string, { options?: BatchAppendReq.Options; proposed: ProposedEvent[] }>();
    call.on('data', (request: BatchAppendReq) => {
      const correlationId = uuidOf(request.getCorrelationId());
      const batch = pending.get(correlationId) ?? { proposed: [] };
      if (request.hasOptions()) batch.options = request.getOptions();
      batch.proposed.push(...request.getProposedMessagesList().map(proposedEvent));
      if (!request.getIsFinal()) {
        pending.set(correlationId, batch);
        return;
      }
      pending.delete(correlationId);
      const refusal = this.faults.refuseAppends.shift();
      // A node that is not (or no longer) the leader, or not ready, ends the whole call; the rest are answered per batch.
      if (refusal === 'not-leader' || refusal === 'unavailable') return void call.emit('error', this.refusalStatus(refusal));
      call.write(
        refusal
          ? this.batchRefusal(correlationId, batch.options!, refusal)
          : this.batchResult(correlationId, batch.options!, batch.proposed),
      );
    });
    call.on('end', () => call.end());
    call.on('error', () => undefined); // the client went away; nothing to answer
  }

  private batchResult(correlationId: string, options: BatchAppendReq.Options, proposed: ProposedEvent[]): BatchAppendResp {
    const streamId = streamNameOf(options.getStreamIdentifier());
    const expected = expectedOf(options, () => options.getStreamPosition());
    const outcome = this.log.append(streamId, expected, proposed);
    const response = new BatchAppendResp().setCorrelationId(uuid(correlationId)).setStreamIdentifier(options.getStreamIdentifier());
    if (outcome.ok) {
      const success = new BatchAppendResp.Success().setCurrentRevision(outcome.currentRevision.toString());
      return response.setSuccess(
        this.faults.appendWithoutPosition ? success.setNoPosition(new Empty()) : success.setPosition(allStreamPosition(outcome.position)),
      );
    }
    const details = new Any();
    details.pack(
      sharedWrongExpectedVersion(outcome.expected, outcome.current).serializeBinary(),
      'event_store.client.WrongExpectedVersion',
    );
    return response.setError(new Status().setCode(Code.FAILED_PRECONDITION).setMessage('WrongExpectedVersion').setDetails(details));
  }

  /** A batch refused as EventStoreDB answers one: a `google.rpc.Status` with the reason packed in its details. */
  private batchRefusal(correlationId: string, options: BatchAppendReq.Options, refusal: 'access-denied' | 'maximum-append-size-exceeded') {
    const details = new Any();
    if (refusal === 'access-denied') details.pack(new AccessDenied().serializeBinary(), 'event_store.client.AccessDenied');
    else
      details.pack(
        new MaximumAppendSizeExceeded().setMaxappendsize(MAX_APPEND_SIZE).serializeBinary(),
        'event_store.client.MaximumAppendSizeExceeded',
      );
    const code = refusal === 'access-denied' ? Code.PERMISSION_DENIED : Code.INVALID_ARGUMENT;
    return new BatchAppendResp()
      .setCorrelationId(uuid(correlationId))
      .setStreamIdentifier(options.getStreamIdentifier())
      .setError(new Status().setCode(code).setMessage(refusal).setDetails(details));
  }

  // ---- Read: a stream or $all, once or as a catch-up subscription ----

  private async read(call: ServerWritableStream<ReadReq, ReadResp>): Promise<void> {
    this.calls.read++;
    const refusal = this.faults.refuseNext.shift();
    if (refusal) return void call.emit('error', this.refusalStatus(refusal));
    if (this.faults.stallReads > 0) {
      this.faults.stallReads--;
      return; // the call stays open, unanswered, until the client gives it up
    }
    const options = call.request.getOptions()!;
    const cancelled = deferred();
    call.on('cancelled', () => cancelled.resolve());
    call.on('error', () => cancelled.resolve());
    let isCancelled = false;
    void cancelled.promise.then(() => (isCancelled = true));

    // Backpressure: stop writing while the client's buffer is full.
    const send = async (response: ReadResp) => {
      if (call.write(response)) return;
      this.backpressure.resolve();
      await Promise.race([once(call, 'drain'), cancelled.promise]);
    };
    const drop = () => call.emit('error', { code: status.UNAVAILABLE, details: 'Subscription dropped by the stand-in' });
    try {
      if (options.hasSubscription()) {
        this.subscriptions.add(drop);
        await this.subscribe(options, send, cancelled.promise, () => isCancelled);
      } else await this.readOnce(options, send);
      if (!isCancelled) call.end();
    } catch (error) {
      if (!isCancelled) call.destroy(error as Error);
    } finally {
      this.subscriptions.delete(drop);
    }
  }

  /** Ends every live subscription with UNAVAILABLE, as a node does that goes away or loses leadership. */
  dropSubscriptions(): number {
    const dropped = [...this.subscriptions];
    for (const drop of dropped) drop();
    return dropped.length;
  }

  private async readOnce(options: ReadReq.Options, send: (response: ReadResp) => Promise<void>): Promise<void> {
    const backwards = options.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS;
    const count = BigInt(options.getCount());
    const keep = filterOf(options);
    let source: readonly StoredEvent[];
    let from: (event: StoredEvent) => boolean;

    if (options.hasStream()) {
      const stream = options.getStream()!;
      const streamId = streamNameOf(stream.getStreamIdentifier());
      source = this.log.stream(streamId);
      if (source.length === 0) return send(streamNotFound(streamId));
      const revision = stream.hasRevision() ? BigInt(stream.getRevision()) : undefined;
      if (stream.hasEnd() && !backwards) return;
      from = (e) => revision === undefined || (backwards ? e.revision <= revision : e.revision >= revision);
    } else {
      const all = options.getAll()!;
      source = this.log.all;
      if (all.hasEnd() && !backwards) return;
      // Forwards from a position includes it; backwards from a position reads what came before it.
      const position = all.hasPosition() ? BigInt(all.getPosition()!.getCommitPosition()) : undefined;
      from = (e) => position === undefined || (backwards ? e.position < position : e.position >= position);
    }

    const ordered = backwards ? [...source].reverse() : source;
    let sent = 0n;
    for (const event of ordered) {
      if (sent >= count) break;
      if (!from(event) || !keep(event)) continue;
      await send(readEvent(event));
      sent++;
    }
  }

  /**
   * Catch-up subscription: confirmation, stored events after the start point (exclusive),
   * caught-up, then live events. Events are taken from the log by index and the wake-up
   * promise is taken before each scan, so nothing falls between catch-up and live.
   */
  private async subscribe(
    options: ReadReq.Options,
    send: (response: ReadResp) => Promise<void>,
    cancelled: Promise<void>,
    isCancelled: () => boolean,
  ): Promise<void> {
    await send(new ReadResp().setConfirmation(new ReadResp.SubscriptionConfirmation().setSubscriptionId(crypto.randomUUID())));
    const keep = filterOf(options);
    const filter = options.hasFilter() ? options.getFilter()! : undefined;
    const checkpointEvery = filter
      ? (filter.hasMax() ? filter.getMax() : DEFAULT_SEARCH_WINDOW) * Math.max(1, filter.getCheckpointintervalmultiplier())
      : 0;

    let source: () => readonly StoredEvent[];
    let index: number;
    if (options.hasStream()) {
      const stream = options.getStream()!;
      const streamId = streamNameOf(stream.getStreamIdentifier());
      source = () => this.log.stream(streamId);
      index = stream.hasRevision() ? Number(stream.getRevision()) + 1 : stream.hasEnd() ? source().length : 0;
    } else {
      const all = options.getAll()!;
      source = () => this.log.all;
      const after = all.hasPosition() ? BigInt(all.getPosition()!.getCommitPosition()) : undefined;
      index = all.hasEnd() ? this.log.all.length : after === undefined ? 0 : this.log.all.findIndex((e) => e.position > after);
      if (index < 0) index = this.log.all.length;
    }

    let caughtUp = false;
    let scanned = 0;
    while (!isCancelled()) {
      const appended = this.log.nextAppend();
      const events = source();
      while (index < events.length && !isCancelled()) {
        const event = events[index++];
        if (keep(event)) await send(readEvent(event));
        if (checkpointEvery && ++scanned % checkpointEvery === 0) await send(checkpoint(event.position));
      }
      if (!caughtUp) {
        caughtUp = true;
        await send(new ReadResp().setCaughtUp(new ReadResp.CaughtUp()));
      }
      await Promise.race([appended, cancelled]);
    }
  }
}

/** Server-side filter of a read: event type or stream name, by regex or prefixes. */
function filterOf(options: ReadReq.Options): (event: StoredEvent) => boolean {
  if (!options.hasFilter()) return () => true;
  const filter = options.getFilter()!;
  const onType = filter.hasEventType();
  const expression = onType ? filter.getEventType()! : filter.getStreamIdentifier()!;
  const regex = expression.getRegex() ? new RegExp(expression.getRegex()) : undefined;
  const prefixes = expression.getPrefixList();
  return (event) => {
    const subject = onType ? event.type : event.streamId;
    return regex ? regex.test(subject) : prefixes.some((prefix) => subject.startsWith(prefix));
  };
}

function unimplemented(method: string) {
  return (_call: unknown, callback: sendUnaryData<never>) =>
    callback({ code: status.UNIMPLEMENTED, details: `${method} is not implemented by the EventStoreDB stand-in` });
}
