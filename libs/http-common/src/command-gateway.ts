import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { RECORDING_CONTEXT, type CommandResult, type RecordingContext, type RecordingContextSource } from '@app/event-store';

/** What every context's controllers need for writes: who is recording, and the command bus. */
@Injectable()
export class CommandGateway {
  constructor(
    private readonly bus: CommandBus,
    @Inject(RECORDING_CONTEXT) private readonly recording: RecordingContextSource,
  ) {}

  /** Builds the command with the current request's recording context and executes it. */
  send(build: (context: RecordingContext) => object): Promise<CommandResult> {
    return this.bus.execute(build(this.recording.recording()));
  }
}
