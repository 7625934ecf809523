import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { Clock } from '@app/shared-kernel';
import { BEARER_SCHEME } from '@app/http-common';
import { AppModule } from './app.module';
import { answerNothingRecordedWith200 } from './http/write-answer';
import { revealPersonalDataOnSend } from './http/personal-data-on-send';
import { PersonalData } from '@app/event-store';
import { createValidationPipe } from './http/validation';
import { documentWriteHeaders } from './http/openapi-writes';
import { loadAppConfig } from './config/app-config';
import { fastifyOptions, hardenHttpEdge } from './http/http-edge';
import { serveWebApp } from './http/web-app';

/** Builds the API exactly as `main.ts` runs it; tests call this too, with their own config. */
export async function createApp(
  env: Record<string, string | undefined>,
  options: { logger?: false; clock?: Clock } = {},
): Promise<NestFastifyApplication> {
  const edge = loadAppConfig(env).http;
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forEnvironment(env, options.clock),
    new FastifyAdapter(fastifyOptions(edge)),
    { ...(options.logger === false ? { logger: false } : {}) },
  );
  await hardenHttpEdge(app, edge);
  await serveWebApp(app);
  app.useGlobalPipes(createValidationPipe());
  answerNothingRecordedWith200(app.getHttpAdapter().getInstance());
  revealPersonalDataOnSend(app.getHttpAdapter().getInstance(), app.get(PersonalData));
  app.enableShutdownHooks();

  const openApi = new DocumentBuilder()
    .setTitle('governance-log')
    .setDescription(
      'Event-sourced governance and decision log for Nasjonalt e-helsestyre. Send a bearer token (`npm run token`, or your ' +
        'identity provider’s): the token holder is recorded as the actor of every write. Without one, you read what the public may.',
    )
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API token (glt_…) or the identity provider’s JWT' }, BEARER_SCHEME)
    .setVersion('0.1.0')
    .build();
  SwaggerModule.setup('api/docs', app, () => documentWriteHeaders(SwaggerModule.createDocument(app, openApi)));

  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
