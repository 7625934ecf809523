import type { IdentityProviderSettings } from '@app/access';
import { DEFAULT_EMBEDDED_PATH, type EventStoreConfig } from '@app/event-store';

/**
 * The environment the API reads, checked once at start-up so that a typo fails loudly:
 *   PORT                           HTTP port (default 3000)
 *   EVENT_STORE                    `embedded` (default) or `eventstoredb`
 *   EVENT_STORE_PATH               embedded store file (default ./data/governance-log.db)
 *   EVENTSTORE_CONNECTION_STRING   e.g. esdb://localhost:2113?tls=false (with EVENT_STORE=eventstoredb)
 *   EVENTSTORE_DEADLINE_MS         how long a call to EventStoreDB may go without an answer (default 10000)
 *   PROJECTIONS_PATH               the read models' own SQLite file (default: beside the embedded store,
 *                                  `<store>.projections.db`; ./data/projections.db with EventStoreDB)
 *   PERSONAL_DATA_KEYS_PATH        the per-person keys personal data is encrypted with, kept outside the log
 *                                  (default: beside the embedded store, `<store>.keys.db`; ./data/keys.db with EventStoreDB)
 *   AUDIT_PATH                     what the app has verified of the log (its own SQLite file; default beside the
 *                                  embedded store, `<store>.audit.db`; ./data/audit.db with EventStoreDB)
 *   AUDIT_SIGNING_KEY_PATH         the Ed25519 private key (PKCS#8 PEM) checkpoints are signed with, made on first
 *                                  start if missing (default beside the embedded store, `<store>.signing-key.pem`;
 *                                  ./data/signing-key.pem with EventStoreDB)
 *   AUDIT_CHECKPOINT_MINUTES       how often a checkpoint of the log head is signed, when the log has moved (default 60)
 *   LOG_FORMAT                     `json` (one object per line) or `text`; default json unless stdout is a terminal
 * The HTTP edge:
 *   CORS_ORIGINS                   origins other sites may call the API from (comma-separated; default none: same origin only)
 *   REQUEST_TIMEOUT_MS             how long a request may take to arrive whole (default 15000)
 *   WRITES_PER_MINUTE              writes one principal may make per minute (default 600)
 *   AUTH_FAILURES_PER_MINUTE       refused tokens one address may send per minute before it is told to wait (default 20)
 *   IDEMPOTENCY_KEYS_KEPT_HOURS    how long a write's Idempotency-Key answers its retries (default 24; kept in the log for good)
 * Bearer tokens from an OpenID Connect identity provider are accepted when OIDC_ISSUER is set
 * (API tokens from `npm run token` are accepted always):
 *   OIDC_ISSUER, OIDC_AUDIENCE     the `iss` and `aud` a token must carry
 *   OIDC_JWKS_URL                  where the provider publishes its signing keys
 *   OIDC_ROLES_CLAIM               the claim with the roles (default `roles`; dots reach inside: `realm_access.roles`)
 *   OIDC_NAME_CLAIM                the claim with the name recorded as actor (default `name`)
 *   OIDC_BODY_CLAIM, OIDC_MEMBER_CLAIM   for members: the body and member id (default `body_id`, `member_id`)
 */
export interface AppConfig {
  port: number;
  eventStore: EventStoreConfig;
  projectionsPath: string;
  personalDataKeysPath: string;
  identityProvider?: IdentityProviderSettings;
  http: HttpEdgeConfig;
  audit: AuditConfig;
}

export interface AuditConfig {
  path: string;
  signingKeyPath: string;
  checkpointEveryMs: number;
}

export interface HttpEdgeConfig {
  corsOrigins: string[];
  requestTimeoutMs: number;
  writesPerMinute: number;
  authFailuresPerMinute: number;
  idempotencyKeysKeptMs: number;
}

/** The projection store and the keys pair with their log: beside the embedded file (in memory with it), or a local file. */
const besideTheLog = (eventStore: EventStoreConfig, name: string, extension = 'db') =>
  eventStore.kind === 'eventstoredb'
    ? `./data/${name}.${extension}`
    : eventStore.path === ':memory:'
      ? ':memory:'
      : `${eventStore.path.replace(/\.db$/, '')}.${name}.${extension}`;

export function loadAppConfig(env: Record<string, string | undefined>): AppConfig {
  const problems: string[] = [];
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`PORT must be a port number, got "${env.PORT}"`);

  const kind = env.EVENT_STORE || 'embedded';
  let eventStore: EventStoreConfig | undefined;
  if (kind === 'embedded') {
    // An operator who names a server but not the store kind would otherwise run on a file beside the app unknowingly.
    if (env.EVENTSTORE_CONNECTION_STRING)
      problems.push(
        'EVENTSTORE_CONNECTION_STRING is set but EVENT_STORE is not "eventstoredb": set EVENT_STORE=eventstoredb, or unset the connection string',
      );
    eventStore = { kind, path: env.EVENT_STORE_PATH || DEFAULT_EMBEDDED_PATH };
  } else if (kind === 'eventstoredb') {
    const connectionString = env.EVENTSTORE_CONNECTION_STRING;
    const deadlineMs = env.EVENTSTORE_DEADLINE_MS ? Number(env.EVENTSTORE_DEADLINE_MS) : undefined;
    if (deadlineMs !== undefined && !(Number.isInteger(deadlineMs) && deadlineMs > 0))
      problems.push(`EVENTSTORE_DEADLINE_MS must be a number of milliseconds above 0, got "${env.EVENTSTORE_DEADLINE_MS}"`);
    if (!connectionString) problems.push('EVENTSTORE_CONNECTION_STRING is required when EVENT_STORE=eventstoredb');
    else eventStore = { kind, connectionString, ...(deadlineMs ? { deadlineMs } : {}) };
  } else {
    problems.push(`EVENT_STORE must be "embedded" or "eventstoredb", got "${kind}"`);
  }

  const identityProvider = identityProviderOf(env, problems);
  const http = httpEdgeOf(env, problems);
  const checkpointMinutes = env.AUDIT_CHECKPOINT_MINUTES ? Number(env.AUDIT_CHECKPOINT_MINUTES) : 60;
  if (!Number.isFinite(checkpointMinutes) || checkpointMinutes <= 0)
    problems.push(`AUDIT_CHECKPOINT_MINUTES must be a number of minutes above 0, got "${env.AUDIT_CHECKPOINT_MINUTES}"`);
  if (env.LOG_FORMAT && env.LOG_FORMAT !== 'json' && env.LOG_FORMAT !== 'text')
    problems.push(`LOG_FORMAT must be "json" or "text", got "${env.LOG_FORMAT}"`);
  if (problems.length || !eventStore) throw new Error(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  return {
    port,
    eventStore,
    projectionsPath: env.PROJECTIONS_PATH || besideTheLog(eventStore, 'projections'),
    personalDataKeysPath: env.PERSONAL_DATA_KEYS_PATH || besideTheLog(eventStore, 'keys'),
    ...(identityProvider ? { identityProvider } : {}),
    http,
    audit: {
      path: env.AUDIT_PATH || besideTheLog(eventStore, 'audit'),
      signingKeyPath: env.AUDIT_SIGNING_KEY_PATH || besideTheLog(eventStore, 'signing-key', 'pem'),
      checkpointEveryMs: checkpointMinutes * 60_000,
    },
  };
}

function httpEdgeOf(env: Record<string, string | undefined>, problems: string[]): HttpEdgeConfig {
  const count = (name: string, fallback: number) => {
    const value = env[name] === undefined || env[name] === '' ? fallback : Number(env[name]);
    if (!Number.isSafeInteger(value) || value < 1) problems.push(`${name} must be a whole number above 0, got "${env[name]}"`);
    return value;
  };
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of corsOrigins)
    if (!URL.canParse(origin) || new URL(origin).origin !== origin)
      problems.push(`CORS_ORIGINS must list origins such as https://example.no, got "${origin}"`);
  return {
    corsOrigins,
    requestTimeoutMs: count('REQUEST_TIMEOUT_MS', 15_000),
    writesPerMinute: count('WRITES_PER_MINUTE', 600),
    authFailuresPerMinute: count('AUTH_FAILURES_PER_MINUTE', 20),
    idempotencyKeysKeptMs: count('IDEMPOTENCY_KEYS_KEPT_HOURS', 24) * 3_600_000,
  };
}

function identityProviderOf(env: Record<string, string | undefined>, problems: string[]): IdentityProviderSettings | undefined {
  const { OIDC_ISSUER: issuer, OIDC_AUDIENCE: audience, OIDC_JWKS_URL: jwksUrl } = env;
  if (!issuer) {
    if (audience || jwksUrl) problems.push('OIDC_AUDIENCE and OIDC_JWKS_URL need OIDC_ISSUER');
    return undefined;
  }
  if (!audience) problems.push('OIDC_AUDIENCE is required with OIDC_ISSUER');
  if (!jwksUrl || !URL.canParse(jwksUrl)) problems.push(`OIDC_JWKS_URL must be the URL of the provider's keys, got "${jwksUrl ?? ''}"`);
  return {
    issuer,
    audience: audience ?? '',
    jwksUrl: jwksUrl ?? '',
    rolesClaim: env.OIDC_ROLES_CLAIM || 'roles',
    nameClaim: env.OIDC_NAME_CLAIM || 'name',
    bodyClaim: env.OIDC_BODY_CLAIM || 'body_id',
    memberClaim: env.OIDC_MEMBER_CLAIM || 'member_id',
  };
}
