import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Principal, Role } from '@app/shared-kernel';

/** Who a route is for: roles, or `public` for anyone, with or without a token. */
export type Audience = Role | 'public';

export const ACCESS_POLICY = 'governance-log:access-policy';

/** The security scheme OpenAPI declares, so that Swagger UI's "Authorize" sends the token everywhere. */
export const BEARER_SCHEME = 'bearer';

/**
 * Declares who may call a route. Every route declares it on itself (not on its controller, so a
 * new route never inherits a policy by accident); the access guard refuses a route that does
 * not, and a test fails for it.
 */
export const Allow = (...audience: [Audience, ...Audience[]]) =>
  applyDecorators(
    SetMetadata(ACCESS_POLICY, audience),
    ApiBearerAuth(BEARER_SCHEME),
    ...(audience.includes('public')
      ? []
      : [
          ApiUnauthorizedResponse({ description: 'No bearer token, or one not known here (see WWW-Authenticate)' }),
          ApiForbiddenResponse({ description: `Only for: ${audience.join(', ')}` }),
        ]),
  );

/** The principal of the request being served (undefined for the public), for reads that show less to some. */
export const VIEWER = Symbol('Viewer');
export interface ViewerSource {
  viewer(): Principal | undefined;
}
