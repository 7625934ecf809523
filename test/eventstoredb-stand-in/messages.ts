import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import { AllStreamPosition, StreamIdentifier, UUID, WrongExpectedVersion } from '@eventstore/db-client/generated/shared_pb';
import { AppendResp, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import type { Current, Expected, ProposedEvent, StoredEvent } from './stand-in-log';

/**
 * Translations between the stand-in's log and the protobuf messages of EventStoreDB's gRPC
 * API. Messages are built with the classes `@eventstore/db-client` ships (the very module
 * instances its serializers check with `instanceof`).
 */

export function uuidOf(uuid: UUID | undefined): string {
  if (!uuid) return '';
  if (uuid.hasString()) return uuid.getString();
  const structured = uuid.getStructured()!;
  const view = new DataView(new ArrayBuffer(16));
  view.setBigInt64(0, BigInt(structured.getMostSignificantBits()));
  view.setBigInt64(8, BigInt(structured.getLeastSignificantBits()));
  const hex = Buffer.from(view.buffer).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function uuid(id: string): UUID {
  return new UUID().setString(id);
}

export function streamNameOf(identifier: StreamIdentifier | undefined): string {
  return Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');
}

export function streamIdentifier(streamId: string): StreamIdentifier {
  return new StreamIdentifier().setStreamName(Buffer.from(streamId, 'utf8'));
}

/** A proposed message of Append or BatchAppend, as the log stores it. */
export function proposedEvent(message: {
  getId(): UUID | undefined;
  getMetadataMap(): { get(key: string): string | undefined };
  getData_asU8(): Uint8Array;
  getCustomMetadata_asU8(): Uint8Array;
}): ProposedEvent {
  const metadata = message.getMetadataMap();
  return {
    id: uuidOf(message.getId()),
    type: metadata.get('type') ?? '',
    contentType: metadata.get('content-type') ?? 'application/octet-stream',
    data: message.getData_asU8(),
    customMetadata: message.getCustomMetadata_asU8(),
  };
}

export function readEvent(event: StoredEvent): ReadResp {
  const record = new ReadResp.ReadEvent.RecordedEvent()
    .setId(uuid(event.id))
    .setStreamIdentifier(streamIdentifier(event.streamId))
    .setStreamRevision(event.revision.toString())
    .setPreparePosition(event.position.toString())
    .setCommitPosition(event.position.toString())
    .setCustomMetadata(event.customMetadata)
    .setData(event.data);
  record.getMetadataMap().set('type', event.type).set('content-type', event.contentType).set('created', event.created.toString());
  return new ReadResp().setEvent(new ReadResp.ReadEvent().setEvent(record).setCommitPosition(event.position.toString()));
}

export function checkpoint(position: bigint): ReadResp {
  return new ReadResp().setCheckpoint(
    new ReadResp.Checkpoint().setCommitPosition(position.toString()).setPreparePosition(position.toString()),
  );
}

export function streamNotFound(streamId: string): ReadResp {
  return new ReadResp().setStreamNotFound(new ReadResp.StreamNotFound().setStreamIdentifier(streamIdentifier(streamId)));
}

/** An append's success; without a position (`undefined`), as a server may answer one (the client then gives none). */
export function appendSuccess(currentRevision: bigint, position: bigint | undefined): AppendResp {
  const success = new AppendResp.Success().setCurrentRevision(currentRevision.toString());
  return new AppendResp().setSuccess(
    position === undefined
      ? success.setNoPosition(new Empty())
      : success.setPosition(new AppendResp.Position().setCommitPosition(position.toString()).setPreparePosition(position.toString())),
  );
}

/** The two wire shapes of "wrong expected version" carry the same facts under different setter names. */
interface WrongVersionSetters {
  currentRevision(revision: string): void;
  currentNoStream(): void;
  expectedRevision(revision: string): void;
  expectedAny(): void;
  expectedNoStream(): void;
  expectedStreamExists(): void;
}

function describeWrongVersion(expected: Expected, current: Current, set: WrongVersionSetters): void {
  if (current === 'no_stream') set.currentNoStream();
  else set.currentRevision(current.toString());
  if (expected === 'any') set.expectedAny();
  else if (expected === 'no_stream') set.expectedNoStream();
  else if (expected === 'stream_exists') set.expectedStreamExists();
  else set.expectedRevision(expected.toString());
}

/** Wrong expected version in the legacy Append's own response shape. */
export function appendWrongExpectedVersion(expected: Expected, current: Current): AppendResp {
  const wrong = new AppendResp.WrongExpectedVersion();
  describeWrongVersion(expected, current, {
    currentRevision: (r) => wrong.setCurrentRevision(r),
    currentNoStream: () => wrong.setCurrentNoStream(new Empty()),
    expectedRevision: (r) => wrong.setExpectedRevision(r),
    expectedAny: () => wrong.setExpectedAny(new Empty()),
    expectedNoStream: () => wrong.setExpectedNoStream(new Empty()),
    expectedStreamExists: () => wrong.setExpectedStreamExists(new Empty()),
  });
  return new AppendResp().setWrongExpectedVersion(wrong);
}

/** Wrong expected version as BatchAppend reports it: a google.rpc.Status detail. */
export function sharedWrongExpectedVersion(expected: Expected, current: Current): WrongExpectedVersion {
  const wrong = new WrongExpectedVersion();
  describeWrongVersion(expected, current, {
    currentRevision: (r) => wrong.setCurrentStreamRevision(r),
    currentNoStream: () => wrong.setCurrentNoStream(new Empty()),
    expectedRevision: (r) => wrong.setExpectedStreamPosition(r),
    expectedAny: () => wrong.setExpectedAny(new Empty()),
    expectedNoStream: () => wrong.setExpectedNoStream(new Empty()),
    expectedStreamExists: () => wrong.setExpectedStreamExists(new Empty()),
  });
  return wrong;
}

export function allStreamPosition(position: bigint): AllStreamPosition {
  return new AllStreamPosition().setCommitPosition(position.toString()).setPreparePosition(position.toString());
}

/** The expected revision of an append's options, whichever of the two option messages it is. */
export function expectedOf(
  options: {
    hasAny(): boolean;
    hasNoStream(): boolean;
    hasStreamExists(): boolean;
  },
  exact: () => string,
): Expected {
  if (options.hasAny()) return 'any';
  if (options.hasNoStream()) return 'no_stream';
  if (options.hasStreamExists()) return 'stream_exists';
  return BigInt(exact());
}
