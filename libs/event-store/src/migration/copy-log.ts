import { ChainVerifier } from '../hash-chain';
import type { EventToAppend, RecordedEvent } from '../port/event-envelope';
import { AppendTooLarge, WrongExpectedRevision } from '../port/event-store-errors';
import type { EventStore } from '../port/event-store.port';
import { eventsInLogOrder } from '../port/events-in-log-order';
import { checkpointsIn } from '../tamper-evidence/log-auditor';
import { LogVerifier, type LogBreak } from '../tamper-evidence/log-verifier';

/** How far a copy has got: events of the source read, found already in the target, and appended to it. */
export interface CopyProgress {
  read: number;
  alreadyThere: number;
  copied: number;
}

export interface CopyResult extends CopyProgress {
  /** The log chain over the source's events, as the copy read them (see log-chain.ts): the target must reach the same. */
  logHash: string;
  /** The source had events after those copied once the copy was done: it was written to meanwhile (run again, the app stopped). */
  sourceMovedOn: boolean;
}

/**
 * The target holds events that are not the source's, in the source's order: it is another log, or
 * was written to meanwhile. Nothing more was copied.
 */
export class TargetLogDiffers extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TargetLogDiffers';
  }
}

/** The source does not verify: copying it on would carry a broken log into the target. Nothing past the break was copied. */
export class SourceLogBroken extends Error {
  constructor(readonly firstBreak: LogBreak) {
    super(`The source log does not verify at event ${firstBreak.sequence}: ${firstBreak.detail}`);
    this.name = 'SourceLogBroken';
  }
}

export interface CopyLogOptions {
  /** Events read from either store at a time. */
  pageSize?: number;
  /** Most events of one stream appended in one go (fewer when the target refuses the size). */
  maxBatch?: number;
  /** Told after each page of the source. */
  onProgress?: (progress: CopyProgress) => void;
}

/**
 * Copies one log into another unchanged: every event with its id, stream, revision, type, data and
 * metadata (its hashes, sealed personal data and all), in the source's log order. Positions are
 * the target's own; nothing in the log depends on them (the log chain leaves them out).
 *
 * Resumable and idempotent: the target must hold a beginning of the source (nothing, or what an
 * earlier copy got to), which is checked event by event, and the rest is appended. The source's
 * chains are verified as it is read. Consecutive events of one stream go in one append at the
 * revision they hold, so a target written to meanwhile is met by a refusal, not by a mixed log.
 */
export async function copyLog(source: EventStore, target: EventStore, options: CopyLogOptions = {}): Promise<CopyResult> {
  const pageSize = options.pageSize ?? 1000;
  const maxBatch = options.maxBatch ?? 500;
  // The source's signed checkpoints too: a rewrite that recomputed the stream chains stops the copy where a checkpoint disagrees.
  const verifier = new LogVerifier(undefined, new ChainVerifier(), await checkpointsIn(source));
  const progress: CopyProgress = { read: 0, alreadyThere: 0, copied: 0 };
  const inTarget = eventsInLogOrder(target, pageSize)[Symbol.asyncIterator]();
  let targetEnded = false;
  let run: RecordedEvent[] = [];
  let lastRead: bigint | undefined;

  const flush = async () => {
    if (run.length) await appendRun(target, run);
    progress.copied += run.length;
    run = [];
  };

  for await (const event of eventsInLogOrder(source, pageSize)) {
    const firstBreak = verifier.check(event);
    if (firstBreak) {
      await flush();
      throw new SourceLogBroken(firstBreak);
    }
    const sequence = progress.read++;
    lastRead = event.globalPosition;
    if (progress.read % pageSize === 0) options.onProgress?.({ ...progress });
    if (!targetEnded) {
      const there = await inTarget.next();
      if (there.done) targetEnded = true;
      else {
        if (there.value.id !== event.id || there.value.metadata.hash !== event.metadata.hash)
          throw new TargetLogDiffers(
            `Event ${sequence} of the target is ${there.value.id} (${there.value.streamId}@${there.value.streamRevision}), ` +
              `where the source has ${event.id} (${event.streamId}@${event.streamRevision}): the target is not a copy of this log`,
          );
        progress.alreadyThere++;
        continue;
      }
    }
    if (run.length && (run[0].streamId !== event.streamId || run.length >= maxBatch)) await flush();
    run.push(event);
  }
  // A source shorter than its own signed checkpoints say: its newest events were removed.
  const truncated = verifier.end();
  if (truncated) throw new SourceLogBroken(truncated);
  await flush();
  if (!targetEnded && !(await inTarget.next()).done)
    throw new TargetLogDiffers(`The target holds more events than the source's ${progress.read}: it is not a copy of this log`);
  options.onProgress?.({ ...progress });
  const sourceMovedOn = (await source.readAll({ after: lastRead, maxCount: 1 })).length > 0;
  return { ...progress, logHash: verifier.head.logHash, sourceMovedOn };
}

/** Appends a run of one stream's events at the revisions they hold; halved while the target finds it too large. */
async function appendRun(target: EventStore, run: RecordedEvent[]): Promise<void> {
  const [first] = run;
  const events: EventToAppend[] = run.map(({ id, type, data, metadata }) => ({ id, type, data, metadata }));
  try {
    await target.append(first.streamId, events, {
      expectedRevision: first.streamRevision === 0n ? 'no_stream' : first.streamRevision - 1n,
    });
  } catch (error) {
    if (error instanceof AppendTooLarge && run.length > 1) {
      const half = Math.ceil(run.length / 2);
      await appendRun(target, run.slice(0, half));
      await appendRun(target, run.slice(half));
      return;
    }
    if (error instanceof WrongExpectedRevision)
      throw new TargetLogDiffers(
        `The target's stream ${first.streamId} is at revision ${String(error.actual)}, where the source's next event there is at ` +
          `${first.streamRevision}: it was written to meanwhile`,
      );
    throw error;
  }
}
