import { setImmediate } from 'node:timers/promises';
import { Conflict, systemClock, type Clock } from '@app/shared-kernel';
import { ChainVerifier, type StreamHeadHash } from '../hash-chain';
import type { RecordedEvent } from '../port/event-envelope';
import { StreamNotFound } from '../port/event-store-errors';
import type { EventStore } from '../port/event-store.port';
import { KeptChain, type KeptPlace } from './kept-chain';
import {
  CHECKPOINT_EVENT,
  CHECKPOINT_STREAM,
  LOG_CHAIN_ORIGIN,
  checkpointSignatureProblem,
  CheckpointSigner,
  type LogCheckpoint,
} from './log-chain';
import { LogVerifier, type LogBreak } from './log-verifier';

/** Events read and checked between two chances for other requests (~2 ms of work at 1M events). */
const PAGE = 100;
/** A verification gives the event loop back after this long at most, so requests (a /health probe) are served meanwhile. */
const SLICE_MS = 1;
/** How many of the last kept places the verification of what is new checks again first (the tail: a deleted newest event). */
const TAIL = 256;

/** `full`: the whole log from its first event; `new`: the kept chain's tail, then what was appended since the last verification. */
export type VerificationScope = 'full' | 'new';

export interface LogVerification {
  ok: boolean;
  scope: VerificationScope;
  /** The events read and checked by this verification. */
  eventsChecked: number;
  streamsChecked: number;
  /** The log's length and the log chain's value after it, as far as it was verified. */
  logEvents: number;
  logHash: string;
  checkpointsChecked: number;
  /** Of those, how many are signed with another key than this installation's (a key replaced or restored from elsewhere). */
  checkpointsByOtherKeys: number;
  firstBreak?: LogBreak;
}

/** Where the chain stands, for readiness: not checked since start, intact as far as checked, or broken (and where). */
export type ChainState = { state: 'unchecked' | 'intact' } | { state: 'broken'; firstBreak: LogBreak };

/**
 * The log's tamper evidence as the app keeps it: verifies the log (each stream's chain, the
 * chain over the whole log, the places kept at earlier verifications, the signed checkpoints) in
 * slices that let requests be served between them, one verification at a time (callers of one
 * in progress share it); and signs checkpoints of the verified log head, recorded in the log.
 */
export class LogAuditor {
  private chain: ChainState;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly running = new Map<VerificationScope, Promise<LogVerification>>();
  private signing: Promise<{ checkpoint: LogCheckpoint; created: boolean }> | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly kept: KeptChain,
    private readonly signer: CheckpointSigner,
    private readonly clock: Clock,
    /** Records a checkpoint in the log (as a LogCheckpointSigned event in CHECKPOINT_STREAM). */
    private readonly record: (checkpoint: LogCheckpoint) => Promise<void>,
  ) {
    const found = kept.firstBreak();
    this.chain = found ? { state: 'broken', firstBreak: found } : { state: 'unchecked' };
  }

  get state(): ChainState {
    return this.chain;
  }

  get publicKeyPem(): string {
    return this.signer.publicKeyPem;
  }

  verify(scope: VerificationScope = 'full'): Promise<LogVerification> {
    const running = this.running.get(scope);
    if (running) return running;
    const run = this.inTurn(() => (scope === 'full' ? this.verifyAll() : this.verifyNew())).finally(() => this.running.delete(scope));
    this.running.set(scope, run);
    return run;
  }

  /** Closes the kept chain's file, once the verification under way (if any) has finished. */
  async close(): Promise<void> {
    await this.queue;
    this.kept.close();
  }

  /** The checkpoints recorded in the log, oldest first. */
  checkpoints(): Promise<LogCheckpoint[]> {
    return checkpointsIn(this.store);
  }

  /**
   * Signs the log head once what is new is verified, and records the checkpoint; when nothing
   * but that checkpoint was appended since the last one, that one is the answer (`created: false`).
   * Never over a log found broken. Callers at the same time share one signing.
   */
  sign(): Promise<{ checkpoint: LogCheckpoint; created: boolean }> {
    this.signing ??= this.signHead().finally(() => (this.signing = undefined));
    return this.signing;
  }

  private async signHead(): Promise<{ checkpoint: LogCheckpoint; created: boolean }> {
    const verification = await this.verify('new');
    const broken = this.chain.state === 'broken' ? this.chain.firstBreak : verification.firstBreak;
    if (broken)
      throw new Conflict('AUDIT.CHAIN_BROKEN', 'The log does not verify: no checkpoint is signed over it', { firstBreak: broken });
    const [place] = this.kept.last(1);
    if (!place) throw new Conflict('AUDIT.LOG_EMPTY', 'The log holds no event yet: there is nothing to sign');
    const latest = (await this.checkpoints()).at(-1);
    // Counted in events, not store positions (they differ between stores): the latest checkpoint's own event is all that came since.
    if (latest && place.sequence + 1 <= latest.events + 1) return { checkpoint: latest, created: false };
    const checkpoint = this.signer.sign(
      { events: place.sequence + 1, logHash: place.logHash, position: place.position.toString() },
      this.clock.now().toISOString(),
    );
    await this.record(checkpoint);
    return { checkpoint, created: true };
  }

  /** The whole log, compared with what was kept, the checkpoints checked; places not kept yet are kept. */
  private async verifyAll(): Promise<LogVerification> {
    const checkpoints = await this.checkpoints();
    const unsigned = unsignedAmong(checkpoints);
    if (unsigned) return this.broken('full', new LogVerifier(), 0, checkpoints, unsigned);
    const verifier = new LogVerifier(undefined, new ChainVerifier(), checkpoints);
    let checked = 0;
    let after: bigint | undefined;
    let slice = performance.now();
    // The first place is moved last, once the whole log has been found intact: until then, a
    // verification cut short (a restart, a store error) still sees the log as moved next time.
    let firstMoved: KeptPlace | undefined;
    for (;;) {
      const page = await this.store.readAll({ after, maxCount: PAGE });
      const kept = this.kept.from(verifier.head.events, page.length);
      const fresh: KeptPlace[] = [];
      const moved: KeptPlace[] = [];
      const heads = new Map<string, StreamHeadHash>();
      for (const [i, event] of page.entries()) {
        const firstBreak = verifier.check(event, kept[i]);
        if (firstBreak) return this.broken('full', verifier, checked, checkpoints, firstBreak);
        checked++;
        if (!kept[i]) this.note(verifier, event, fresh, heads);
        else if (kept[i].position !== event.globalPosition) {
          const place = { ...kept[i], position: event.globalPosition };
          if (place.sequence === 0) firstMoved = place;
          else moved.push(place);
        }
      }
      if (fresh.length) this.kept.extend(fresh, heads);
      if (moved.length) this.kept.reposition(moved);
      if (page.length < PAGE) break;
      after = page[page.length - 1].globalPosition;
      if (performance.now() - slice > SLICE_MS) slice = await nextSlice();
    }
    const [unseen] = this.kept.from(verifier.head.events, 1);
    const lastKept = this.kept.last(1)[0];
    const end = verifier.end(lastKept && { events: lastKept.sequence + 1, firstUnseen: unseen?.eventId });
    if (end) return this.broken('full', verifier, checked, checkpoints, end);
    if (firstMoved) this.kept.reposition([firstMoved]);
    return this.intact('full', verifier, checked, checkpoints);
  }

  /** The tail of what was kept checked again (a deleted newest event), then the events appended since, kept as verified. */
  private async verifyNew(): Promise<LogVerification> {
    if (await this.movedToAnotherStore()) return this.verifyAll();
    const tail = this.kept.last(TAIL);
    const checkpoints = await this.checkpoints();
    const tailBreak = unsignedAmong(checkpoints) ?? (await this.checkTail(tail));
    if (tailBreak) return this.broken('new', new LogVerifier(), tail.length, checkpoints, tailBreak);
    const head = tail.at(-1);
    // The checkpoints of the events read now are compared as they are reached (all of them, when nothing was kept before).
    const verifier = new LogVerifier(
      head ? { events: head.sequence + 1, logHash: head.logHash } : undefined,
      new ChainVerifier(this.kept.streamHead),
      checkpoints,
    );
    let checked = 0;
    let after = head?.position;
    let slice = performance.now();
    for (;;) {
      const page = await this.store.readAll({ after, maxCount: PAGE });
      const fresh: KeptPlace[] = [];
      const heads = new Map<string, StreamHeadHash>();
      for (const event of page) {
        const firstBreak = verifier.check(event);
        if (firstBreak) {
          this.kept.extend(fresh, heads);
          return this.broken('new', verifier, checked, checkpoints, firstBreak);
        }
        checked++;
        this.note(verifier, event, fresh, heads);
      }
      this.kept.extend(fresh, heads);
      if (page.length < PAGE) return this.intact('new', verifier, checked, checkpoints);
      after = page[page.length - 1].globalPosition;
      if (performance.now() - slice > SLICE_MS) slice = await nextSlice();
    }
  }

  /**
   * Whether the log was copied into another store since it was kept (`npm run migrate`): the same
   * first event at another position. Positions differ between stores, so what was kept is then
   * compared with the whole log event by event, and kept again at the new positions.
   */
  private async movedToAnotherStore(): Promise<boolean> {
    const [kept] = this.kept.from(0, 1);
    if (!kept) return false;
    const [first] = await this.store.readAll({ maxCount: 1 });
    return first?.id === kept.eventId && first.globalPosition !== kept.position;
  }

  /** Whether the log still holds the last kept places' events, in their order and unchanged. */
  private async checkTail(tail: readonly KeptPlace[]): Promise<LogBreak | undefined> {
    if (tail.length === 0) return undefined;
    const [before] = tail[0].sequence > 0 ? this.kept.from(tail[0].sequence - 1, 1) : [];
    const events = await this.store.readAll({ after: before?.position, maxCount: tail.length });
    const verifier = new LogVerifier({ events: tail[0].sequence, logHash: before?.logHash ?? LOG_CHAIN_ORIGIN }, null);
    for (const [i, place] of tail.entries()) {
      if (!events[i]) return verifier.end({ events: place.sequence + 1 + (tail.length - 1 - i), firstUnseen: place.eventId });
      const firstBreak = verifier.check(events[i], place);
      if (firstBreak) return firstBreak;
    }
    return undefined;
  }

  /** Notes a newly verified event's place and its stream's head, to keep. */
  private note(verifier: LogVerifier, event: RecordedEvent, places: KeptPlace[], heads: Map<string, StreamHeadHash>): void {
    const { events, logHash } = verifier.head;
    places.push({ sequence: events - 1, eventId: event.id, position: event.globalPosition, logHash });
    heads.set(event.streamId, verifier.headOf(event.streamId)!);
  }

  private intact(scope: VerificationScope, verifier: LogVerifier, checked: number, checkpoints: readonly LogCheckpoint[]): LogVerification {
    if (this.chain.state !== 'broken') this.chain = { state: 'intact' };
    return { ok: true, scope, ...this.figures(verifier, checked, checkpoints) };
  }

  /** A break, kept (with the first one found) until an operator deals with it: the chain stays broken across restarts. */
  private broken(
    scope: VerificationScope,
    verifier: LogVerifier,
    checked: number,
    checkpoints: readonly LogCheckpoint[],
    firstBreak: LogBreak,
  ): LogVerification {
    this.kept.keepFirstBreak(firstBreak);
    if (this.chain.state !== 'broken') this.chain = { state: 'broken', firstBreak };
    return { ok: false, scope, ...this.figures(verifier, checked, checkpoints), firstBreak };
  }

  private figures(verifier: LogVerifier, checked: number, checkpoints: readonly LogCheckpoint[]) {
    const { events, logHash } = verifier.head;
    return {
      eventsChecked: checked,
      streamsChecked: verifier.streamsChecked,
      logEvents: events,
      logHash,
      checkpointsChecked: checkpoints.length,
      checkpointsByOtherKeys: checkpoints.filter((c) => c.keyId !== this.signer.keyId).length,
    };
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(work, work);
    this.queue = turn.catch(() => undefined);
    return turn;
  }
}

/**
 * A checkpoint whose signature does not hold with the key it names. The installation's own key is
 * not required here: a replaced key must not make every earlier checkpoint an alarm (they are
 * counted instead); trust in a key comes from a copy kept elsewhere (`npm run verify -- --public-key`).
 */
function unsignedAmong(checkpoints: readonly LogCheckpoint[]): LogBreak | undefined {
  for (const checkpoint of checkpoints) {
    const problem = checkpointSignatureProblem(checkpoint);
    if (problem)
      return {
        problem: 'checkpoint_signature_invalid',
        sequence: Math.max(0, checkpoint.events - 1),
        expected: `a signature by key ${checkpoint.keyId}`,
        actual: problem,
        detail: `The checkpoint recorded as signed ${checkpoint.signedAt} over ${checkpoint.events} events cannot be trusted: ${problem}`,
      };
  }
  return undefined;
}

const nextSlice = async () => {
  await setImmediate();
  return performance.now();
};

/** The signed checkpoints recorded in a log, oldest first. */
export async function checkpointsIn(store: EventStore): Promise<LogCheckpoint[]> {
  try {
    const events = await store.readStream(CHECKPOINT_STREAM);
    return events.filter((e) => e.type === CHECKPOINT_EVENT).map((e) => e.data as unknown as LogCheckpoint);
  } catch (error) {
    if (error instanceof StreamNotFound) return [];
    throw error;
  }
}

/**
 * Verifies a log outside the app (a backup, a migrated copy): every chain and signed checkpoint,
 * and the log against what was kept of it when `keptPath` names that file. Nothing is signed;
 * `signingKeyPath` only says which checkpoints are this installation's own.
 */
export async function verifyStoredLog(
  store: EventStore,
  { keptPath = ':memory:', signingKeyPath = ':memory:' }: { keptPath?: string; signingKeyPath?: string } = {},
): Promise<LogVerification> {
  const kept = new KeptChain(keptPath);
  try {
    const refuse = () => Promise.reject(new Error('verifying signs nothing'));
    return await new LogAuditor(store, kept, CheckpointSigner.fromFile(signingKeyPath), systemClock, refuse).verify('full');
  } finally {
    kept.close();
  }
}
