import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { fromExportLine, publicKeyFromPem, verifyExport, type LogCheckpoint, type RecordedEvent } from '@app/event-store';

const USAGE = 'Usage: npm run verify -- --export <file.jsonl> --checkpoint <checkpoint.json> [--public-key <key.pem>]';

/**
 * `npm run verify`: checks an export of the log (`npm run export`) against a signed checkpoint
 * (`GET /audit/checkpoints/latest`), without the server or its store. Give the installation's
 * public key (`GET /audit/signing-key`, kept from before) with --public-key: without it the
 * checkpoint's own key is used, which proves the export matches the checkpoint, not who signed
 * it. Exits 0 when all holds, 1 naming the first bad event, 2 on wrong usage.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { export: { type: 'string' }, checkpoint: { type: 'string' }, 'public-key': { type: 'string' } },
  });
  if (!values.export || !values.checkpoint) {
    console.error(USAGE);
    return 2;
  }
  const checkpoint = JSON.parse(readFileSync(values.checkpoint, 'utf8')) as LogCheckpoint;
  const pinned = values['public-key'] && publicKeyFromPem(readFileSync(values['public-key'], 'utf8'));
  const file = values.export;
  async function* events(): AsyncIterable<RecordedEvent> {
    let number = 0;
    for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
      number++;
      if (!line.trim()) continue;
      try {
        yield fromExportLine(line);
      } catch (error) {
        throw new UnreadableExport(`line ${number} is not an exported event: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  const result = await verifyExport(events, checkpoint, pinned || undefined);
  if (!pinned) console.log(`Key ${checkpoint.keyId} taken from the checkpoint itself: pin the installation's key with --public-key`);
  if (result.ok) {
    console.log(`OK: ${result.events} events, log hash ${result.logHash}; ${result.checkpoints} signed checkpoint(s) hold`);
    return 0;
  }
  const b = result.firstBreak!;
  console.error(
    `NOT OK: ${b.problem} at event ${b.sequence}${b.eventId ? ` (${b.eventId}, ${b.streamId} revision ${b.streamRevision})` : ''}`,
  );
  console.error(`  ${b.detail}`);
  console.error(`  expected ${b.expected}, found ${b.actual}`);
  return 1;
}

/** An export that cannot be read as one is not verified: a bad export (exit 1), not wrong usage. */
class UnreadableExport extends Error {}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof UnreadableExport ? `NOT OK: ${error.message}` : error instanceof Error ? error.message : error);
    process.exit(error instanceof UnreadableExport ? 1 : 2);
  },
);
