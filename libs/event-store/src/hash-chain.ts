import { canonicalJson, sha256Hex, type JsonObject } from '@app/shared-kernel';
import type { EventMetadata, RecordedEvent } from './port/event-envelope';

/**
 * The per-stream hash chain, computed above the store port so every adapter carries it.
 *
 *   dataHash = SHA-256(canonical(data))
 *   hash     = SHA-256(canonical({ prevHash, streamId, streamRevision, type, dataHash, metadata }))
 *
 * where `metadata` is the event's metadata without `hash` and `dataHash`, and `prevHash` is
 * the previous event's `hash` in the same stream (null for revision 0). The chain covers the
 * payload's digest rather than the payload, so a lawful redaction of personal data (new
 * `data`, same `dataHash`) leaves the chain itself verifiable.
 */
export type ChainedMetadata = Omit<EventMetadata, 'hash' | 'dataHash'>;

export function dataHashOf(data: JsonObject): string {
  return sha256Hex(canonicalJson(data));
}

/**
 * `metadataJson` is `canonicalJson(metadata)`, which the sealer makes once for the events of an
 * append that share their metadata. The members are written in canonical (code point) order,
 * so the string is the canonical JSON of the whole input (a spec holds the two equal).
 */
export function chainHashOf(
  input: {
    prevHash: string | null;
    streamId: string;
    streamRevision: bigint;
    type: string;
    dataHash: string;
    metadata: ChainedMetadata;
  },
  metadataJson = canonicalJson(input.metadata),
): string {
  const { prevHash, streamId, streamRevision, type, dataHash } = input;
  const json = (value: string | null) => JSON.stringify(value);
  return sha256Hex(
    `{"dataHash":${json(dataHash)},"metadata":${metadataJson},"prevHash":${json(prevHash)},` +
      `"streamId":${json(streamId)},"streamRevision":${json(streamRevision.toString())},"type":${json(type)}}`,
  );
}

function chainedPart(metadata: EventMetadata): ChainedMetadata {
  const { hash: _hash, dataHash: _dataHash, ...rest } = metadata;
  return rest;
}

export type ChainBreakProblem = 'data_hash_mismatch' | 'hash_mismatch' | 'revision_gap';

export interface StreamHeadHash {
  revision: bigint;
  hash: string;
}

export interface ChainBreak {
  problem: ChainBreakProblem;
  eventId: string;
  streamId: string;
  streamRevision: string;
  globalPosition: string;
  expected: string;
  actual: string;
}

/**
 * Checks events fed in global order, keeping the last hash of each stream. Returns the
 * first problem with an event, or undefined when the event extends its stream's chain.
 */
export class ChainVerifier {
  private readonly heads = new Map<string, StreamHeadHash>();

  /** `known`: where streams stood before the first event fed (a verification that resumes); none by default. */
  constructor(private readonly known: (streamId: string) => StreamHeadHash | undefined = () => undefined) {}

  get streamCount(): number {
    return this.heads.size;
  }

  /** Where a stream's chain stands after the events fed so far. */
  headOf(streamId: string): StreamHeadHash | undefined {
    return this.heads.get(streamId) ?? this.known(streamId);
  }

  check(event: RecordedEvent): ChainBreak | undefined {
    const head = this.headOf(event.streamId);
    const at = {
      eventId: event.id,
      streamId: event.streamId,
      streamRevision: event.streamRevision.toString(),
      globalPosition: event.globalPosition.toString(),
    };
    const expectedRevision = head ? head.revision + 1n : 0n;
    if (event.streamRevision !== expectedRevision) {
      return { problem: 'revision_gap', ...at, expected: expectedRevision.toString(), actual: at.streamRevision };
    }
    const dataHash = dataHashOf(event.data);
    if (dataHash !== event.metadata.dataHash) {
      return { problem: 'data_hash_mismatch', ...at, expected: event.metadata.dataHash, actual: dataHash };
    }
    const hash = chainHashOf({
      prevHash: head?.hash ?? null,
      streamId: event.streamId,
      streamRevision: event.streamRevision,
      type: event.type,
      dataHash: event.metadata.dataHash,
      metadata: chainedPart(event.metadata),
    });
    if (hash !== event.metadata.hash) {
      return { problem: 'hash_mismatch', ...at, expected: event.metadata.hash, actual: hash };
    }
    this.heads.set(event.streamId, { revision: event.streamRevision, hash });
    return undefined;
  }
}
