import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import {
  CLOCK,
  DeciderRunner,
  EVENT_STORE,
  EventLog,
  PersonalData,
  PersonalDataKeys,
  ProjectionStore,
  ReadModelRegistry,
  auditEvents,
  createEventStore,
  type EventStore,
} from '@app/event-store';
import { EventTypes, systemClock, type Clock } from '@app/shared-kernel';
import { accessEvents } from '@app/access';
import { findingsEvents } from '@app/findings';
import { governanceEvents } from '@app/governance';
import { strategyEvents } from '@app/strategy';
import { ConfigService } from '@nestjs/config';
import { SourceRegister, sourcesEvents } from '@app/sources';
import type { AppConfig } from '../config/app-config';
import { AppMetrics } from '../metrics/app-metrics';
import { measured } from '../metrics/measured-event-store';

/** Every context's event types: the one registry the log appends and upcasts with. */
export const APP_EVENT_TYPES = EventTypes.combine(
  accessEvents,
  sourcesEvents,
  governanceEvents,
  strategyEvents,
  findingsEvents,
  auditEvents,
);

/**
 * Wires the store adapter chosen by configuration, the clock, the EventLog and DeciderRunner
 * above them, and the source register every write consults.
 */
@Global()
@Module({
  providers: [
    AppMetrics,
    {
      provide: EVENT_STORE,
      inject: [ConfigService, AppMetrics],
      useFactory: (config: ConfigService<AppConfig, true>, metrics: AppMetrics) =>
        measured(createEventStore(config.get('eventStore', { infer: true })), metrics),
    },
    {
      provide: PersonalDataKeys,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) => new PersonalDataKeys(config.get('personalDataKeysPath', { infer: true })),
    },
    {
      provide: PersonalData,
      inject: [PersonalDataKeys],
      useFactory: (keys: PersonalDataKeys) => new PersonalData(keys, APP_EVENT_TYPES),
    },
    {
      provide: EventLog,
      inject: [EVENT_STORE, CLOCK, PersonalData],
      useFactory: (store: EventStore, clock: Clock, personalData: PersonalData) =>
        new EventLog(store, clock, APP_EVENT_TYPES, personalData),
    },
    {
      provide: ProjectionStore,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) => new ProjectionStore(config.get('projectionsPath', { infer: true })),
    },
    {
      provide: ReadModelRegistry,
      inject: [ProjectionStore],
      useFactory: (projections: ProjectionStore) => new ReadModelRegistry(projections),
    },
    {
      provide: SourceRegister,
      inject: [EventLog, ReadModelRegistry],
      useFactory: (log: EventLog, readModels: ReadModelRegistry) => {
        const register = new SourceRegister(log, readModels.kept(SourceRegister.projection, SourceRegister.version));
        readModels.register(register.asReadModel());
        return register;
      },
    },
    {
      provide: DeciderRunner,
      inject: [EventLog, SourceRegister, ConfigService],
      useFactory: (log: EventLog, sources: SourceRegister, config: ConfigService<AppConfig, true>) =>
        new DeciderRunner(log, sources, config.get('http', { infer: true }).idempotencyKeysKeptMs),
    },
  ],
  exports: [EVENT_STORE, EventLog, DeciderRunner, SourceRegister, ReadModelRegistry, ProjectionStore, PersonalData, AppMetrics],
})
export class EventStoreModule implements OnApplicationShutdown {
  /** The system clock, unless a test brings its own. */
  static withClock(clock: Clock = systemClock): DynamicModule {
    return { module: EventStoreModule, providers: [{ provide: CLOCK, useValue: clock }], exports: [CLOCK] };
  }

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readModels: ReadModelRegistry,
    private readonly projections: ProjectionStore,
    private readonly keys: PersonalDataKeys,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.readModels.close();
    await this.store.close();
    this.projections.close();
    this.keys.close();
  }
}
