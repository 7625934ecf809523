import { loadAppConfig } from './app-config';

describe('loadAppConfig', () => {
  it('defaults to the embedded store in ./data on port 3000', () => {
    expect(loadAppConfig({})).toEqual({
      port: 3000,
      eventStore: { kind: 'embedded', path: './data/governance-log.db' },
      projectionsPath: './data/governance-log.projections.db',
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
    });
  });

  it('fails loudly, naming every wrong variable', () => {
    expect(() => loadAppConfig({ PORT: 'eighty', EVENT_STORE: 'postgres' })).toThrow(
      /PORT must be a port number.*\n.*EVENT_STORE must be/s,
    );
    expect(() => loadAppConfig({ EVENT_STORE: 'eventstoredb' })).toThrow(/EVENTSTORE_CONNECTION_STRING is required/);
  });
});
