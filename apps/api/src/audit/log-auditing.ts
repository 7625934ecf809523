import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  CHECKPOINT_EVENT,
  CHECKPOINT_STREAM,
  CLOCK,
  CheckpointSigner,
  EventLog,
  EVENT_STORE,
  KeptChain,
  LogAuditor,
} from '@app/event-store';
import type { EventStore, LogCheckpoint } from '@app/event-store';
import type { Clock } from '@app/shared-kernel';
import type { AppConfig } from '../config/app-config';

/** The app as the actor of the events it records about the log itself. */
const SYSTEM = { actor: 'governance-log', actorId: 'system:audit' };

/** Makes the log's auditor from configuration: its kept chain, its signing key, and how checkpoints are recorded. */
export const logAuditorProvider = {
  provide: LogAuditor,
  inject: [EVENT_STORE, EventLog, CLOCK, ConfigService],
  useFactory: (store: EventStore, log: EventLog, clock: Clock, config: ConfigService<AppConfig, true>) => {
    const { path, signingKeyPath } = config.get('audit', { infer: true });
    const record = async (checkpoint: LogCheckpoint) => {
      await log.append(CHECKPOINT_STREAM, [{ type: CHECKPOINT_EVENT, data: { ...checkpoint }, effectiveAt: checkpoint.signedAt }], {
        expectedRevision: 'any',
        context: SYSTEM,
      });
    };
    return new LogAuditor(store, new KeptChain(path), CheckpointSigner.fromFile(signingKeyPath), clock, record);
  },
};

/** Signs a checkpoint of the log head at the configured interval (when the log has moved), until the app stops. */
@Injectable()
export class PeriodicCheckpoints implements OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;
  private readonly logger = new Logger('Checkpoints');

  constructor(
    private readonly auditor: LogAuditor,
    @Inject(ConfigService) private readonly config: ConfigService<AppConfig, true>,
  ) {}

  start(): void {
    const every = this.config.get('audit', { infer: true }).checkpointEveryMs;
    this.timer = setInterval(() => void this.signNow(), every);
    this.timer.unref();
  }

  async signNow(): Promise<void> {
    try {
      const { checkpoint, created } = await this.auditor.sign();
      if (created) this.logger.log(`Signed the log head: ${checkpoint.events} events, ${checkpoint.logHash}`);
    } catch (error) {
      this.logger.error(`No checkpoint signed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }
}
