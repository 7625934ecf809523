import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Clock } from '@app/shared-kernel';
import { CLOCK, DeciderRunner, type CommandResult, type Provenance, type RecordingContext } from '@app/event-store';
import { documentDecider, type SourceDocument } from '../domain/document.decider';
import { sourceConflictDecider, type SourceConflict } from '../domain/source-conflict.decider';
import { documentStream, sourceConflictStream } from '../domain/sources-terms';
import { SourceRegister } from './source-register';

export type SourcesRequest = { aggregate: 'document'; data: SourceDocument } | { aggregate: 'conflict'; data: SourceConflict };

export class HandleSourcesCommand {
  constructor(
    readonly request: SourcesRequest,
    readonly provenance: Provenance,
    readonly context: RecordingContext,
  ) {}
}

@CommandHandler(HandleSourcesCommand)
export class SourcesCommandHandler implements ICommandHandler<HandleSourcesCommand, CommandResult> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly register: SourceRegister,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ request, provenance, context }: HandleSourcesCommand): Promise<CommandResult> {
    if (request.aggregate === 'document') {
      const { data } = request;
      return this.runner.run({
        id: data.documentId,
        streamId: documentStream(data.documentId),
        decider: documentDecider,
        decision: () => ({
          command: { type: 'RegisterDocument', data, today: this.clock.now().toISOString().slice(0, 10) },
          effectiveAt: data.date,
        }),
        provenance,
        context,
      });
    }
    const { data } = request;
    // Every reading must cite a registered document; the disagreement exists, and is known, from the latest of their dates.
    const dates = await Promise.all(data.readings.map((r, i) => this.register.documentedAt(r.document, `readings[${i}].document`)));
    const latest = dates.sort().at(-1)!;
    return this.runner.run({
      id: data.conflictId,
      streamId: sourceConflictStream(data.conflictId),
      decider: sourceConflictDecider,
      decision: () => ({ command: { type: 'RecordSourceConflict', data }, effectiveAt: latest, knownFrom: latest }),
      provenance,
      context,
    });
  }
}
