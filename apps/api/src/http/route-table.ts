import { HttpStatus, RequestMethod } from '@nestjs/common';
import { HEADERS_METADATA, HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { DECORATORS } from '@nestjs/swagger';
import { ACCESS_POLICY, type Audience } from '@app/http-common';

export interface Route {
  method: string;
  /** The path as declared, with its parameters (`/meetings/:meetingId`). */
  path: string;
  /** `Controller.method`; the OpenAPI document's operationId is `Controller_method`. */
  handler: string;
  /** Who it is declared for; undefined when the route declares nothing (which the guard refuses). */
  policy?: Audience[];
  /** The media types it declares it answers with (`@ApiProduces`, or its `Content-Type` header); none declared: JSON. */
  produces: string[];
  /** The status of its answer: declared (`@HttpCode`), or Nest's own (201 for POST, 200 for the rest). */
  status: number;
}

const joined = (...parts: string[]) =>
  `/${parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/')}`;

/** Every route of every controller the running app has, read from Nest's own metadata: a new route cannot be missed. */
export function routeTable(app: INestApplication): Route[] {
  const routes: Route[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (!metatype) continue;
      const prefix = Reflect.getMetadata(PATH_METADATA, metatype) as string;
      for (const name of Object.getOwnPropertyNames(metatype.prototype)) {
        const handler = (metatype.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const headers = (Reflect.getMetadata(HEADERS_METADATA, handler) ?? []) as { name: string; value: string }[];
        routes.push({
          method,
          path: joined(prefix, Reflect.getMetadata(PATH_METADATA, handler) as string),
          handler: `${metatype.name}.${name}`,
          policy: Reflect.getMetadata(ACCESS_POLICY, handler) as Audience[] | undefined,
          produces: [
            ...((Reflect.getMetadata(DECORATORS.API_PRODUCES, handler) ?? []) as string[]),
            ...headers.filter((header) => header.name.toLowerCase() === 'content-type').map((header) => header.value),
          ],
          status:
            (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ??
            (method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK),
        });
      }
    }
  }
  return routes;
}
