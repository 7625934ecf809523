import Ajv from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import spec from './compose-spec.json';

/**
 * The deployment files, checked where `docker compose config` cannot run (no Docker engine
 * here): each compose file against the Compose Specification's own JSON schema
 * (`compose-spec.json`, from github.com/compose-spec/compose-spec, schema/compose-spec.json at
 * 170098b), and against what this project asks of a deployment.
 */
const root = join(__dirname, '../..');
const composeFiles = readdirSync(root).filter((file) => /^docker-compose.*\.ya?ml$/.test(file));

interface Service {
  image?: string;
  build?: unknown;
  ports?: (string | { host_ip?: string })[];
  restart?: string;
  healthcheck?: { test?: string[] | string };
}

const servicesOf = (file: string): Record<string, Service> =>
  (parse(readFileSync(join(root, file), 'utf8'), { merge: true }) as { services: Record<string, Service> }).services;

// A draft-07 schema naming its meta-schema by an https address ajv does not hold, with a few
// annotations ajv does not know: the files are checked against it, not it against its meta-schema.
const validate = new Ajv({ strict: false, allErrors: true, validateSchema: false }).compile(spec);

it('the schema refuses what is not a Compose file (a service with a misspelt key, ports as a number)', () => {
  expect(validate({ services: { api: { imgae: 'x' } } })).toBe(false);
  expect(validate({ services: { api: { image: 'x', ports: 3000 } } })).toBe(false);
  expect(composeFiles.length).toBeGreaterThanOrEqual(2);
});

describe.each(composeFiles)('%s', (file) => {
  it('is a valid Compose file (the Compose Specification schema)', () => {
    const valid = validate(parse(readFileSync(join(root, file), 'utf8'), { merge: true }));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('publishes ports on the loopback address only (an operator widens it on purpose)', () => {
    for (const [name, service] of Object.entries(servicesOf(file)))
      for (const port of service.ports ?? [])
        expect({ service: name, port }).toEqual({
          service: name,
          port: typeof port === 'string' ? expect.stringMatching(/^127\.0\.0\.1:/) : expect.objectContaining({ host_ip: '127.0.0.1' }),
        });
  });

  it('restarts every service that stops, and checks the API by its readiness', () => {
    const services = servicesOf(file);
    for (const [name, service] of Object.entries(services))
      expect({ service: name, restart: service.restart }).toEqual({ service: name, restart: 'unless-stopped' });
    expect(JSON.stringify(services.api.healthcheck?.test)).toContain('/health/ready');
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
