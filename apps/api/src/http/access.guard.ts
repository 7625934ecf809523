import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Authenticator } from '@app/access';
import { ACCESS_POLICY, type Audience } from '@app/http-common';
import { Forbidden, Unauthenticated, type Principal, type Role } from '@app/shared-kernel';
import { AuthFailureLimit } from './rate-limits';
import { RequestContext } from './request-context';

/** Who may read the record as it was known at an earlier time (`knownAt`): those who audit it or keep it. */
const KNOWN_AT_READERS: readonly Role[] = ['auditor', 'secretariat', 'member'];

/** A route whose policy is missing: a programming error, refused for everyone (and caught by the route-table test). */
export class RouteWithoutPolicy extends Error {}

/**
 * Every request passes here: the bearer token (if any) is proven, the principal kept for the
 * request, and the route's declared audience (see `Allow`) decides. A route without a declared
 * policy is refused to everyone.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    private readonly requestContext: RequestContext,
    private readonly authFailures: AuthFailureLimit,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.get<Audience[] | undefined>(ACCESS_POLICY, context.getHandler());
    if (!policy) throw new RouteWithoutPolicy(`${context.getClass().name}.${context.getHandler().name} declares no access policy`);
    const http = context.switchToHttp();
    const request = http.getRequest<{
      method: string;
      ip: string;
      headers: Record<string, string | undefined>;
      query?: Record<string, unknown>;
    }>();
    if (request.headers.authorization !== undefined) this.authFailures.checkNotWaiting(request, http.getResponse());
    const principal = await this.authenticator.principalFor(request.headers.authorization).catch(async (error: unknown) => {
      if (error instanceof Unauthenticated) await this.authFailures.failed(request, http.getResponse());
      throw error;
    });
    this.requestContext.authenticated(principal);
    if (!policy.includes('public')) {
      if (!principal) throw new Unauthenticated('ACCESS.AUTHENTICATION_REQUIRED', 'This needs a bearer token', { challenge: 'required' });
      if (!hasAny(principal, policy))
        throw new Forbidden('ACCESS.ROLE_REQUIRED', `This is only for: ${policy.join(', ')}`, { required: policy });
    }
    if (request.query?.knownAt !== undefined && !(principal && hasAny(principal, KNOWN_AT_READERS)))
      throw new Forbidden(
        'ACCESS.KNOWN_AT_NOT_ALLOWED',
        `Reading the record as known at an earlier time is for: ${KNOWN_AT_READERS.join(', ')}`,
        {
          field: 'knownAt',
        },
      );
    return true;
  }
}

const hasAny = (principal: Principal, audience: readonly Audience[]) => principal.roles.some((role) => audience.includes(role));
