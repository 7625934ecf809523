import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AccessTokens } from '@app/access';
import type { Clock, Principal, Role } from '@app/shared-kernel';
import { createApp } from '../../apps/api/src/bootstrap';

export interface Answer {
  status: number;
  type: string;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** Who a test request is made as: a role (with the token issued for it at start), the public, or a given token. */
export type Caller = Role | 'public' | { token: string };

/** The holders of the tokens each role's requests are made with. */
export const HOLDERS: Record<Role, string> = {
  secretariat: 'Kari Nordmann',
  auditor: 'Ola Revisor',
  admin: 'Anne Admin',
  member: 'Inger Cathrine Bryne',
};

/** The app as main.ts builds it, from environment variables, on a random port, spoken to over real HTTP. */
export class RunningApi {
  app!: NestFastifyApplication;
  private base = '';
  private readonly tokens = new Map<Role, string>();

  constructor(
    private readonly env: () => Record<string, string>,
    private readonly clock?: Clock,
  ) {}

  /** Starts the app; `issueTokens: false` leaves the log as it is (requests then bring their own tokens). */
  async start({ issueTokens = true } = {}): Promise<void> {
    this.app = await createApp(this.env(), { logger: false, clock: this.clock });
    await this.app.listen(0, '127.0.0.1');
    this.base = await this.app.getUrl();
    if (issueTokens)
      for (const role of ['secretariat', 'auditor', 'admin'] as const) this.tokens.set(role, await this.issue(HOLDERS[role], role));
  }

  /** Where the app listens (`http://127.0.0.1:<port>`). */
  get url(): string {
    return this.base;
  }

  /** A new API token, issued as `npm run token` would (straight into the store). */
  async issue(holder: string, role: Role, member?: Principal['member']): Promise<string> {
    const { token } = await this.app
      .get(AccessTokens)
      .issue({ holder, role, ...(member ? { member } : {}) }, { actor: 'test set-up', actorId: 'cli:test' });
    return token;
  }

  /** A read, by default as an auditor (who may read everything). */
  get(url: string, options: { as?: Caller; headers?: Record<string, string> } = {}): Promise<Answer> {
    return this.request('GET', url, undefined, options.as ?? 'auditor', options.headers);
  }

  /** A write, by default as the secretariat. */
  post(url: string, body: unknown, as: Caller = 'secretariat', headers: Record<string, string> = {}): Promise<Answer> {
    return this.request('POST', url, body, as, headers);
  }

  /** Any request; `raw` is sent as the body as it is (for bodies JSON.stringify cannot make). */
  async request(
    method: string,
    url: string,
    body: unknown,
    as: Caller,
    headers: Record<string, string> = {},
    raw?: string,
  ): Promise<Answer> {
    const token = typeof as === 'object' ? as.token : as === 'public' ? undefined : this.tokens.get(as);
    if (as !== 'public' && !token) throw new Error(`No token for ${JSON.stringify(as)}: issue one with api.issue()`);
    const response = await fetch(`${this.base}${url}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    // Decoded keeping a byte-order mark, which `text()` would drop: a CSV's BOM is part of the answer.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, type, headers: response.headers, body: type.includes('json') && text ? JSON.parse(text) : text };
  }
}
