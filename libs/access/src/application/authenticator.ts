import { Unauthenticated, type Principal } from '@app/shared-kernel';
import { ACCESS_TOKEN_PREFIX, ACCESS_TOKEN_SHAPE } from '../domain/access-terms';
import type { AccessTokens } from './access-tokens';
import type { IdentityProvider } from './identity-provider';

/**
 * Who a request's `Authorization` header proves: nobody (no header: the public), a holder of
 * an API token, or a person the identity provider vouches for. Credentials that do not check
 * out are refused, never read as "the public".
 */
export class Authenticator {
  constructor(
    private readonly tokens: AccessTokens,
    private readonly identityProvider?: IdentityProvider,
  ) {}

  async principalFor(authorization: string | undefined): Promise<Principal | undefined> {
    if (authorization === undefined) return undefined;
    const match = /^Bearer +(\S+) *$/i.exec(authorization);
    if (!match)
      throw new Unauthenticated('ACCESS.BEARER_REQUIRED', 'Send the token as "Authorization: Bearer <token>"', {
        challenge: 'invalid_request',
      });
    const token = match[1];
    if (token.startsWith(ACCESS_TOKEN_PREFIX) || !this.identityProvider) {
      // Not even shaped like one of ours: refused without asking the store.
      const principal = ACCESS_TOKEN_SHAPE.test(token) ? await this.tokens.principalFor(token) : undefined;
      if (!principal)
        throw new Unauthenticated('ACCESS.TOKEN_UNKNOWN', 'The token is not known here, or has been revoked', {
          challenge: 'invalid_token',
        });
      return principal;
    }
    return this.identityProvider.principalFor(token);
  }
}
