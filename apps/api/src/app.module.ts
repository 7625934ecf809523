import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { CqrsModule } from '@nestjs/cqrs';
import { GovernanceModule, GovernanceQueries } from '@app/governance';
import { StrategyModule } from '@app/strategy';
import { FindingsModule } from '@app/findings';
import { DISCLOSURE, SourcesModule } from '@app/sources';
import { CLOCK, RECORDING_CONTEXT } from '@app/event-store';
import { AccessModule, IDENTITY_PROVIDER_SETTINGS } from '@app/access';
import { CommandGateway, VIEWER } from '@app/http-common';
import { ConfigService } from '@nestjs/config';
import type { Clock } from '@app/shared-kernel';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, Reflector } from '@nestjs/core';
import { AuditModule } from './audit/audit.module';
import { loadAppConfig, type AppConfig } from './config/app-config';
import { AccessGuard } from './http/access.guard';
import { AuthFailureLimit, WriteRateLimit } from './http/rate-limits';
import { ThrottlerModule } from '@nestjs/throttler';
import { HealthModule } from './health/health.module';
import { DomainErrorFilter } from './http/domain-error.filter';
import { WriteAnswerInterceptor } from './http/write-answer';
import { IdempotencyInterceptor } from './http/idempotency.interceptor';
import { PublicViewInterceptor } from './http/public-view.interceptor';
import { RequestContext, RequestContextMiddleware } from './http/request-context';
import { EventStoreModule } from './infrastructure/event-store.module';

/** The HTTP shell. Bounded contexts (sources, governance, strategy, findings) plug in as imported modules. */
@Module({})
export class AppModule implements NestModule {
  /** `env` is `process.env` in production; tests pass their own (and may bring a clock). */
  static forEnvironment(env: Record<string, string | undefined>, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [() => ({ ...loadAppConfig(env) })] }),
        CqrsModule.forRoot(),
        ThrottlerModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService<AppConfig, true>) => [
            { ttl: 60_000, limit: config.get('http', { infer: true }).writesPerMinute },
          ],
        }),
        EventStoreModule.withClock(clock),
        AccessModule,
        HealthModule,
        AuditModule,
        SourcesModule,
        GovernanceModule,
        StrategyModule,
        FindingsModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        // In this order: who asks is proven before writes are counted per principal.
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_GUARD, useClass: WriteRateLimit },
        AuthFailureLimit,
        {
          provide: IDENTITY_PROVIDER_SETTINGS,
          inject: [ConfigService],
          useFactory: (config: ConfigService<AppConfig, true>) => config.get('identityProvider', { infer: true }),
        },
        {
          provide: APP_INTERCEPTOR,
          inject: [Reflector, RequestContext, CLOCK, ConfigService],
          useFactory: (reflector: Reflector, requests: RequestContext, clock: Clock, config: ConfigService<AppConfig, true>) =>
            new IdempotencyInterceptor(reflector, requests, clock, config.get('http', { infer: true }).idempotencyKeysKeptMs),
        },
        { provide: APP_INTERCEPTOR, useClass: WriteAnswerInterceptor },
        { provide: APP_INTERCEPTOR, useClass: PublicViewInterceptor },
        RequestContext,
        { provide: RECORDING_CONTEXT, useExisting: RequestContext },
        { provide: VIEWER, useExisting: RequestContext },
        // What the governance context withholds from a reader, for the other contexts' reads that quote it.
        { provide: DISCLOSURE, useExisting: GovernanceQueries },
        CommandGateway,
      ],
      exports: [RECORDING_CONTEXT, VIEWER, DISCLOSURE, CommandGateway, IDENTITY_PROVIDER_SETTINGS],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes('*path');
  }
}
