import { EventLog, type LoadedStream, type RecordingContext } from './event-log';
import type { RecordedEvent } from './port/event-envelope';
import { WrongExpectedRevision } from './port/event-store-errors';
import { foldEvents, type Decider, type DomainEvent, type Source } from '@app/shared-kernel';

/**
 * The register of source documents, as the command path needs it: every source a write
 * cites must be a registered document, and its date becomes the facts' knowledge time.
 */
export interface SourceDocuments {
  /** The document's date (`YYYY-MM-DD`); throws the register's not-found error, naming `field`, for an unregistered one. */
  documentedAt(documentId: string, field: string): Promise<string>;
}

/** A stored event as its aggregate's domain event (upcasters will hook in here). */
export const asDomainEvent = <E extends DomainEvent>(event: RecordedEvent) => ({ type: event.type, data: event.data }) as unknown as E;

/** Where a command's facts come from, as the caller states it. */
export interface Provenance {
  /** Overrides the date the facts take effect; each command has a sensible default. */
  effectiveAt?: string;
  source?: Source;
  reason?: string;
  /** The sak that decided it (`nehs-2021-40`); strategy facts often name one. */
  decidedIn?: string;
}

/** What every write answers: the resource, and where its new events stand in the log. */
export interface CommandResult {
  id: string;
  streamId: string;
  /** Revision of the stream's last event: the expected revision for the next write. */
  revision: string;
  /** Global position of the last event written. */
  position: string;
  events: string[];
}

export interface Decision<Command> {
  command: Command;
  /** The business date the resulting events take effect, unless the caller overrides it. */
  effectiveAt: string;
  /** Id of the event the new ones correct, for corrections. */
  corrects?: string;
  /** A later knowledge time than the cited document's, where the facts rest on later documents too. */
  knownFrom?: string;
}

/** How many times a command is decided in all, when concurrent writes keep moving its stream. */
const MAX_ATTEMPTS = 3;

/**
 * The whole of a command handler's work, after Emmett's CommandHandler: load the stream, fold
 * it, decide, and append at the revision that was read. If another write reached the stream in
 * between, load and decide again (a few times): the decider then sees that write, so a natural
 * key taken by a racing request is refused by the decider's own rule (e.g. SAK.NUMBER_TAKEN),
 * and a command still valid after the other write succeeds. Only when the stream keeps moving
 * is the conflict itself the answer (409).
 */
export class DeciderRunner {
  constructor(
    private readonly log: EventLog,
    private readonly documents: SourceDocuments,
  ) {}

  async stateOf<E extends DomainEvent, S>(decider: Pick<Decider<unknown, E, S>, 'initialState' | 'evolve'>, streamId: string): Promise<S> {
    return (await this.load(decider, streamId)).state;
  }

  async run<C, E extends DomainEvent, S>(options: {
    id: string;
    streamId: string;
    decider: Decider<C, E, S>;
    /**
     * Completes the command from the current state (and other aggregates, if it needs them).
     * Runs again when the command is decided again, so it must only read.
     */
    decision: (state: S, stream: LoadedStream) => Promise<Decision<C>> | Decision<C>;
    provenance: Provenance;
    context: RecordingContext;
  }): Promise<CommandResult> {
    const { provenance } = options;
    const documentedAt = provenance.source && (await this.documents.documentedAt(provenance.source.document, 'source.document'));
    for (let attempt = 1; ; attempt++) {
      const { stream, state } = await this.load(options.decider, options.streamId);
      const { command, effectiveAt, corrects, knownFrom } = await options.decision(state, stream);
      const events = options.decider.decide(command, state);
      try {
        const result = await this.log.append(
          options.streamId,
          events.map((event) => ({
            type: event.type,
            data: event.data as Record<string, never>,
            effectiveAt: provenance.effectiveAt ?? effectiveAt,
            source: provenance.source,
            documentedAt: knownFrom !== undefined && documentedAt !== undefined && knownFrom > documentedAt ? knownFrom : documentedAt,
            reason: provenance.reason ?? (corrects ? String((event.data as { reason?: string }).reason ?? '') : undefined),
            corrects,
            decidedIn: provenance.decidedIn,
          })),
          // The head's hash comes from the load: the log need not read it again.
          { expectedRevision: stream.revision, context: options.context, headHash: stream.events.at(-1)?.metadata.hash ?? null },
        );
        return {
          id: options.id,
          streamId: options.streamId,
          revision: result.nextExpectedRevision.toString(),
          position: result.position.toString(),
          events: events.map((e) => e.type),
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevision) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  private async load<E extends DomainEvent, S>(decider: Pick<Decider<unknown, E, S>, 'initialState' | 'evolve'>, streamId: string) {
    const stream = await this.log.load(streamId);
    return {
      stream,
      state: foldEvents(
        decider,
        stream.events.map((e) => asDomainEvent<E>(e)),
      ),
    };
  }
}
