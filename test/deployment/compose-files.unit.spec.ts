import Ajv from 'ajv';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import spec from './compose-spec.json';

/**
 * The deployment files, checked where `docker compose config` cannot run (no Docker engine
 * here): each compose file against the Compose Specification's own JSON schema
 * (`compose-spec.json`, from github.com/compose-spec/compose-spec, schema/compose-spec.json at
 * 170098b), and against what this project asks of a deployment (docs/deployment.md).
 */
const root = join(__dirname, '../..');
const composeFiles = readdirSync(root).filter((file) => /^docker-compose.*\.ya?ml$/.test(file));

/** An override file and the file it overrides: it is checked as Compose merges the two. */
const overrides: Record<string, string> = { 'docker-compose.insecure.yml': 'docker-compose.yml' };
const secureFiles = composeFiles.filter((file) => !(file in overrides));

type Env = Record<string, string | number | boolean | null>;

interface Service {
  image?: string;
  build?: unknown;
  command?: string[] | string;
  ports?: (string | { host_ip?: string })[];
  restart?: string;
  labels?: Record<string, string> | string[];
  environment?: Env | string[];
  volumes?: (string | { source?: string; target?: string; read_only?: boolean })[];
  depends_on?: Record<string, { condition: string }> | string[];
  healthcheck?: { test?: string[] | string; disable?: boolean };
}

interface Project {
  services: Record<string, Service>;
}

const text = (file: string) => readFileSync(join(root, file), 'utf8');
const load = (file: string) => parse(text(file), { merge: true }) as Project;

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Compose's merge as far as these checks need it: mappings key by key, anything else replaced. */
function merged(base: unknown, override: unknown): unknown {
  if (!isMapping(base) || !isMapping(override)) return override;
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) result[key] = merged(base[key], value);
  return result;
}

const project = (file: string): Project => (file in overrides ? (merged(load(overrides[file]), load(file)) as Project) : load(file));

const envOf = (service: Service): Env =>
  Array.isArray(service.environment)
    ? Object.fromEntries(service.environment.map((entry) => [entry.split('=')[0], entry.split('=').slice(1).join('=')]))
    : (service.environment ?? {});

const labelsOf = (service: Service): Record<string, string> =>
  Array.isArray(service.labels) ? Object.fromEntries(service.labels.map((label) => label.split('='))) : (service.labels ?? {});

/** A job that runs to its end at each `up` (certificates, users), labelled so, and not restarted. */
const isOneShot = (service: Service) => labelsOf(service)['governance-log.one-shot'] === 'true';
const isServer = (service: Service) => /\/kurrentdb:/.test(service.image ?? '');
const serversOf = (p: Project) => Object.entries(p.services).filter(([, service]) => isServer(service));

const mounts = (service: Service) =>
  (service.volumes ?? []).map((volume) => {
    if (typeof volume !== 'string') return { source: volume.source, target: volume.target, readOnly: volume.read_only === true };
    const [source, target, mode] = volume.split(':');
    return { source, target, readOnly: mode === 'ro' };
  });

/** `${NAME:?message}`: Compose refuses to start while NAME is unset or empty. */
const requiredVariable = /^\$\{[A-Z0-9_]+:\?[^}]+\}$/;
const interpolations = (source: string) => [...source.matchAll(/\$\{[^}]*\}/g)].map((m) => m[0]);
const variablesIn = (source: string) => interpolations(source).map((found) => found.slice(2).split(/[^A-Za-z0-9_]/)[0]);
/** A connection string with each `${...}` replaced, so that its `?` and `:` do not confuse the parsing. */
const plain = (connection: unknown) => String(connection).replace(/\$\{[^}]*\}/g, 'interpolated');

// A draft-07 schema naming its meta-schema by an https address ajv does not hold, with a few
// annotations ajv does not know: the files are checked against it, not it against its meta-schema.
const validate = new Ajv({ strict: false, allErrors: true, validateSchema: false }).compile(spec);

it('the schema refuses what is not a Compose file (a service with a misspelt key, ports as a number)', () => {
  expect(validate({ services: { api: { imgae: 'x' } } })).toBe(false);
  expect(validate({ services: { api: { image: 'x', ports: 3000 } } })).toBe(false);
  expect(composeFiles).toEqual(expect.arrayContaining(['docker-compose.yml', 'docker-compose.cluster.yml', 'docker-compose.insecure.yml']));
});

describe.each(composeFiles)('%s', (file) => {
  it('is a valid Compose file (the Compose Specification schema)', () => {
    const valid = validate(parse(text(file), { merge: true }));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('publishes ports on the loopback address only (an operator widens it on purpose)', () => {
    for (const [name, service] of Object.entries(project(file).services))
      for (const port of service.ports ?? [])
        expect({ service: name, port }).toEqual({
          service: name,
          port: typeof port === 'string' ? expect.stringMatching(/^127\.0\.0\.1:/) : expect.objectContaining({ host_ip: '127.0.0.1' }),
        });
  });

  it('restarts every long-running service; a one-shot job runs once, and what needs it waits for its success', () => {
    const { services } = project(file);
    const oneShots = Object.keys(services).filter((name) => isOneShot(services[name]));
    expect(oneShots.sort()).toEqual(['kurrentdb-certs', 'kurrentdb-init']);
    for (const [name, service] of Object.entries(services))
      expect({ service: name, restart: service.restart }).toEqual({ service: name, restart: isOneShot(service) ? 'no' : 'unless-stopped' });
    for (const job of oneShots) {
      const waiting = Object.values(services).filter((service) => !Array.isArray(service.depends_on) && service.depends_on?.[job]);
      expect(waiting.length).toBeGreaterThan(0);
      for (const service of waiting) expect(service.depends_on).toMatchObject({ [job]: { condition: 'service_completed_successfully' } });
    }
    expect(services.api.depends_on).toMatchObject({ 'kurrentdb-init': { condition: 'service_completed_successfully' } });
  });

  it('checks readiness, not liveness: the API by /health/ready, each KurrentDB node by its role as well as /health/live', () => {
    const p = project(file);
    expect(JSON.stringify(p.services.api.healthcheck?.test)).toContain('/health/ready');
    expect(serversOf(p).length).toBeGreaterThan(0);
    for (const [name, server] of serversOf(p)) {
      const test = JSON.stringify(server.healthcheck?.test);
      expect({ name, test }).toEqual({ name, test: expect.stringMatching(/\/health\/live.*\/info.*state.*leader/) });
    }
  });

  it('runs the scripts it mounts from deploy/ (they exist)', () => {
    for (const script of [...text(file).matchAll(/\/deploy\/([\w.-]+)/g)].map((m) => m[1]))
      expect({ script, exists: existsSync(join(root, 'deploy', script)) }).toEqual({ script, exists: true });
  });
});

describe.each(secureFiles)('%s is secure by default', (file) => {
  const { services } = project(file);

  it('turns off no security: no service sets an *INSECURE option', () => {
    for (const [name, service] of Object.entries(services))
      for (const [key, value] of Object.entries(envOf(service)))
        if (/INSECURE$/i.test(key)) expect({ service: name, [key]: value }).toEqual({ service: name, [key]: 'false' });
  });

  it('holds no password: every interpolation is `${NAME:?message}`, so a missing .env stops Compose', () => {
    expect(interpolations(text(file)).length).toBeGreaterThan(0);
    for (const found of interpolations(text(file))) expect(found).toMatch(requiredVariable);
    expect(text(file)).not.toMatch(/changeit/i);
    for (const [name, service] of Object.entries(services))
      for (const [key, value] of Object.entries(envOf(service))) {
        // A password in a variable of its own, or in the user info of a connection string.
        const secret = /PASSWORD|SECRET|CREDENTIAL/i.test(key) ? value : /^\w+(?:\+\w+)?:\/\/[^:/@]+:(.*)@/.exec(String(value))?.[1];
        if (secret !== undefined)
          expect({ service: name, [key]: secret }).toEqual({ service: name, [key]: expect.stringMatching(requiredVariable) });
      }
  });

  it('connects the API over TLS, as its own user, checking the server against the CA it mounts read-only', () => {
    const connection = envOf(services.api).EVENTSTORE_CONNECTION_STRING;
    expect(connection).toMatch(/^esdb:\/\/governance-log:\$\{GOVERNANCE_LOG_DB_PASSWORD:\?[^}]+\}@/);
    const options = new URLSearchParams(plain(connection).split('?')[1]);
    expect(options.get('tls')).toBe('true');
    expect(options.get('tlsCAFile')).toBe('/certs/ca/ca.crt');
    expect(mounts(services.api)).toContainEqual({ source: 'kurrentdb-ca', target: '/certs/ca', readOnly: true });
    expect(envOf(services['kurrentdb-init']).GOVERNANCE_LOG_DB_USER).toBe('governance-log');
  });

  it('runs a pinned KurrentDB image (not latest) with its certificate and the CA mounted read-only', () => {
    const pinnedKurrentDb = /^docker\.kurrent\.io\/kurrent-(lts|latest)\/kurrentdb:\d+\.\d+\.\d+$/;
    for (const [name, server] of serversOf({ services })) {
      expect({ name, image: server.image }).toEqual({ name, image: expect.stringMatching(pinnedKurrentDb) });
      expect(envOf(server)).toMatchObject({
        KURRENTDB_CERTIFICATE_FILE: '/certs/node/node.crt',
        KURRENTDB_CERTIFICATE_PRIVATE_KEY_FILE: '/certs/node/node.key',
        KURRENTDB_TRUSTED_ROOT_CERTIFICATES_PATH: '/certs/ca',
      });
      expect(mounts(server)).toEqual(
        expect.arrayContaining([
          { source: 'kurrentdb-ca', target: '/certs/ca', readOnly: true },
          { source: expect.stringMatching(/-tls$/), target: '/certs/node', readOnly: true },
        ]),
      );
    }
    // The certificate generator too is a fixed version, and only it mounts the CA's key.
    expect(services['kurrentdb-certs'].image).toMatch(/es-gencert-cli:\d+\.\d+\.\d+$/);
    const keyHolders = Object.keys(services).filter((name) => mounts(services[name]).some((m) => m.source === 'kurrentdb-ca-key'));
    expect(keyHolders).toEqual(['kurrentdb-certs']);
  });
});

describe('the passwords file (.env)', () => {
  const example = text('.env.example');
  const named = new Map([...example.matchAll(/^([A-Z0-9_]+)=(.*)$/gm)].map((m) => [m[1], m[2]]));

  it('is kept out of git, and out of the API image build (which copies the directory)', () => {
    expect(text('.gitignore').split('\n')).toContain('.env');
    expect(text('.dockerignore').split('\n')).toEqual(expect.arrayContaining(['.env', 'data/*.db', 'data/*.pem']));
  });

  it('.env.example names every variable the compose files read, each left empty so that Compose refuses to start until it is filled in', () => {
    const read = new Set(composeFiles.flatMap((file) => variablesIn(text(file))));
    expect(read.size).toBeGreaterThan(0);
    for (const variable of read) expect({ variable, named: named.has(variable) }).toEqual({ variable, named: true });
    for (const [variable, value] of named) expect({ variable, value }).toEqual({ variable, value: '' });
  });
});

describe('the cluster (docker-compose.cluster.yml)', () => {
  const p = project('docker-compose.cluster.yml');
  const servers = serversOf(p);
  const names = servers.map(([name]) => name);
  const sorted = (list: unknown) => String(list).split(',').sort();
  const at2113 = (hosts: string[]) => hosts.map((host) => `${host}:2113`);

  it('has three KurrentDB nodes, each with its own certificate, gossiping with the other two under the names their certificates carry', () => {
    expect(servers).toHaveLength(3);
    const certificates = servers.map(([, server]) => mounts(server).find((m) => m.target === '/certs/node')?.source);
    expect(certificates).toEqual(names.map((name) => `${name}-tls`));
    expect(p.services['kurrentdb-certs'].command).toEqual(names);
    for (const [name, server] of servers) {
      const env = envOf(server);
      expect(sorted(env.KURRENTDB_GOSSIP_SEED)).toEqual(at2113(names.filter((other) => other !== name)));
      expect(env).toMatchObject({ KURRENTDB_CLUSTER_SIZE: 3, KURRENTDB_NODE_HOST_ADVERTISE_AS: name });
      expect(env).toMatchObject({ KURRENTDB_REPLICATION_HOST_ADVERTISE_AS: name });
    }
  });

  it('gives the API all three nodes as seeds, and sets up the user through them', () => {
    const hosts = /@([^?]+)\?/.exec(plain(envOf(p.services.api).EVENTSTORE_CONNECTION_STRING))?.[1];
    expect(sorted(hosts)).toEqual(at2113(names));
    expect(sorted(envOf(p.services['kurrentdb-init']).KURRENTDB_NODES)).toEqual(at2113(names));
  });
});

describe('the insecure override (docker-compose.insecure.yml)', () => {
  const own = load('docker-compose.insecure.yml');

  it('says so loudly at its top, and cannot run alone: no image, build, port or volume of its own', () => {
    expect(text('docker-compose.insecure.yml').slice(0, 600)).toMatch(/INSECURE[\s\S]*NEVER FOR REAL DATA/);
    for (const [name, service] of Object.entries(own.services)) {
      const ofItsOwn = Object.keys(service).filter((key) => ['image', 'build', 'ports', 'volumes'].includes(key));
      expect({ name, ofItsOwn }).toEqual({ name, ofItsOwn: [] });
    }
  });

  it('sets no password but the vendor default, which KurrentDB demands when it runs insecure (it has no users then)', () => {
    for (const service of Object.values(own.services))
      for (const [key, value] of Object.entries(envOf(service))) if (/PASSWORD/.test(key)) expect(value).toBe('changeit');
  });
});

describe('the API image (Dockerfile)', () => {
  const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');

  it('runs on a supported Node LTS, as a user other than root, with a health check of its readiness', () => {
    const bases = [...dockerfile.matchAll(/^FROM\s+(\S+)/gm)].map((m) => m[1]);
    expect(bases.length).toBeGreaterThan(0);
    for (const base of bases) expect(base).toMatch(/^node:(22|24)[.-]/);
    expect(dockerfile).toMatch(/^USER\s+(?!root\b)\S+/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK\b[\s\S]*\/health\/ready/m);
    expect(dockerfile).toMatch(/^VOLUME\s/m);
  });
});
