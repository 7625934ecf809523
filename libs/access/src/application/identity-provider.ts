import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { Unauthenticated, isRole, type Principal } from '@app/shared-kernel';

/**
 * The identity provider the deployment trusts (OpenID Connect: Entra ID, ID-porten, Keycloak...):
 * nothing provider-specific, only where its keys are and which claims say what.
 */
export interface IdentityProviderSettings {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** The claim carrying the roles (a list, or a space-separated string); dots reach into objects (`realm_access.roles`). */
  rolesClaim: string;
  /**
   * The claim carrying the display name recorded as the actor (falls back to `preferred_username`, then the subject).
   * Use a claim the user cannot edit: the subject is recorded beside it (`actorId`) either way.
   */
  nameClaim: string;
  /** For members: the claims carrying the body and the member id the person is in it. */
  bodyClaim: string;
  memberClaim: string;
}

/** Signatures by the provider's published keys only (asymmetric): never a shared secret, never "none". */
const SIGNATURE_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/** The key set could not be had (a timeout, an answer other than 200, a malformed set, no network): not the token's fault. */
const keysUnreachable = (error: unknown): error is Error =>
  !(error instanceof errors.JOSEError) ||
  error instanceof errors.JWKSTimeout ||
  error instanceof errors.JWKSInvalid ||
  error.code === 'ERR_JOSE_GENERIC';

/** The identity provider's keys could not be fetched: not the caller's fault, and not a reason to let it in. */
export class IdentityProviderUnavailable extends Error {}

/** Verifies the identity provider's signed tokens (JWT) against its published keys (JWKS). */
export class IdentityProvider {
  private readonly keys: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly settings: IdentityProviderSettings) {
    this.keys = createRemoteJWKSet(new URL(settings.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 });
  }

  async principalFor(jwt: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(jwt, this.keys, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: SIGNATURE_ALGORITHMS,
        // A token without an expiry would be good for ever.
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      if (keysUnreachable(error))
        throw new IdentityProviderUnavailable(`The identity provider's keys could not be fetched: ${String(error)}`);
      throw new Unauthenticated('ACCESS.TOKEN_INVALID', `The bearer token is not valid here (${(error as errors.JOSEError).code})`, {
        challenge: 'invalid_token',
      });
    }
    if (!payload.sub)
      throw new Unauthenticated('ACCESS.TOKEN_INVALID', 'The bearer token names no subject', { challenge: 'invalid_token' });
    const roles = listOf(claim(payload, this.settings.rolesClaim)).filter(isRole);
    const bodyId = claim(payload, this.settings.bodyClaim);
    const memberId = claim(payload, this.settings.memberClaim);
    const name = [claim(payload, this.settings.nameClaim), payload.preferred_username, payload.sub].find(
      (value): value is string => typeof value === 'string' && value.trim() !== '',
    )!;
    return {
      id: `oidc:${payload.sub}`,
      name,
      roles,
      ...(roles.includes('member') && typeof bodyId === 'string' && typeof memberId === 'string' ? { member: { bodyId, memberId } } : {}),
    };
  }
}

function claim(payload: JWTPayload, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), payload);
}

function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return typeof value === 'string' ? value.split(' ').filter(Boolean) : [];
}
