import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { RECORDING_CONTEXT, type RecordingContext, type RecordingContextSource } from '@app/event-store';
import type { TemporalQuery } from '@app/shared-kernel';
import type { CommandResult } from '../application/decider-runner';
import type { TemporalQueryDto } from './temporal-query.dto';

/** What every governance controller needs: who is recording, and the command bus. */
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

export const temporal = (dto: TemporalQueryDto): TemporalQuery => ({ validAt: dto.at, knownAt: dto.knownAt });
