/**
 * The access context: who may use the API. The embedded store's own API tokens live here, as
 * events (issued, revoked) like every other fact, so that who was let in, by whom and when is
 * itself on the record; a token is kept only as the SHA-256 of its secret, never in clear.
 */
export const accessTokenStream = (tokenId: string) => `access-token-${tokenId}`;
export const ACCESS_STREAM_PREFIXES = ['access-token-'] as const;

/** What every API token starts with, so that a token is told from an identity provider's JWT at a glance. */
export const ACCESS_TOKEN_PREFIX = 'glt_';

/** An API token: the prefix and 256 random bits in base64url. */
export const ACCESS_TOKEN_SHAPE = /^glt_[A-Za-z0-9_-]{43}$/;
