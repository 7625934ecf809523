import type { RecordedEvent, RecordedEventJson } from '../port/event-envelope';
import { CHECKPOINT_EVENT, checkpointSignatureProblem, type LogCheckpoint } from './log-chain';
import { LogVerifier, type LogBreak } from './log-verifier';

/** An exported event (one line of an export) as the verifier reads it. */
export const fromExportLine = (line: string): RecordedEvent => {
  const json = JSON.parse(line) as RecordedEventJson;
  return { ...json, streamRevision: BigInt(json.streamRevision), globalPosition: BigInt(json.globalPosition) };
};

export interface ExportVerification {
  ok: boolean;
  /** How many events of the export verified, and the log chain after them. */
  events: number;
  logHash: string;
  /** The checkpoints checked: the one given and those recorded in the export itself. */
  checkpoints: number;
  firstBreak?: LogBreak;
}

/**
 * Verifies an export of the log (its events in log order, as stored) against a signed checkpoint,
 * without the server: every stream's chain, the log chain, the given checkpoint and those the
 * export records, each signature with the trusted key (the given checkpoint's own, unless one is
 * pinned). `events` is read twice: first for the checkpoints it records, then to check it.
 */
export async function verifyExport(
  events: () => AsyncIterable<RecordedEvent>,
  checkpoint: LogCheckpoint,
  trustedPublicKey: string = checkpoint.publicKey,
): Promise<ExportVerification> {
  const checkpoints = [checkpoint];
  for await (const event of events()) {
    const recorded = event.data as unknown as LogCheckpoint;
    // The checkpoint given is usually one the export records too: counted once.
    if (event.type === CHECKPOINT_EVENT && recorded.signature !== checkpoint.signature) checkpoints.push(recorded);
  }
  const verifier = new LogVerifier(undefined, undefined, checkpoints);
  const answer = (firstBreak?: LogBreak): ExportVerification => ({
    ok: !firstBreak,
    ...verifier.head,
    checkpoints: checkpoints.length,
    ...(firstBreak ? { firstBreak } : {}),
  });
  for (const c of checkpoints) {
    const problem = checkpointSignatureProblem(c, trustedPublicKey);
    if (problem)
      return answer({
        problem: 'checkpoint_signature_invalid',
        sequence: Math.max(0, c.events - 1),
        expected: 'a signature by the trusted key',
        actual: problem,
        detail: `The checkpoint signed ${c.signedAt} over ${c.events} events cannot be trusted: ${problem}`,
      });
  }
  for await (const event of events()) {
    const firstBreak = verifier.check(event);
    if (firstBreak) return answer(firstBreak);
  }
  return answer(verifier.end());
}
