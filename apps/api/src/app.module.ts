import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuditModule } from './audit/audit.module';
import type { AppConfig } from './config/app-config';
import { HealthModule } from './health/health.module';
import { DomainErrorFilter } from './http/domain-error.filter';
import { RequestContext, RequestContextMiddleware } from './http/request-context';
import { EventStoreModule } from './infrastructure/event-store.module';
import { APP_CONFIG } from './infrastructure/tokens';

/** The HTTP shell. Bounded contexts (governance, strategy, findings) plug in as imported modules. */
@Module({})
export class AppModule implements NestModule {
  static forConfig(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [EventStoreModule, HealthModule, AuditModule],
      providers: [{ provide: APP_CONFIG, useValue: config }, { provide: APP_FILTER, useClass: DomainErrorFilter }, RequestContext],
      exports: [APP_CONFIG, RequestContext],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes('*path');
  }
}
