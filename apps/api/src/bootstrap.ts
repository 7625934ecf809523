import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { Clock } from '@app/shared-kernel';
import { AppModule } from './app.module';
import { answerNothingRecordedWith200 } from './http/write-answer';
import { revealPersonalDataOnSend } from './http/personal-data-on-send';
import { PersonalData } from '@app/event-store';
import { createValidationPipe } from './http/validation';
import { openApiDocument } from './http/openapi-document';
import { loadAppConfig } from './config/app-config';
import { fastifyOptions, hardenHttpEdge } from './http/http-edge';
import { serveWebApp } from './http/web-app';
import { measureHttp } from './metrics/http-metrics';
import { AppLogger, logFormatOf } from './logging/app-logger';
import { logRequests } from './logging/request-log';

/** Builds the API exactly as `main.ts` runs it; tests call this too, with their own config. */
export async function createApp(
  env: Record<string, string | undefined>,
  options: { logger?: false; clock?: Clock } = {},
): Promise<NestFastifyApplication> {
  const edge = loadAppConfig(env).http;
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forEnvironment(env, options.clock),
    new FastifyAdapter(fastifyOptions(edge)),
    { logger: options.logger === false ? false : new AppLogger(logFormatOf(env)) },
  );
  await hardenHttpEdge(app, edge);
  await serveWebApp(app);
  measureHttp(app);
  logRequests(app);
  app.useGlobalPipes(createValidationPipe());
  answerNothingRecordedWith200(app.getHttpAdapter().getInstance());
  revealPersonalDataOnSend(app.getHttpAdapter().getInstance(), app.get(PersonalData));
  app.enableShutdownHooks();

  SwaggerModule.setup('api/docs', app, () => openApiDocument(app));

  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
