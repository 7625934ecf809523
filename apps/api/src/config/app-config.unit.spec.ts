import { logFormatOf } from '../logging/app-logger';
import { loadAppConfig } from './app-config';

const esdbConfig = { kind: 'eventstoredb', connectionString: 'esdb://eventstore:2113' };

describe('loadAppConfig', () => {
  it('defaults to the embedded store in ./data on port 3000', () => {
    expect(loadAppConfig({})).toEqual({
      port: 3000,
      eventStore: { kind: 'embedded', path: './data/governance-log.db' },
      projectionsPath: './data/governance-log.projections.db',
      personalDataKeysPath: './data/governance-log.keys.db',
      http: {
        corsOrigins: [],
        requestTimeoutMs: 15000,
        writesPerMinute: 600,
        authFailuresPerMinute: 20,
        idempotencyKeysKeptMs: 86_400_000,
      },
      audit: {
        path: './data/governance-log.audit.db',
        signingKeyPath: './data/governance-log.signing-key.pem',
        checkpointEveryMs: 3_600_000,
      },
    });
  });

  it('keeps the read models beside the embedded store, or where PROJECTIONS_PATH says', () => {
    expect(loadAppConfig({ EVENT_STORE_PATH: '/tmp/x/log.db' }).projectionsPath).toBe('/tmp/x/log.projections.db');
    expect(loadAppConfig({ EVENT_STORE_PATH: ':memory:' }).projectionsPath).toBe(':memory:');
    expect(loadAppConfig({ PROJECTIONS_PATH: '/var/lib/gl/p.db' }).projectionsPath).toBe('/var/lib/gl/p.db');
  });

  it('reads EventStoreDB settings', () => {
    expect(
      loadAppConfig({ PORT: '8080', EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://eventstore:2113?tls=false' }),
    ).toEqual({
      port: 8080,
      eventStore: { kind: 'eventstoredb', connectionString: 'esdb://eventstore:2113?tls=false' },
      projectionsPath: './data/projections.db',
      personalDataKeysPath: './data/keys.db',
      http: expect.any(Object),
      audit: { path: './data/audit.db', signingKeyPath: './data/signing-key.pem', checkpointEveryMs: 3_600_000 },
    });
  });

  it('reads how long a call to EventStoreDB may go unanswered, refusing what is not a duration', () => {
    const esdb = { EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://eventstore:2113' };
    expect(loadAppConfig({ ...esdb, EVENTSTORE_DEADLINE_MS: '2500' }).eventStore).toEqual({ ...esdbConfig, deadlineMs: 2500 });
    expect(() => loadAppConfig({ ...esdb, EVENTSTORE_DEADLINE_MS: 'soon' })).toThrow(
      /EVENTSTORE_DEADLINE_MS must be a number of milliseconds/,
    );
  });

  it('reads where the audit keeps what it verified and its signing key, and how often it signs', () => {
    expect(loadAppConfig({ AUDIT_PATH: '/a.db', AUDIT_SIGNING_KEY_PATH: '/k.pem', AUDIT_CHECKPOINT_MINUTES: '5' }).audit).toEqual({
      path: '/a.db',
      signingKeyPath: '/k.pem',
      checkpointEveryMs: 300_000,
    });
    expect(() => loadAppConfig({ AUDIT_CHECKPOINT_MINUTES: 'often' })).toThrow(/AUDIT_CHECKPOINT_MINUTES must be/);
  });

  it('reads the HTTP edge: CORS origins, request timeout and rate limits, refusing what is not an origin or a count', () => {
    expect(loadAppConfig({ CORS_ORIGINS: 'https://ehelse.no, http://localhost:5173', WRITES_PER_MINUTE: '5' }).http).toMatchObject({
      corsOrigins: ['https://ehelse.no', 'http://localhost:5173'],
      writesPerMinute: 5,
    });
    expect(() => loadAppConfig({ CORS_ORIGINS: '*', REQUEST_TIMEOUT_MS: '0' })).toThrow(
      /CORS_ORIGINS must list origins.*\n.*REQUEST_TIMEOUT_MS must be/s,
    );
  });

  it('fails loudly, naming every wrong variable', () => {
    expect(() => loadAppConfig({ PORT: 'eighty', EVENT_STORE: 'postgres' })).toThrow(
      /PORT must be a port number.*\n.*EVENT_STORE must be/s,
    );
    expect(() => loadAppConfig({ EVENT_STORE: 'eventstoredb' })).toThrow(/EVENTSTORE_CONNECTION_STRING is required/);
    // A server named without choosing it is refused, not quietly replaced by the embedded file.
    expect(() => loadAppConfig({ EVENTSTORE_CONNECTION_STRING: 'esdb://db:2113' })).toThrow(
      /EVENTSTORE_CONNECTION_STRING is set but EVENT_STORE is not "eventstoredb"/,
    );
    expect(() => loadAppConfig({ EVENT_STORE: 'embedded', EVENTSTORE_CONNECTION_STRING: 'esdb://db:2113' })).toThrow(/EVENT_STORE is not/);
    expect(() => loadAppConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT must be "json" or "text", got "xml"/);
  });

  it('logs JSON unless the output is a terminal, or as LOG_FORMAT says', () => {
    expect([logFormatOf({}, false), logFormatOf({}, true)]).toEqual(['json', 'text']);
    expect([logFormatOf({ LOG_FORMAT: 'text' }, false), logFormatOf({ LOG_FORMAT: 'json' }, true)]).toEqual(['text', 'json']);
  });
});
