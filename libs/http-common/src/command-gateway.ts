import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { uuidv7 } from '@app/shared-kernel';
import { CommandBus } from '@nestjs/cqrs';
import { RECORDING_CONTEXT, type CommandResult, type RecordingContext, type RecordingContextSource } from '@app/event-store';

/** What every context's controllers need for writes: who is recording, and the command bus. */
@Injectable()
export class CommandGateway {
  constructor(
    private readonly bus: CommandBus,
    @Inject(RECORDING_CONTEXT) private readonly recording: RecordingContextSource,
  ) {}

  /**
   * A new id for something a write creates (an exemption): the same for every retry of a request
   * sent with an Idempotency-Key (derived from the principal, the key and the request), so that a
   * retry answered from the log names what the first request recorded; else a new UUIDv7.
   */
  newId(): string {
    const { idempotency, actorId, actor } = this.recording.recording();
    if (!idempotency) return uuidv7();
    const hex = createHash('sha256')
      .update(`${actorId ?? actor}\u0000${idempotency.key}\u0000${idempotency.requestHash}`)
      .digest('hex');
    // Shaped as a UUID (version 8: custom), so it reads like every other id here.
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  /** Builds the command with the current request's recording context and executes it. */
  send(build: (context: RecordingContext) => object): Promise<CommandResult> {
    return this.bus.execute(build(this.recording.recording()));
  }
}
