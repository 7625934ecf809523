import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { canonicalJson, sha256Hex } from '@app/shared-kernel';
import type { RecordedEvent } from '../port/event-envelope';

/**
 * The chain over the whole log, in log order, beside each stream's own chain (hash-chain.ts):
 *
 *   logHash(0)   = SHA-256("governance-log:log-chain:v1")
 *   logHash(n+1) = SHA-256(logHash(n) + ":" + id + ":" + hash)      for the log's n-th event
 *
 * where `hash` is the event's own chain hash (which covers its stream, revision, type, data
 * digest and metadata). A stream's chain cannot tell that its newest events, or the whole
 * stream, were removed, nor that events of different streams were reordered; this chain can,
 * once its value after some event is kept somewhere the log's editor cannot reach: a signed
 * checkpoint. Positions are left out: they differ between stores, the order does not.
 */
export const LOG_CHAIN_ORIGIN = sha256Hex('governance-log:log-chain:v1');

export const logHashOf = (previous: string, event: Pick<RecordedEvent, 'id'> & { metadata: { hash: string } }) =>
  sha256Hex(`${previous}:${event.id}:${event.metadata.hash}`);

/** The stream the signed checkpoints are recorded in, as events of the log (so the next checkpoint covers them). */
export const CHECKPOINT_STREAM = 'audit-checkpoints';
export const CHECKPOINT_EVENT = 'LogCheckpointSigned';

/** What a checkpoint says of the log: after its first `events` events, the log chain stood at `logHash`. */
export interface LogHead {
  events: number;
  logHash: string;
  /** The store's position of the last event covered (informative: positions differ between stores). */
  position: string;
}

/** A log head signed with the installation's Ed25519 key: published, kept by auditors, verifiable offline. */
export interface LogCheckpoint extends LogHead {
  signedAt: string;
  algorithm: 'Ed25519';
  /** The first 16 hex digits of the SHA-256 of the public key (SPKI, DER). */
  keyId: string;
  /** The public key, SPKI DER in base64: enough to check the signature, but only a key known from elsewhere proves who signed. */
  publicKey: string;
  /** Over the canonical JSON of { events, logHash, position, signedAt, keyId }. */
  signature: string;
}

const signedPart = (c: LogHead & { signedAt: string; keyId: string }) =>
  Buffer.from(canonicalJson({ events: c.events, logHash: c.logHash, position: c.position, signedAt: c.signedAt, keyId: c.keyId }));

const publicKeyDer = (key: KeyObject) => createPublicKey(key).export({ type: 'spki', format: 'der' });
export const keyIdOf = (publicKey: KeyObject | string) =>
  createHash('sha256')
    .update(typeof publicKey === 'string' ? Buffer.from(publicKey, 'base64') : publicKeyDer(publicKey))
    .digest('hex')
    .slice(0, 16);

/** Signs log heads with the installation's private key. */
export class CheckpointSigner {
  readonly publicKey: string;
  readonly keyId: string;

  constructor(private readonly privateKey: KeyObject) {
    if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('The checkpoint signing key must be an Ed25519 private key');
    this.publicKey = publicKeyDer(privateKey).toString('base64');
    this.keyId = keyIdOf(privateKey);
  }

  /**
   * The key in a PEM file (PKCS#8), made on first use when the file does not exist (mode 0600);
   * `:memory:` gives a key that lasts as long as the process (tests).
   */
  static fromFile(path: string): CheckpointSigner {
    if (path === ':memory:') return new CheckpointSigner(generateKeyPairSync('ed25519').privateKey);
    if (!existsSync(path)) {
      mkdirSync(dirname(path), { recursive: true });
      const { privateKey } = generateKeyPairSync('ed25519');
      writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
      chmodSync(path, 0o600);
    }
    return new CheckpointSigner(createPrivateKey(readFileSync(path)));
  }

  /** The public key as PEM, for auditors to keep and pin (`npm run verify -- --public-key`). */
  get publicKeyPem(): string {
    return createPublicKey({ key: Buffer.from(this.publicKey, 'base64'), format: 'der', type: 'spki' })
      .export({ type: 'spki', format: 'pem' })
      .toString();
  }

  sign(head: LogHead, signedAt: string): LogCheckpoint {
    const unsigned = { ...head, signedAt, keyId: this.keyId };
    return {
      ...unsigned,
      algorithm: 'Ed25519',
      publicKey: this.publicKey,
      signature: sign(null, signedPart(unsigned), this.privateKey).toString('base64'),
    };
  }
}

/** Why a checkpoint cannot be trusted, or undefined when its signature holds (with the key it names, or the one given). */
export function checkpointSignatureProblem(checkpoint: LogCheckpoint, trustedPublicKey?: string): string | undefined {
  try {
    if (trustedPublicKey !== undefined && trustedPublicKey !== checkpoint.publicKey) return 'signed with another key than the trusted one';
    if (keyIdOf(checkpoint.publicKey) !== checkpoint.keyId) return 'its keyId is not that of its public key';
    const key = createPublicKey({ key: Buffer.from(checkpoint.publicKey, 'base64'), format: 'der', type: 'spki' });
    return verify(null, signedPart(checkpoint), key, Buffer.from(checkpoint.signature, 'base64'))
      ? undefined
      : 'the signature does not hold';
  } catch (error) {
    return `it cannot be read: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** A public key given as PEM (SPKI), as the base64 DER checkpoints carry. */
export function publicKeyFromPem(pem: string): string {
  return createPublicKey(pem).export({ type: 'spki', format: 'der' }).toString('base64');
}
