/**
 * The access context: who may use the API. The embedded store's own API tokens live here, as
 * events (issued, revoked) like every other fact, so that who was let in, by whom and when is
 * itself on the record; a token is kept only as the SHA-256 of its secret, never in clear.
 */
export const accessTokenStream = (tokenId: string) => `access-token-${tokenId}`;
export const ACCESS_STREAM_PREFIXES = ['access-token-'] as const;

/** What every API token starts with, so that a token is told from an identity provider's JWT at a glance. */
export const ACCESS_TOKEN_PREFIX = 'glt_';
