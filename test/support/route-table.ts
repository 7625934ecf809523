import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { ACCESS_POLICY, type Audience } from '@app/http-common';

export interface Route {
  method: string;
  /** The path as declared, with its parameters (`/meetings/:meetingId`). */
  path: string;
  handler: string;
  /** Who it is declared for; undefined when the route declares nothing (which the guard refuses). */
  policy?: Audience[];
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
        routes.push({
          method: RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod],
          path: joined(prefix, Reflect.getMetadata(PATH_METADATA, handler) as string),
          handler: `${metatype.name}.${name}`,
          policy: Reflect.getMetadata(ACCESS_POLICY, handler) as Audience[] | undefined,
        });
      }
    }
  }
  return routes;
}
